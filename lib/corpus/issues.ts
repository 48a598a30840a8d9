/**
 * Problems found in the corpus are data (like zod's issues): a file, where in it, a code and a message.
 * Turning them into text is a separate step (`formatIssue`), so the CLI, the build and the tests share one wording.
 */
export type Issue = {
  file: string;
  /** The point as a reader names it: "point 5", "point army-size"; or another place: "source ap-text", "relation 3". */
  where?: string;
  field?: string;
  code: string;
  message: string;
};

export function formatIssue(i: Issue): string {
  const parts = [i.file];
  if (i.where) parts.push(i.where);
  if (i.field) parts.push(i.field);
  return `${parts.join(': ')}: ${i.message}`;
}

export function formatIssues(issues: Issue[]): string {
  return issues.map(formatIssue).join('\n');
}

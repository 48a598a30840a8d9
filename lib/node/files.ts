/**
 * Reading a user's file for the CLI with bounded work: stat first (a folder, a device or a pipe is refused by what
 * it is), refuse a file over the cap by its size alone, then read at most cap + 1 bytes (a file that grows while
 * being read is still refused) and decode it (UTF-8, or UTF-16 with a byte-order mark).
 */
import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeTextBytes, fileByteCap, fileTooLarge } from '../draft/decode';
import type { ImportIssue } from '../draft/import';
import { UsageError } from './args';

/** Invalid data in a file: exit 2. */
export class DataError extends Error {}

/** stat, or undefined when nothing is there (a missing path is not an error until it is used as a file). */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP') return undefined;
    throw e;
  }
}

/** Why a path that exists cannot be read as a text file, or undefined when it can. */
export function notAFile(path: string, st: Stats): string | undefined {
  if (st.isDirectory()) return `${path} is a folder, not a file: give the path of a plan .json file or of a numbered text`;
  if (!st.isFile()) return `${path} is not a regular file (a device, a pipe or a socket): give the path of a plan .json file or of a numbered text`;
  return undefined;
}

const issueText = (path: string, i: ImportIssue) => `${path}: ${i.message}`;

/** Read at most `max` bytes from an open file. */
function readUpTo(fd: number, max: number): Uint8Array {
  const buf = Buffer.alloc(max);
  let n = 0;
  while (n < max) {
    const got = readSync(fd, buf, n, max - n, null);
    if (got === 0) break;
    n += got;
  }
  return buf.subarray(0, n);
}

/** The text of a user's file, within the import cap. Throws UsageError (not a file) or DataError (too large, not text). */
export function readUserText(path: string): string {
  const st = statOrUndefined(path);
  if (!st) throw new UsageError(`no such file: ${path}`);
  const why = notAFile(path, st);
  if (why) throw new UsageError(why);
  const fd = openSync(path, 'r');
  try {
    const head = readUpTo(fd, 4);
    const cap = fileByteCap(head);
    if (st.size > cap) throw new DataError(issueText(path, fileTooLarge(st.size, cap)));
    const rest = readUpTo(fd, cap + 1 - head.length);
    const bytes = new Uint8Array(head.length + rest.length);
    bytes.set(head, 0);
    bytes.set(rest, head.length);
    if (bytes.length > cap) throw new DataError(issueText(path, fileTooLarge(bytes.length, cap)));
    const d = decodeTextBytes(bytes);
    if (!d.ok) throw new DataError(issueText(path, d.issue));
    return d.text;
  } finally {
    closeSync(fd);
  }
}

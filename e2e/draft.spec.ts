import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseDraftInput } from '../lib/draft/import';
import { leakedDraftText } from '../bench/draft-input';
import type { Plan } from '../lib/schema';

const ua = JSON.parse(readFileSync(`${__dirname}/../plans/ukraine-28.json`, 'utf8')) as Plan;
const META = { id: 'draft', title: 'Pasted draft', conflict: 'draft', date: '2026-01-01' };
/** The messages the importer gives for a text, as the page must list them. */
const issuesOf = (text: string) => {
  const r = parseDraftInput(text, META);
  if (r.ok) throw new Error('expected the text to be refused');
  return r.issues.map((i) => `${i.line ? `Line ${i.line}: ` : ''}${i.message}`);
};

test('paste the 28-point text with three points edited in substance and one removed', async ({ page }) => {
  await page.goto('/draft');
  await page.getByLabel(/Draft text/).fill(leakedDraftText(ua));
  await page.getByRole('button', { name: 'Parse and compare' }).click();
  await expect(page.getByTestId('closest')).toContainText('(ukraine-28)');
  await expect(page.getByTestId('draft-warnings')).toContainText('26');
  const rows = page.locator('ol.rows > li.row');
  const kinds = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
  // Each edit adds a party or changes a figure: a change of substance, never "reworded".
  expect(kinds.filter((k) => k === 'changed')).toHaveLength(3);
  expect(kinds.filter((k) => k !== 'kept' && k !== 'changed' && k !== 'dropped' && k !== 'unpaired')).toEqual([]);
  const changed = await page.locator('li.row[data-kind="changed"]').evaluateAll((els) => els.map((e) => e.id));
  expect(changed).toEqual(['p5', 'p6', 'p18']);
  // The struck-out point is never shown as kept: dropped, or (when another point shares some of its words) no sure match.
  await expect(page.locator('li.row#p26')).toHaveAttribute('data-kind', /^(dropped|unpaired)$/);
  await expect(page.locator('li.row#p6 .diff del')).toContainText('600,000');
  await expect(page.locator('li.row#p6 .diff ins')).toContainText('800,000');
  // Computed alignment is labelled as such, with a score.
  await expect(page.locator('li.row#p6')).toContainText('computed · similarity');
  // The view can be shared as a link that carries the draft in the fragment.
  const link = await page.getByRole('link', { name: 'Link to this view' }).getAttribute('href');
  expect(link).toMatch(/\/draft#d=/);
  // A draft's rows carry no #row links: following one would replace the #d= fragment that holds the draft.
  expect(page.url()).toContain('#d=');
  await expect(page.locator('li.row a[href^="#"]')).toHaveCount(0);
  await page.locator('li.row#p6 header strong').click();
  expect(page.url()).toContain('#d=');
  const other = await page.context().newPage();
  await other.goto(link!);
  await expect(other.getByTestId('closest')).toContainText('(ukraine-28)');
});

test('bad input gets a clear message and the pasted text stays', async ({ page }) => {
  await page.goto('/draft');
  const box = page.getByLabel(/Draft text/);
  const errors = page.getByTestId('draft-errors').getByRole('listitem');
  for (const text of ['Just a paragraph of prose, not a list.', '1. One\n1. One again', '{"id": "x"}', '[1, 2, 3]']) {
    await box.fill(text);
    await page.getByRole('button', { name: 'Parse and compare' }).click();
    // Exactly the importer's messages, in order, and the pasted text is kept.
    await expect(errors).toHaveText(issuesOf(text));
    await expect(box).toHaveValue(text);
  }
  expect(issuesOf('Just a paragraph of prose, not a list.')[0]).toContain('no numbered points found');
  expect(issuesOf('1. One\n1. One again')).toEqual(['Line 2: point 1 appears 2 times, on lines 1 and 2: expected each number once; renumber or remove the repeated point']);
  expect(issuesOf('{"id": "x"}').some((m) => m.startsWith('title:'))).toBe(true);
  expect(issuesOf('[1, 2, 3]')).toEqual(['the JSON is not a plan: expected an object with id, title, points…; found a list']);
});

test('open a plan .json file: it is read in the browser and compared', async ({ page }) => {
  await page.goto('/draft');
  await page.getByLabel(/Or open a file/).setInputFiles(`${__dirname}/../plans/ukraine-28.json`);
  await expect(page.getByLabel(/Draft text/)).toHaveValue(/"id": "ukraine-28"/);
  await page.getByRole('button', { name: 'Parse and compare' }).click();
  await expect(page.getByTestId('closest')).toContainText('(ukraine-28)');
  await expect(page.getByTestId('draft-summary')).toContainText('28 kept');
});

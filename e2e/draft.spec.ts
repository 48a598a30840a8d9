import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { planToNumberedText } from '../lib/draft/import';
import type { Plan } from '../lib/schema';

const ua = JSON.parse(readFileSync(`${__dirname}/../plans/ukraine-28.json`, 'utf8')) as Plan;

/** The 28-point text with points 5, 6 and 18 reworded and point 26 struck out (numbers kept as leaked). */
function leakedDraft(): string {
  const plan = structuredClone(ua);
  const edit = (n: number, f: (t: string) => string) => {
    const p = plan.points.find((x) => x.n === n)!;
    if (p.status === 'known') p.text = f(p.text);
  };
  edit(5, (t) => `${t.replace(/\.$/, '')} from the United States and Europe.`);
  edit(6, (t) => t.replace('600,000', '800,000'));
  edit(18, (t) => `${t.replace(/\.$/, '')}, under IAEA verification.`);
  plan.points = plan.points.filter((p) => p.n !== 26);
  return planToNumberedText(plan);
}

test('paste the 28-point text with three points edited in substance and one removed', async ({ page }) => {
  await page.goto('/draft');
  await page.getByLabel(/Draft text/).fill(leakedDraft());
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
  await box.fill('Just a paragraph of prose, not a list.');
  await page.getByRole('button', { name: 'Parse and compare' }).click();
  await expect(page.getByTestId('draft-errors')).toContainText('numbered');
  await expect(box).toHaveValue('Just a paragraph of prose, not a list.');
  await box.fill('1. One\n1. One again');
  await page.getByRole('button', { name: 'Parse and compare' }).click();
  await expect(page.getByTestId('draft-errors')).toContainText('1');
  await box.fill('{"id": "x"}');
  await page.getByRole('button', { name: 'Parse and compare' }).click();
  await expect(page.getByTestId('draft-errors')).toBeVisible();
});

test('open a plan .json file: it is read in the browser and compared', async ({ page }) => {
  await page.goto('/draft');
  await page.getByLabel(/Or open a file/).setInputFiles(`${__dirname}/../plans/ukraine-28.json`);
  await expect(page.getByLabel(/Draft text/)).toHaveValue(/"id": "ukraine-28"/);
  await page.getByRole('button', { name: 'Parse and compare' }).click();
  await expect(page.getByTestId('closest')).toContainText('(ukraine-28)');
  await expect(page.getByTestId('draft-summary')).toContainText('28 kept');
});

import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { leakedDraftText } from '../bench/draft-input';
import type { Plan } from '../lib/schema';

/** One page of every type: home, every version, compare pages (lineage, reported-only, two conflicts), as cited, log, 404. */
const PLAN_IDS = readdirSync(`${__dirname}/../plans`).filter((f) => /^[a-z0-9-]+\.json$/.test(f) && !['corrections.json', 'events.json'].includes(f)).map((f) => f.replace(/\.json$/, ''));
const PAGES = [
  '/',
  ...PLAN_IDS.map((id) => `/plans/${id}`),
  '/compare/ukraine-28/geneva-19',
  '/compare/geneva-19/us-ukraine-20',
  '/compare/gaza-20/ukraine-28',
  '/compare/ukraine-28/e3-counter/cited?v=2026.11.26.2',
  '/compare/view?a=gaza-20&b=e3-counter',
  '/cited?a=ukraine-28&b=e3-counter&v=2026.11.26.2',
  '/compare/ukraine-28/geneva-91',
  '/corrections',
  '/draft',
  '/no-such-page',
];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
}

for (const path of PAGES) {
  test(`no axe violations on ${path}, screenshot kept`, async ({ page }) => {
    // A compare page holds hundreds of rows: axe and a full-page screenshot take time on a busy shared machine.
    test.setTimeout(120_000);
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    if (/cited|view/.test(path)) await expect(page.locator('li.row').first()).toBeVisible();
    if (path.includes('geneva-91')) await expect(page.getByTestId('not-found-help')).toBeVisible();
    await expectNoViolations(page);
    const name = path === '/' ? 'home' : path.slice(1).replace(/[/?=&]/g, '_');
    await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  });
}

test('no axe violations on /draft with a parsed draft, its warnings and its rows, and with an error', async ({ page }) => {
  const ua = JSON.parse(readFileSync(`${__dirname}/../plans/ukraine-28.json`, 'utf8')) as Plan;
  await page.goto('/draft');
  await page.getByLabel(/Draft text/).fill(leakedDraftText(ua));
  await page.getByRole('button', { name: 'Parse and compare' }).click();
  await expect(page.getByTestId('closest')).toBeVisible();
  await expect(page.getByTestId('draft-warnings')).toBeVisible();
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/draft-result.png', fullPage: true });
  await page.getByLabel(/Draft text/).fill('1. One\n1. One again');
  await page.getByRole('button', { name: 'Parse and compare' }).click();
  await expect(page.getByTestId('draft-errors')).toBeVisible();
  await expectNoViolations(page);
});

test('dark mode follows the system setting and keeps contrast', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/compare/ukraine-28/geneva-19');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 18, 18)');
  const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

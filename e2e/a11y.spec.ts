import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGES = [
  '/',
  '/plans/gaza-20',
  '/compare/ukraine-28/geneva-19',
  '/compare/view?a=gaza-20&b=e3-counter',
  '/cited?a=ukraine-28&b=e3-counter&v=2026.11.26.2',
  '/corrections',
  '/compare/ukraine-28/geneva-91',
];
for (const path of PAGES) {
  test(`no axe violations on ${path}, screenshot kept`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    if (/cited|view/.test(path)) await expect(page.locator('li.row').first()).toBeVisible();
    if (path.includes('geneva-91')) await expect(page.getByTestId('not-found-help')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
    const name = path === '/' ? 'home' : path.slice(1).replace(/[/?=&]/g, '_');
    await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  });
}

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

import { expect, test, type Page } from '@playwright/test';
import { compareIds } from '../lib/compare/compare';
import { citeComparison, citeRow } from '../lib/export/citation';
import { checkCorpusDir } from '../lib/node/load';
import type { Comparison } from '../lib/schema';
import { leakedDraftText } from '../bench/draft-input';

/**
 * The compare page and the draft page do what the README's "Using it" says: swap sides, the changes-only view, the
 * theme filter, n / p between changes, citations of a row and of the whole comparison in text and Markdown, and a
 * draft that is compared in the browser with nothing sent anywhere. Expected rows come from the engine on the same
 * corpus, so the page is checked against the data, not against numbers typed here. Elements are found by role,
 * label and data attribute.
 */
const corpus = (() => {
  const r = checkCorpusDir(`${__dirname}/../plans`);
  if (!r.ok) throw new Error('the corpus does not check');
  return r.corpus;
})();
const cmp = (a: string, b: string): Comparison => compareIds(corpus, a, b);

async function hydrated(page: Page) {
  await expect(page.getByTestId('status-line')).toContainText(/\d+ rows? shown/);
}
const rowsOnPage = (page: Page, which: 'visible' | 'all' = 'all') =>
  page.locator(`li.row${which === 'visible' ? ':not([hidden])' : ''}`).evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.rowId!, kind: (e as HTMLElement).dataset.kind!, status: (e as HTMLElement).dataset.status! })));

test.describe('the compare page', () => {
  test('swap sides opens the mirrored comparison: every row on the other side, dropped read as added', async ({ page }) => {
    await page.goto('/compare/ukraine-28/geneva-19');
    await hydrated(page);
    await page.getByRole('link', { name: 'Swap sides' }).click();
    await expect(page).toHaveURL(/\/compare\/geneva-19\/ukraine-28$/);
    const back = cmp('geneva-19', 'ukraine-28');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${back.provenance.left.shortTitle} → ${back.provenance.right.shortTitle}`);
    expect(await rowsOnPage(page)).toEqual(back.rows.map((r) => ({ id: r.id, kind: r.kind, status: r.status })));
    // The amnesty point dropped from the 28-point plan reads as added to it.
    await expect(page.locator('li.row[data-row-id="geneva-19:-~ukraine-28:26"]')).toHaveAttribute('data-kind', 'added');
    await expect(page.getByTestId('summary')).toHaveText(back.summary.text);
  });

  test('the changes-only view hides kept and typography-only rows, keeps every change, and is kept in the URL', async ({ page }) => {
    const c = cmp('ukraine-28', 'e3-counter');
    const unchanged = c.rows.filter((r) => r.kind === 'kept' || r.diff?.trivialOnly);
    expect(unchanged.length).toBeGreaterThan(0);
    await page.goto('/compare/ukraine-28/e3-counter');
    await hydrated(page);
    await page.getByRole('checkbox', { name: 'Changes only' }).check();
    await expect(page).toHaveURL(/[?&]view=changes/);
    expect((await rowsOnPage(page, 'visible')).map((r) => r.id)).toEqual(c.rows.filter((r) => !unchanged.includes(r)).map((r) => r.id));
    await expect(page.getByTestId('status-line')).toContainText(`${unchanged.length} unchanged row${unchanged.length === 1 ? '' : 's'} hidden`);
    // The link opens the same view.
    const other = await page.context().newPage();
    await other.goto(page.url());
    await hydrated(other);
    await expect(other.getByRole('checkbox', { name: 'Changes only' })).toBeChecked();
    expect(await rowsOnPage(other, 'visible')).toEqual(await rowsOnPage(page, 'visible'));
    await page.getByRole('checkbox', { name: 'Changes only' }).uncheck();
    await expect(page).not.toHaveURL(/view=changes/);
    expect((await rowsOnPage(page, 'visible')).length).toBe(c.rows.length);
  });

  test('the theme filter shows exactly the rows of that theme, and is kept in the URL', async ({ page }) => {
    const c = cmp('ukraine-28', 'geneva-19');
    const theme = 'amnesty-justice';
    const want = c.rows.filter((r) => r.themes.includes(theme)).map((r) => r.id);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(c.rows.length);
    await page.goto('/compare/ukraine-28/geneva-19');
    await hydrated(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    await expect(page).toHaveURL(new RegExp(`[?&]theme=${theme}`));
    expect((await rowsOnPage(page, 'visible')).map((r) => r.id)).toEqual(want);
    await expect(page.getByTestId('status-line')).toContainText(`${want.length} row${want.length === 1 ? '' : 's'} shown`);
    await page.goto(`/compare/ukraine-28/geneva-19?theme=${theme}`);
    await hydrated(page);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue(theme);
    expect((await rowsOnPage(page, 'visible')).map((r) => r.id)).toEqual(want);
  });

  test('n and p move between changes as j and k do, in the order of the rows', async ({ page }) => {
    const c = cmp('ukraine-28', 'geneva-19');
    const changes = c.rows.filter((r) => !['kept', 'not-reported', 'unmatched'].includes(r.kind) && !r.diff?.trivialOnly).map((r) => `#${r.anchor}`);
    expect(changes.length).toBeGreaterThan(2);
    await page.goto('/compare/ukraine-28/geneva-19');
    await hydrated(page);
    await page.getByRole('heading', { level: 1 }).click();
    const hash = () => page.evaluate(() => location.hash);
    await page.keyboard.press('n');
    await expect.poll(hash).toBe(changes[0]);
    await page.keyboard.press('n');
    await expect.poll(hash).toBe(changes[1]);
    await page.keyboard.press('n');
    await expect.poll(hash).toBe(changes[2]);
    await page.keyboard.press('p');
    await expect.poll(hash).toBe(changes[1]);
    await expect(page.locator(`li.row${changes[1]}`)).toBeFocused();
    await page.keyboard.press('j');
    await expect.poll(hash).toBe(changes[2]);
    await page.keyboard.press('k');
    await expect.poll(hash).toBe(changes[1]);
    // Not while typing in a field.
    await page.getByRole('combobox', { name: 'Theme' }).focus();
    await page.keyboard.press('n');
    expect(await hash()).toBe(changes[1]);
  });

  test('citations of the whole comparison and of a row, in plain text and Markdown, are what the engine writes', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const c = cmp('ukraine-28', 'geneva-19');
    const row = c.rows.find((r) => r.anchor === 'p26')!;
    await page.goto('/compare/ukraine-28/geneva-19');
    await hydrated(page);
    const clip = () => page.evaluate(() => navigator.clipboard.readText());
    const cases: [() => Promise<void>, string][] = [
      [() => page.getByRole('button', { name: 'Cite comparison' }).click(), citeComparison(c, 'text', baseURL)],
      [() => page.getByRole('button', { name: 'Cite as Markdown' }).click(), citeComparison(c, 'markdown', baseURL)],
      [() => page.locator('li.row#p26').getByRole('button', { name: 'Copy citation' }).click(), citeRow(c, row, 'text', baseURL)],
      [() => page.locator('li.row#p26').getByRole('button', { name: 'Copy as Markdown' }).click(), citeRow(c, row, 'markdown', baseURL)],
    ];
    for (const [click, want] of cases) {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await click();
      await expect.poll(clip).toBe(want);
    }
    // The Markdown forms are links a reader can follow back to this comparison.
    expect(cases[1]![1]).toContain(`[Permalink](${baseURL}/compare/ukraine-28/geneva-19?v=${c.provenance.corpusVersion})`);
    expect(cases[3]![1]).toContain(`](${baseURL}/compare/ukraine-28/geneva-19?v=${c.provenance.corpusVersion}#p26)`);
  });
});

test.describe('the draft page', () => {
  test('sends nothing anywhere: the pasted draft is parsed and compared in the browser, with no request carrying it', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests: { url: string; method: string; body: string | null; phase: string }[] = [];
    const sockets: string[] = [];
    let phase = 'load';
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData(), phase }));
    page.on('websocket', (w) => sockets.push(w.url()));
    await page.goto('/draft');
    await expect(page.getByRole('button', { name: 'Parse and compare' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const ua = corpus.plans.find((p) => p.id === 'ukraine-28')!;
    const text = leakedDraftText(ua);
    phase = 'paste and compare';
    await page.getByLabel(/Draft text/).fill(text);
    await page.getByRole('button', { name: 'Parse and compare' }).click();
    await expect(page.getByTestId('closest')).toContainText('(ukraine-28)');
    await page.getByLabel('Compare with').selectOption('e3-counter');
    await expect(page.getByTestId('draft-summary')).toContainText(corpus.plans.find((p) => p.id === 'e3-counter')!.shortTitle);
    await expect(page.getByRole('link', { name: 'Link to this view' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // The page's own files come from its origin; nothing goes anywhere else, nothing is posted, no socket opens.
    expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
    // (Served as the static site, the app's router checks its links' pages with HEAD requests: no body either.)
    expect(requests.filter((r) => !['GET', 'HEAD'].includes(r.method) || r.body)).toEqual([]);
    expect(sockets).toEqual([]);
    // Once the page is loaded, parsing and comparing the draft asks the server for nothing but the site's own static
    // files (the browser fetches the icon again when the share link is put in the address bar), and no URL ever
    // carries a word of it (the share link keeps it in the fragment, which browsers do not send).
    const ownStatic = (url: string) => /^\/(_next\/static\/|icon\.svg|favicon\.ico)/.test(new URL(url).pathname);
    expect(requests.filter((r) => r.phase !== 'load' && !ownStatic(r.url))).toEqual([]);
    const words = ['IAEA verification', 'from the United States and Europe'].map((w) => encodeURIComponent(w).slice(0, 20));
    expect(requests.filter((r) => words.some((w) => r.url.includes(w)))).toEqual([]);
  });
});

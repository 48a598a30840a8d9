import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { compareIds } from '../lib/compare/compare';
import { checkCorpusDir } from '../lib/node/load';

const corpus = (() => {
  const r = checkCorpusDir(`${__dirname}/../plans`);
  if (!r.ok) throw new Error('the corpus does not check');
  return r.corpus;
})();

test.describe('a reporter compares the 28-point plan with the Geneva revision', () => {
  test('from the timeline to the amnesty row, marked dropped (reported), with the source links the data names, each one followable', async ({ page }) => {
    const c = compareIds(corpus, 'ukraine-28', 'geneva-19');
    const data = c.rows.find((r) => r.anchor === 'p26')!;
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /compared point by point/ })).toBeVisible();
    await expect(page.locator('form[data-ready]')).toBeVisible(); // hydrated
    await page.getByLabel('Version', { exact: true }).selectOption('ukraine-28');
    await page.getByLabel('with', { exact: true }).selectOption('geneva-19');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\/compare\/ukraine-28\/geneva-19$/);
    await expect(page.getByTestId('summary')).toHaveText(c.summary.text);

    const row = page.locator('li.row#p26');
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute('data-kind', 'dropped');
    await expect(row).toHaveAttribute('data-status', 'reported');
    await expect(row.locator('.badge.kind').first()).toHaveText('dropped');
    await expect(row.locator('.badge.s-reported')).toContainText('Reported');
    // Every source of the row, in order, named by its outlet: each links to its entry in the page's list of sources
    // (every source is listed once per page), and that entry links the URL the data gives it.
    const links = row.locator('.sources a');
    const refs = await links.evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('href')]));
    expect(refs.map(([outlet]) => outlet)).toEqual(data.sources.map((s) => s.outlet));
    expect(data.sources.length).toBeGreaterThan(0);
    for (const [i, [, ref]] of refs.entries()) {
      expect(ref).toMatch(/^#s\d+$/);
      await expect(page.locator(`li${ref} > a`)).toHaveAttribute('href', data.sources[i]!.url);
    }
    // The network is closed here, so the outlet's page is answered locally: following the links lands on that URL.
    const first = data.sources[0]!.url;
    await page.route(first, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>outlet</title>' }));
    await links.first().click();
    await expect(page.locator(`li${refs[0]![1]}`)).toBeInViewport();
    await page.locator(`li${refs[0]![1]} > a`).click();
    await expect(page).toHaveURL(first);
  });

  test('the army-cap row shows both disagreeing claims, each stance with its outlet', async ({ page }) => {
    const row = compareIds(corpus, 'ukraine-28', 'geneva-19').rows.find((r) => r.anchor === 'p6')!;
    const stances = [...new Set(row.claims.map((cl) => cl.stance).filter(Boolean))];
    expect(row.disagree).toBe(true);
    expect(stances.length).toBeGreaterThanOrEqual(2);
    await page.goto('/compare/ukraine-28/geneva-19#p6');
    const li = page.locator('li.row#p6');
    await expect(li.locator('.badge.disagree')).toHaveText(/Sources disagree/);
    const claims = li.getByRole('list', { name: 'Claims' }).getByRole('listitem');
    await expect(claims).toHaveCount(row.claims.length);
    for (const [i, cl] of row.claims.entries()) {
      const item = claims.nth(i);
      await expect(item).toContainText(cl.who);
      if (cl.stance) await expect(item).toContainText(`[${cl.stance}]`);
      // The outlet links to its entry in the page's list of sources, which links the claim's URL.
      const ref = await item.getByRole('link', { name: cl.outlet }).getAttribute('href');
      expect(ref).toMatch(/^#s\d+$/);
      await expect(page.locator(`li${ref} > a`)).toHaveAttribute('href', cl.url);
    }
  });

  test('filtering to reported rows is kept in the URL and can be shared', async ({ page }) => {
    await page.goto('/compare/ukraine-28/geneva-19');
    await expect(page.getByTestId('status-line')).toContainText('rows shown'); // hydrated
    await page.locator('.controls').getByRole('checkbox', { name: /^\s*reported \(/ }).check();
    await expect(page).toHaveURL(/status=reported/);
    const visible = page.locator('li.row:not([hidden])');
    await expect(visible.first()).toBeVisible();
    for (const s of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status))) expect(s).toBe('reported');
    const hidden = await page.locator('li.row[hidden]').count();
    expect(hidden).toBeGreaterThan(0);
    // The shared link opens the same filtered view.
    const url = page.url();
    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.locator('.controls').getByRole('checkbox', { name: /^\s*reported \(/ })).toBeChecked();
    expect(await other.locator('li.row:not([hidden])').count()).toBe(await visible.count());
  });

  test("copying a row's citation puts the permalink, status and sources on the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/compare/ukraine-28/geneva-19');
    await expect(page.getByTestId('status-line')).toContainText('rows shown'); // hydrated
    await page.locator('li.row#p26').getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByTestId('status-line')).toContainText('Citation copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // One attributable sentence first, then how sure (kind, status) on its own line.
    expect(text.split('\n')[0]).toMatch(/^The Geneva 19 points reportedly drops point 26 .*\(point 26; reported by .+\)\.$/);
    expect(text).toMatch(/: dropped, reported[;.]/);
    expect(text).toMatch(/plandiff corpus \d{4}\.\d{2}\.\d{2}/);
    expect(text).toContain(`${baseURL}/compare/ukraine-28/geneva-19?v=`);
    expect(text).toContain('#p26');
    expect(text).toMatch(/https?:\/\/\S+/);
  });

  test('a row permalink scrolls to and highlights the row; an older version says so', async ({ page }) => {
    await page.goto('/compare/ukraine-28/geneva-19?v=2000.01.01#p26');
    const row = page.locator('li.row#p26');
    await expect(row).toBeInViewport();
    const bg = await row.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(bg).toBe('solid');
    await expect(page.getByTestId('version-notice')).toContainText('cited under corpus version 2000.01.01');
    await expect(page.getByTestId('version-notice')).toContainText('That version is not in the corrections log');
  });

  test('a link cited under an archived version shows the diff as it was, and the current one a click away', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/compare/ukraine-28/e3-counter?v=2026.11.26.2#p21');
    // Opens the as-cited view of that version, with the cited row in view and marked.
    await expect(page).toHaveURL(/\/cited\?a=ukraine-28&b=e3-counter&v=2026\.11\.26\.2#p21$/);
    await expect(page.getByTestId('cited-view')).toHaveAttribute('data-version', '2026.11.26.2');
    const row = page.locator('li.row#p21');
    await expect(row).toBeInViewport();
    await expect(row).toHaveClass(/current/);
    // The words held then: a back-translation of the US item a, and only a fragment of the E3 point.
    await expect(row).toContainText('will be recognized de facto as Russian');
    await expect(row).toContainText('back-translation');
    await expect(page.getByTestId('cited-row')).toContainText('The cited row (p21) reads differently in the current corpus (corrections touching its points: 2026.11.27');
    // Citing from this view cites the same version again.
    await row.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByTestId('status-line')).toContainText('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${baseURL}/compare/ukraine-28/e3-counter?v=2026.11.26.2#p21`);
    await page.getByTestId('show-current').click();
    await expect(page).toHaveURL(/\/compare\/ukraine-28\/e3-counter#p21$/);
    await expect(page.locator('li.row#p21')).toContainText('will be recognized as de facto Russian');
    await expect(page.locator('li.row#p21')).toContainText('Ukraine commits not to recover its occupied sovereign territory through military means.');
  });

  test('an old filtered citation opens filtered, with the same filters and keys as the current page', async ({ page }) => {
    await page.goto('/compare/ukraine-28/e3-counter?v=2026.11.26.2&kind=dropped');
    await expect(page).toHaveURL(/\/cited\?a=ukraine-28&b=e3-counter&v=2026\.11\.26\.2&kind=dropped$/);
    const visible = page.locator('li.row:visible');
    await expect(visible.first()).toBeVisible();
    expect(await visible.evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.kind))])).toEqual(['dropped']);
    await expect(page.getByRole('checkbox', { name: /^dropped/ })).toBeChecked();
    await page.getByRole('checkbox', { name: /^dropped/ }).uncheck();
    await expect(page).toHaveURL(/cited\?a=ukraine-28&b=e3-counter&v=2026\.11\.26\.2$/);
    await page.keyboard.press('j');
    await expect(page).toHaveURL(/cited\?a=ukraine-28&b=e3-counter&v=2026\.11\.26\.2#p\d+/);
    await expect(page.locator('li.row.current')).toHaveCount(1);
  });

  test('a stray % in the fragment does not break the page', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/compare/ukraine-28/geneva-19#%E0%A4');
    await expect(page.locator('li.row').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next change' })).toBeVisible();
    await page.goto('/compare/ukraine-28/e3-counter/cited?v=2026.11.26.2#%');
    await expect(page.getByTestId('cited-view')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the corrections log lists every version, newest first, each with its archive', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'corrections log' }).click();
    await expect(page.locator('h1')).toHaveText('Corrections log');
    const versions = await page.locator('ol.corrections > li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.version));
    const log = JSON.parse(readFileSync(`${__dirname}/../plans/corrections.json`, 'utf8')) as { entries: { version: string }[] };
    expect(versions).toEqual(log.entries.map((e) => e.version).reverse());
    const newest = page.locator('ol.corrections > li').first();
    await expect(newest).toContainText('current');
    const href = await newest.getByRole('link', { name: /as JSON/ }).getAttribute('href');
    const archive = await (await request.get(href!)).json();
    expect([archive.format, archive.version]).toEqual(['plandiff.corpus-archive/1', versions[0]]);
    // A point touched by a correction links to that point of its plan.
    await page.locator('ol.corrections a[href="/plans/ukraine-28#p21"]').first().click();
    await expect(page.locator('li.row#p21')).toBeInViewport();
  });

  test('a version that is not archived, or an as-cited link without a version, says so', async ({ page }) => {
    await page.goto('/compare/ukraine-28/e3-counter/cited?v=2000.01.01#p21');
    await expect(page.getByTestId('cited-error')).toContainText('Corpus version 2000.01.01 is not archived and is not in the corrections log');
    await page.getByRole('link', { name: 'Show the current comparison' }).click();
    await expect(page).toHaveURL(/\/compare\/ukraine-28\/e3-counter#p21$/);
    await page.goto('/compare/ukraine-28/e3-counter/cited');
    await expect(page.getByTestId('cited-error')).toContainText('No corpus version was given');
  });

  test('a permalink cited before a correction names the correction and says the row changed', async ({ page }) => {
    await page.goto('/compare/ukraine-28/geneva-19?v=2026.11.26#p26');
    const notice = page.getByTestId('version-notice');
    await expect(notice).toContainText('cited under corpus version 2026.11.26');
    await expect(notice).toContainText('2026.11.26.2');
    await expect(page.getByTestId('cited-row')).toContainText('The cited row (p26) reads differently in the current corpus');
    // The reader moves to another row: the notice follows the fragment.
    await page.goto('/compare/ukraine-28/geneva-19/cited?v=2026.11.26#r-unknown-01');
    await expect(page.getByTestId('cited-row')).toHaveText('The cited row (r-unknown-01) reads the same in the current corpus.');
    // A row that a correction names but that reads the same in this pair is not called changed.
    await page.goto('/compare/ukraine-28/e3-counter/cited?v=2026.11.26#r26');
    await expect(page.getByTestId('cited-row')).toHaveText('The cited row (r26) reads the same in the current corpus.');
  });

  test('filters from a URL that this pair lacks are dropped; a permalinked row stays visible under filters', async ({ page }) => {
    await page.goto('/compare/geneva-19/ukraine-28?kind=dropped');
    await expect(page.getByTestId('status-line')).toContainText('rows shown');
    expect(await page.locator('li.row:not([hidden])').count()).toBeGreaterThan(0);
    await page.goto('/compare/ukraine-28/geneva-19?status=reported#p1');
    await expect(page.getByTestId('status-line')).toContainText('rows shown');
    await expect(page.locator('li.row#p1')).toBeVisible();
    await expect(page.locator('li.row#p2')).toBeHidden();
  });

  test('after clicking a row link, the next change is counted from that row', async ({ page }) => {
    await page.goto('/compare/ukraine-28/geneva-19');
    await expect(page.getByTestId('status-line')).toContainText('rows shown');
    await page.locator('h1').click();
    await page.keyboard.press('j');
    await page.locator('li.row#p6 header a').first().click();
    await page.locator('h1').click();
    await page.keyboard.press('j');
    const after = await page.evaluate(() => location.hash);
    const order = await page.locator('li.row').evaluateAll((els) => els.map((e) => e.id));
    expect(order.indexOf(after.slice(1))).toBeGreaterThan(order.indexOf('p6'));
  });

  test('keyboard moves between changes', async ({ page }) => {
    await page.goto('/compare/ukraine-28/geneva-19');
    await expect(page.getByTestId('status-line')).toContainText('rows shown'); // hydrated
    await page.locator('h1').click();
    await page.keyboard.press('j');
    const first = await page.evaluate(() => location.hash);
    expect(first).toMatch(/^#p/);
    await expect(page.locator(`li.row${first}`)).toHaveClass(/current/);
    expect(await page.locator(`li.row${first}`).getAttribute('data-change')).toBe('1');
    await page.keyboard.press('j');
    const second = await page.evaluate(() => location.hash);
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await page.evaluate(() => location.hash)).toBe(first);
    await expect(page.locator(`li.row${first}`)).toBeFocused();
  });

  test('phone width stacks the two sides', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/compare/ukraine-28/geneva-19');
    const cols = page.locator('li.row#p26 .cols > .col');
    const [a, b] = [await cols.nth(0).boundingBox(), await cols.nth(1).boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    expect(Math.abs(a!.x - b!.x)).toBeLessThan(2);
    await page.screenshot({ path: 'test-results/screenshots/compare-phone.png', fullPage: false });
  });

  test('the Gaza Board of Peace pairs with the Peace Council as analogous', async ({ page }) => {
    await page.goto('/compare/gaza-20/ukraine-28');
    const row = page.locator('li.row[data-row-id="gaza-20:9~ukraine-28:27"]');
    await expect(row.locator('.badge.kind').first()).toHaveText('analogous');
  });

  test('exports are served as files', async ({ request }) => {
    const md = await request.get('/compare/ukraine-28/geneva-19/comparison.md');
    expect(md.ok()).toBe(true);
    expect(await md.text()).toContain('| Row |');
    const csv = await request.get('/compare/ukraine-28/geneva-19/comparison.csv');
    // The served file is the engine's export: one record per row, read back by an RFC 4180 parser.
    const records = parse(await csv.text(), { recordDelimiter: ['\r\n', '\n', '\r'] }) as string[][];
    const c = compareIds(corpus, 'ukraine-28', 'geneva-19');
    expect(records[0]!.slice(0, 4)).toEqual(['row_id', 'anchor', 'kind', 'status']);
    expect(records.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual(c.rows.map((r) => [r.id, r.kind, r.status]));
    const json = await request.get('/compare/ukraine-28/geneva-19/comparison.json');
    // The engine's Comparison, as the CLI and the page compute it from the same corpus.
    expect(await json.json()).toEqual(JSON.parse(JSON.stringify(c)));
    const plan = await request.get('/plans/geneva-19/plan.json');
    expect((await plan.json()).plan.declaredPoints).toBe(19);
  });

  test('every page sends a Content-Security-Policy', async ({ request }) => {
    for (const path of ['/', '/plans/gaza-20', '/compare/ukraine-28/geneva-19', '/draft', '/compare/ukraine-28/geneva-19/comparison.csv']) {
      const res = await request.get(path);
      const csp = res.headers()['content-security-policy'] ?? '';
      expect(csp, path).toContain("default-src 'self'");
      // A page may fetch from its own origin only: the draft page's text has nowhere else to go.
      expect(csp, path).toContain("connect-src 'self'");
      expect(res.headers()['x-content-type-options']).toBe('nosniff');
    }
  });
});

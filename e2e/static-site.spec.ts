import { expect, test, type Page } from '@playwright/test';
import { loadCorpus, archivedVersions, readArchiveText } from '../lib/node/load';
import { checkArchivedCorpus } from '../lib/corpus/check';
import { ArchiveFile } from '../lib/schema';
import { compareIds } from '../lib/compare/compare';
import { linkedPairs } from '../lib/corpus/pairs';
import { getPlan, plansByDate, type Corpus } from '../lib/corpus/corpus';
import { toJson } from '../lib/export';

const corpus = loadCorpus();
const ids = plansByDate(corpus).map((p) => p.id);
const pairs = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => ({ a, b })));
const linked = new Set(linkedPairs(corpus).map((p) => `${p.a}/${p.b}`));
const title = (id: string) => corpus.plans.find((p) => p.id === id)!.shortTitle;
const oldest = archivedVersions()[0]!;

/** A corpus as an archived version held it, checked as the build checks it. */
function loadArchived(v: string): Corpus {
  const r = checkArchivedCorpus(ArchiveFile.parse(JSON.parse(readArchiveText(v))), '9999-12-31');
  if (!r.ok) throw new Error(`archive ${v} does not load`);
  return r.corpus;
}

/** The comparison a page shows: its heading and its rows, once the rows are on screen. */
async function shown(page: Page) {
  await expect(page.locator('li.row').first()).toBeVisible();
  return { h1: await page.locator('h1').first().textContent(), rows: await page.locator('li.row').count() };
}

test.describe('every permalink of the corpus resolves on the static site', () => {
  test('every ordered pair: /compare/<a>/<b>, its as-cited link and its exports', async ({ page, request }) => {
    test.setTimeout(900_000);
    expect(pairs.length).toBe(ids.length * (ids.length - 1));
    const then = loadArchived(oldest);
    for (const { a, b } of pairs) {
      const c = compareIds(corpus, a, b);
      const label = `${a} → ${b}`;
      await page.goto(`/compare/${a}/${b}#${c.rows[0]!.anchor}`);
      const now = await shown(page);
      expect(now.h1, label).toBe(`${title(a)} → ${title(b)}`);
      expect(now.rows, label).toBe(c.rows.length);
      // A pair that is not pre-rendered lands on the page that computes it, with the fragment kept.
      await expect(page, label).toHaveURL(linked.has(`${a}/${b}`) ? new RegExp(`/compare/${a}/${b}#`) : new RegExp(`/compare/view\\?a=${a}&b=${b}#${c.rows[0]!.anchor}$`));

      // The older as-cited address: the one as-cited page, showing the pair as the oldest archive held it (or saying
      // that version did not hold one of the two).
      await page.goto(`/compare/${a}/${b}/cited?v=${oldest}`);
      await expect(page, label).toHaveURL(new RegExp(`/cited\\?a=${a}&b=${b}&v=${oldest.replace(/\./g, '\\.')}$`));
      if (getPlan(then, a) && getPlan(then, b)) {
        await expect(page.getByTestId('cited-view'), label).toHaveAttribute('data-version', oldest);
        await expect(page.locator('li.row'), label).toHaveCount(compareIds(then, a, b).rows.length);
      } else await expect(page.getByTestId('cited-error'), label).toContainText(`did not hold`);

      if (linked.has(`${a}/${b}`)) {
        const res = await request.get(`/compare/${a}/${b}/comparison.json`);
        expect(res.status(), label).toBe(200);
        expect(await res.text(), label).toBe(toJson(c));
      } else {
        // An export of a pair that is not pre-rendered opens the page that makes it.
        await page.goto(`/compare/${a}/${b}/comparison.md`);
        await expect(page, label).toHaveURL(new RegExp(`/compare/view\\?a=${a}&b=${b}$`));
      }
    }
  });

  test('a pair that is not pre-rendered opens with its filters and row, exports and citations made in the browser', async ({ page, context, baseURL }) => {
    const [a, b] = ['gaza-20', 'e3-counter'];
    expect(linked.has(`${a}/${b}`)).toBe(false);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(`/compare/${a}/${b}?status=known#r5`);
    await expect(page).toHaveURL(`${baseURL}/compare/view?a=${a}&b=${b}&status=known#r5`);
    await expect(page.getByTestId('status-line')).toContainText('rows shown');
    const visible = page.locator('li.row:not([hidden])');
    for (const st of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status))) expect(st).toBe('known');
    await expect(page.locator('li.row#r5')).toBeInViewport();
    await expect(page.locator('li.row#r5')).toHaveClass(/current/);
    // The export is the engine's own, made in the browser: byte for byte what the build would write.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('comparison.json');
    const text = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((s) => {
        let out = '';
        s.on('data', (d) => (out += d));
        s.on('end', () => resolve(out));
        s.on('error', reject);
      }, reject);
    });
    expect(text).toBe(toJson(compareIds(corpus, a, b)));
    // A row's citation carries the pair's permalink.
    await page.locator('li.row#r5').getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByTestId('status-line')).toContainText('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${baseURL}/compare/${a}/${b}?v=${corpus.version}#r5`);
    // Swapping sides stays in the browser-computed page.
    await page.getByRole('link', { name: 'Swap sides' }).click();
    await expect(page).toHaveURL(/\/compare\/view\?a=e3-counter&b=gaza-20/);
    await expect(page.locator('h1')).toHaveText(`${title(b)} → ${title(a)}`);
  });

  test('a mistyped version id gets the closest valid one, and the valid ids', async ({ page }) => {
    const res = await page.goto('/compare/ukraine-28/geneva-91?status=reported#p6');
    expect(res!.status()).toBe(404);
    await expect(page.getByTestId('not-found-help')).toContainText('No version “geneva-91”');
    const suggestion = page.getByTestId('not-found-help').getByRole('link');
    await expect(suggestion).toHaveText('/compare/ukraine-28/geneva-19');
    await expect(suggestion).toHaveAttribute('href', '/compare/ukraine-28/geneva-19?status=reported#p6');
    for (const id of ids) await expect(page.getByTestId('valid-ids')).toContainText(id);
    await suggestion.click();
    await expect(page.locator('li.row#p6')).toBeVisible();
    await page.goto('/plans/gaza-02');
    await expect(page.getByTestId('not-found-help').getByRole('link')).toHaveAttribute('href', '/plans/gaza-20');
  });

  test('the rows are in the page once: not repeated in its inline React payload', async ({ request }) => {
    const html = await (await request.get('/compare/ukraine-28/geneva-19')).text();
    const row = compareIds(corpus, 'ukraine-28', 'geneva-19').rows.find((r) => r.anchor === 'p26')!;
    const payload = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join('');
    expect(payload.length).toBeGreaterThan(0);
    expect(html).toContain(`data-row-id="${row.id}"`);
    expect(payload).not.toContain(row.id);
    expect(payload).not.toContain(row.claims[0]!.said.slice(0, 40));
    // Each source's address once on the page, in its list of sources.
    const url = row.claims[0]!.url;
    expect(html.split(`href="${url}"`).length - 1).toBe(1);
  });

  test('the as-cited view fetches the plans it needs, not the archive', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`/cited?a=ukraine-28&b=geneva-19&v=${oldest}#p26`);
    await expect(page.getByTestId('cited-view')).toBeVisible();
    const data = requested.filter((p) => /^\/(data|archive)\//.test(p)).sort();
    // Each version's small index (plans and lineage), and the two plans: these two versions relate directly, and
    // through no other version.
    expect(data).toEqual(
      [`/data/${corpus.version}.json`, `/data/${corpus.version}/geneva-19.json`, `/data/${corpus.version}/ukraine-28.json`, `/data/${oldest}.json`, `/data/${oldest}/geneva-19.json`, `/data/${oldest}/ukraine-28.json`].sort(),
    );
  });

  test('going back to a pre-rendered comparison inside the site shows its rows again', async ({ page }) => {
    await page.goto('/compare/ukraine-28/geneva-19?status=reported');
    await expect(page.getByTestId('status-line')).toContainText('rows shown');
    const n = await page.locator('li.row:not([hidden])').count();
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Corrections' }).click();
    await expect(page.locator('h1')).toHaveText('Corrections log');
    await page.goBack();
    await expect(page.locator('li.row#p26')).toBeAttached();
    await expect(page.locator('li.row:not([hidden])')).toHaveCount(n);
  });
});

import { describe, expect, it } from 'vitest';
import { closestIds, corpusOfSlices, editDistance, pairNeeds, viewHref, citedHref, type PlanSlice } from '../app/_lib/site';
import { archived, archivedCorpus, slice, versionIndex } from '../app/_lib/data';
import { compareIds } from '../lib/compare/compare';
import { toJson } from '../lib/export';
import { resolveMissing } from '../app/not-found-help';
import { citedScript, movedIndex, movedScript, type NotFoundIndex } from '../app/_lib/early-redirect';

const index: NotFoundIndex = {
  corpusVersion: '2026.11.27.2',
  archived: ['2026.11.26', '2026.11.27.2'],
  plans: ['gaza-20', 'ukraine-28', 'geneva-19', 'e3-counter', 'us-ukraine-20'].map((id) => ({ id, shortTitle: id, date: '2025-01-01' })),
  knownIds: ['e3-counter', 'gaza-20', 'geneva-19', 'old-draft', 'ukraine-28', 'us-ukraine-20'],
  linked: ['ukraine-28/geneva-19', 'geneva-19/ukraine-28'],
};
const ids = index.plans.map((p) => p.id);

describe('the closest id to a mistyped one', () => {
  it('counts a swap of two neighbouring characters once', () => {
    expect(editDistance('geneva-91', 'geneva-19')).toBe(1);
    expect(editDistance('ukraine-28', 'ukraine-28')).toBe(0);
    expect(editDistance('gaza', 'gaza-20')).toBe(3);
  });
  it('finds geneva-19 for geneva-91, and nothing for a word that is no id', () => {
    expect(closestIds('geneva-91', ids)).toEqual(['geneva-19']);
    expect(closestIds('Ukraine-28', ids)).toEqual(['ukraine-28']);
    expect(closestIds('us-ukraine', ids)).toEqual(['us-ukraine-20']);
    expect(closestIds('banana', ids)).toEqual([]);
  });
});

describe('what the not-found page does with an address', () => {
  it('opens a pair that is not pre-rendered on the page that computes it, with its query and fragment', () => {
    expect(resolveMissing(index, '/compare/gaza-20/geneva-19', '?kind=dropped', '#p3')).toEqual({ kind: 'opening', href: '/compare/view?a=gaza-20&b=geneva-19&kind=dropped#p3' });
    expect(resolveMissing(index, '/compare/gaza-20/geneva-19/comparison.csv', '', '')).toEqual({ kind: 'opening', href: viewHref('gaza-20', 'geneva-19') });
  });
  it('opens an as-cited link on the one as-cited page, also for a version removed since', () => {
    expect(resolveMissing(index, '/compare/ukraine-28/geneva-19/cited', '?v=2026.11.26&status=reported', '#p26')).toEqual({
      kind: 'opening',
      href: '/cited?a=ukraine-28&b=geneva-19&v=2026.11.26&status=reported#p26',
    });
    expect(resolveMissing(index, '/compare/old-draft/gaza-20/cited', '?v=2026.11.26', '')).toEqual({ kind: 'opening', href: citedHref('old-draft', 'gaza-20', 'v=2026.11.26') });
    // An old ?v= on a pair that is not pre-rendered goes straight to the as-cited view.
    expect(resolveMissing(index, '/compare/gaza-20/geneva-19', '?v=2026.11.26', '#p1')).toEqual({ kind: 'opening', href: '/cited?a=gaza-20&b=geneva-19&v=2026.11.26#p1' });
  });
  it('suggests the closest ids for a mistyped pair, keeping the query and fragment', () => {
    expect(resolveMissing(index, '/compare/ukraine-28/geneva-91', '?status=reported', '#p6')).toEqual({
      kind: 'suggest',
      typed: ['geneva-91'],
      href: '/compare/ukraine-28/geneva-19?status=reported#p6',
      label: '/compare/ukraine-28/geneva-19',
    });
    expect(resolveMissing(index, '/compare/gaza-02/geneva-91', '', '')).toMatchObject({ kind: 'suggest', typed: ['gaza-02', 'geneva-91'], href: '/compare/view?a=gaza-20&b=geneva-19' });
    expect(resolveMissing(index, '/plans/geneva-91', '', '')).toMatchObject({ kind: 'suggest', href: '/plans/geneva-19' });
    expect(resolveMissing(index, '/compare/banana/apple', '', '')).toEqual({ kind: 'suggest', typed: ['banana', 'apple'], href: '', label: '' });
  });
  it('says a version compared with itself has no page, and leaves other addresses alone', () => {
    expect(resolveMissing(index, '/compare/gaza-20/gaza-20', '', '')).toEqual({ kind: 'same' });
    expect(resolveMissing(index, '/nothing/here', '', '')).toEqual({ kind: 'none' });
    expect(resolveMissing(index, '/compare/gaza-20/geneva-19/other', '', '')).toEqual({ kind: 'none' });
    // A stray % does not throw.
    expect(resolveMissing(index, '/compare/%E0%A4/x', '', '')).toMatchObject({ kind: 'suggest' });
  });
});

describe('the inline scripts that send an old address on before the page loads', () => {
  /** Run a page's inline script against an address; what it hands to location.replace. */
  const run = (script: string, href: string) => {
    const u = new URL(href, 'http://site.example');
    const replaced: string[] = [];
    new Function('location', script)({ pathname: u.pathname, search: u.search, hash: u.hash, replace: (to: string) => replaced.push(to) });
    return replaced;
  };
  it('the not-found page: the same decision as the page itself, as a standalone script', () => {
    const script = movedScript(movedIndex(index));
    for (const href of ['/compare/gaza-20/geneva-19?kind=dropped#p3', '/compare/ukraine-28/geneva-19/cited?v=2026.11.26#p26', '/compare/gaza-20/geneva-19?v=2026.11.26', '/compare/old-draft/gaza-20/cited?v=2026.11.26']) {
      const u = new URL(href, 'http://site.example');
      const help = resolveMissing(index, u.pathname, u.search, u.hash);
      expect(help.kind).toBe('opening');
      expect(run(script, href)).toEqual([(help as { href: string }).href]);
    }
    for (const href of ['/compare/ukraine-28/geneva-91', '/plans/geneva-91', '/compare/gaza-20/gaza-20', '/compare/view', '/x']) expect(run(script, href)).toEqual([]);
  });
  it('a pre-rendered page: an archived older ?v= opens as cited, the current or an unknown one stays', () => {
    const script = citedScript('ukraine-28', 'geneva-19', '2026.11.27.2', ['2026.11.26', '2026.11.27.2']);
    expect(run(script, '/compare/ukraine-28/geneva-19?v=2026.11.26&status=reported#p26')).toEqual(['/cited?a=ukraine-28&b=geneva-19&v=2026.11.26&status=reported#p26']);
    expect(run(script, '/compare/ukraine-28/geneva-19?v=2026.11.27.2#p26')).toEqual([]);
    expect(run(script, '/compare/ukraine-28/geneva-19?v=2000.01.01#p26')).toEqual([]);
    expect(run(script, '/compare/ukraine-28/geneva-19')).toEqual([]);
    expect(citedScript('x</script>', 'y', '2026.11.27.2', [])).toBe('');
  });
});

describe('a comparison computed in the browser from data slices is the one the build and the CLI compute', () => {
  it('for every ordered pair of every archived corpus version (the current one included)', () => {
    let pairs = 0;
    let composed = 0;
    for (const v of archived()) {
      const whole = archivedCorpus(v);
      const ix = versionIndex(v);
      const ids = ix.plans.map((p) => p.id);
      for (const a of ids) {
        for (const b of ids) {
          if (a === b) continue;
          const slices = pairNeeds(ix, a, b).map((id) => slice(v, id)).filter((s): s is PlanSlice => !!s);
          const fromSlices = compareIds(corpusOfSlices(slices), a, b);
          expect(toJson(fromSlices), `${v}: ${a} → ${b}`).toBe(toJson(compareIds(whole, a, b)));
          pairs++;
          if (fromSlices.rows.some((r) => r.basis === 'composed')) composed++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
    // Relations composed through the lineage are among them, so the intermediate versions were fetched.
    expect(composed).toBeGreaterThan(0);
  }, 120_000);

  it('fetches the versions a chain of relations passes through, and no more', () => {
    const ix = versionIndex(archived().at(-1)!);
    // geneva-19 and us-ukraine-20 relate only through ukraine-28.
    expect(pairNeeds(ix, 'geneva-19', 'us-ukraine-20')).toEqual(['geneva-19', 'ukraine-28', 'us-ukraine-20']);
    // Different conflicts: nothing composes, two plans.
    expect(pairNeeds(ix, 'gaza-20', 'e3-counter')).toEqual(['e3-counter', 'gaza-20']);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkCorpus } from '../lib/corpus/check';
import { formatIssue } from '../lib/corpus/issues';
import { parseJsonText } from '../lib/corpus/json-text';
import { miniFiles, TODAY } from './helpers/corpus';

/** Each broken fixture replaces plans/alpha-3.json in the small valid corpus; the message a data editor sees. */
const BROKEN: Record<string, string> = {
  'bad-status': 'plans/alpha-3.json: point 2: status: expected one of known, reported, unknown; found "rumoured"',
  'duplicate-number': 'plans/alpha-3.json: point 2: n: point number 2 is used twice',
  'count-mismatch': 'plans/alpha-3.json: points: the version declares 4 points but lists 3; add unknown placeholders or correct declaredPoints',
  'reported-without-claims': 'plans/alpha-3.json: point 1: claims: a reported point needs at least one claim',
  'unknown-with-content': 'plans/alpha-3.json: point 1: an unknown point has no content; remove text or change its status',
  'known-without-primary': 'plans/alpha-3.json: point 1: sources: a known point needs at least one source of kind official-document or leaked-document',
  'unknown-source': 'plans/alpha-3.json: point 1: sources[1]: refers to source "nowhere", which is not listed in sources',
  'unused-source': 'plans/alpha-3.json: source spare: this source is listed but nothing cites it; cite it or remove it',
  'bad-date': 'plans/alpha-3.json: date: expected a real calendar date; found "2025-13-01"',
  'future-date': 'plans/alpha-3.json: source alpha-doc: published: the date 2999-01-01 is in the future (today is 2026-11-26)',
  'known-without-text': 'plans/alpha-3.json: point 1: text: is missing: expected a text',
  'bad-theme': 'plans/alpha-3.json: point 2: themes[1]: expected one of ceasefire, territory',
  'bad-url': 'plans/alpha-3.json: source alpha-doc: url: expected an http(s) URL; found "not a url"',
  'partial-without-missing': 'plans/alpha-3.json: point 1: wording.missing: a partial wording must say in "missing" what is left out',
  'json-syntax': 'plans/alpha-3.json: line 4, column 3: not valid JSON:',
};

function checkWith(name: string) {
  const text = readFileSync(`${__dirname}/fixtures/broken/${name}.json`, 'utf8');
  const files = miniFiles().map((f) => (f.path === 'plans/alpha-3.json' ? { ...f, text } : f));
  return checkCorpus(files, TODAY);
}

describe('checkCorpus', () => {
  it('accepts the small valid corpus and names its version from the corrections log', () => {
    const r = checkCorpus(miniFiles(), TODAY);
    expect(r.issues).toEqual([]);
    expect(r.ok && r.corpus.version).toBe('2025.02.03');
  });

  for (const [name, message] of Object.entries(BROKEN)) {
    it(`refuses ${name} with a message that names file, point and field`, () => {
      const r = checkWith(name);
      expect(r.ok).toBe(false);
      const lines = r.issues.map(formatIssue);
      expect(lines.some((l) => l.startsWith(message)), lines.join('\n')).toBe(true);
      // A broken file does not make every reference to its plan an error too.
      expect(lines.filter((l) => l.includes('which is not in the corpus'))).toEqual([]);
    });
  }

  it('collects every issue in every file, not just the first', () => {
    const files = miniFiles().map((f) =>
      f.path === 'plans/alpha-3.json' ? { ...f, text: readFileSync(`${__dirname}/fixtures/broken/count-mismatch.json`, 'utf8') } : f.path === 'plans/beta-3.json' ? { ...f, text: f.text.replace('"news-two", "who"', '"news-nine", "who"') } : f,
    );
    const r = checkCorpus(files, TODAY);
    const lines = r.issues.map(formatIssue);
    expect(lines).toContain('plans/alpha-3.json: points: the version declares 4 points but lists 3; add unknown placeholders or correct declaredPoints');
    expect(lines).toContain('plans/beta-3.json: point army-size: claims[2].source: refers to source "news-nine", which is not listed in sources');
  });

  it('refuses a key that reads as a point number', () => {
    const files = miniFiles().map((f) => (f.path === 'plans/beta-3.json' ? { ...f, text: f.text.replace('"key": "unknown-02"', '"key": "1"') } : f));
    expect(checkCorpus(files, TODAY).issues.map(formatIssue)).toContain('plans/beta-3.json: point 1: key: a key must contain a letter ("1" reads as a point number)');
  });

  it('refuses relations to points that do not exist and a missing corrections log', () => {
    const files = miniFiles()
      .filter((f) => !f.path.endsWith('corrections.json'))
      .map((f) => (f.path.includes('relations/') ? { ...f, text: f.text.replace('"from": [3]', '"from": [7]') } : f));
    const lines = checkCorpus(files, TODAY).issues.map(formatIssue);
    expect(lines).toContain('plans/relations/alpha-3--beta-3.json: relation 2: from: alpha-3 has no point 7');
    expect(lines).toContain('plans/corrections.json: the corrections log is missing: every change to plans/ needs a dated entry');
  });
});

describe('parseJsonText', () => {
  it('turns a character offset into line and column', () => {
    const r = parseJsonText('{\n  "a": 1,\n  "b" 2\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.column]).toEqual([3, 7]);
  });
});

describe('loadCorpus (the edge the build uses)', () => {
  it('throws with every issue in the check wording, so `next build` refuses invalid data', async () => {
    const { loadCorpus } = await import('../lib/node/load');
    expect(() => loadCorpus(`${__dirname}/fixtures/invalid/plans`)).toThrow(
      /the corpus has 2 problem\(s\):\nplans\/alpha-3\.json: point 2: status: expected one of known, reported, unknown; found "rumoured"\nplans\/alpha-3\.json: changed since version 2025\.02\.03 was archived: log the change as a new version/,
    );
  });
});

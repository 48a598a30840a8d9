import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { decodeShare, encodeShare, shareFragmentOf, SHARE_LIMITS } from '../lib/draft/share';
import { decodeTextBytes, fileByteCap } from '../lib/draft/decode';
import { analyseDraft } from '../lib/draft/analyse';
import { loadMini } from './helpers/corpus';

const b64url = (b: Buffer) => b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('share links (the /draft #d= fragment)', () => {
  it('round-trips a draft, Unicode included', async () => {
    const text = '1. Ukraine’s sovereignty will be confirmed.\n2. مرحبا 👋 \u202e reversed\n';
    const frag = await encodeShare(text);
    expect(frag).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShare(frag)).toEqual({ ok: true, text });
  });

  it('stops inflating a bomb at the cap: a 40 KB link that unpacks to 30 MB is refused after 1 MB of work', async () => {
    const frag = b64url(deflateRawSync(Buffer.alloc(30_000_000, 0x61), { level: 9 }));
    expect(frag.length).toBeLessThan(50_000);
    const t0 = Date.now();
    const r = await decodeShare(frag);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r).toMatchObject({ ok: false, code: 'share-too-large' });
    expect(!r.ok && r.message).toContain('The shared draft is larger than 1 MB');
    // Exactly at the cap it opens; one byte over, it does not.
    expect((await decodeShare(b64url(deflateRawSync(Buffer.alloc(1_000_000, 0x61))))).ok).toBe(true);
    expect((await decodeShare(b64url(deflateRawSync(Buffer.alloc(1_000_001, 0x61))))).ok).toBe(false);
  });

  it('names what is wrong with an empty, foreign, cut, over-long or junk fragment', async () => {
    const code = async (f: string) => {
      const r = await decodeShare(f);
      return r.ok ? 'ok' : r.code;
    };
    expect(await code('')).toBe('share-empty');
    expect(await code('!!!@@@***')).toBe('share-characters');
    expect(await code('AAAA')).toBe('share-cut');
    expect(await code('abc')).toBe('share-cut');
    expect(await code(b64url(deflateRawSync(Buffer.from('1. One.\n2. Two.\n'))).slice(0, 6))).toBe('share-cut');
    expect(await code('A'.repeat(SHARE_LIMITS.maxFragmentChars + 1))).toBe('share-too-long');
    expect(await code(b64url(deflateRawSync(Buffer.from('   \n'))))).toBe('share-empty');
  });

  it('finds the draft in a location hash', () => {
    expect(shareFragmentOf('#d=abc')).toBe('abc');
    expect(shareFragmentOf('#d=')).toBe('');
    expect(shareFragmentOf('#p6')).toBeUndefined();
    expect(shareFragmentOf('')).toBeUndefined();
    expect(shareFragmentOf('#x=1&d=abc&y=2')).toBe('abc');
  });
});

describe('file bytes to text', () => {
  const list = '1. One.\r\n2. Two.\r\n';
  it('decodes UTF-8 (with or without a mark) and UTF-16 with a mark; caps by encoding', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(list, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(list, 'utf16le').swap16()]);
    const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(list)]);
    for (const [b, enc] of [[le, 'utf-16le'], [be, 'utf-16be'], [u8, 'utf-8'], [Buffer.from(list), 'utf-8']] as const) {
      expect(decodeTextBytes(new Uint8Array(b))).toEqual({ ok: true, text: list, encoding: enc });
    }
    expect(fileByteCap(new Uint8Array(le.subarray(0, 4)))).toBe(2_000_002);
    expect(fileByteCap(new Uint8Array(Buffer.from(list).subarray(0, 4)))).toBe(1_000_000);
  });
});

describe('a pasted draft', () => {
  it('is analysed with progress for every version, and a pasted plan JSON never keeps a corpus id', () => {
    const corpus = loadMini();
    const steps: string[] = [];
    const r = analyseDraft(JSON.stringify(corpus.plans[0]), corpus.plans, { corpusVersion: corpus.version, corpusDate: corpus.versionDate, today: '2026-11-26' }, (p) => steps.push(`${p.stage} ${p.done}/${p.total}`));
    expect(steps).toEqual(['parse 0/2', 'compare 0/2', 'compare 1/2', 'compare 2/2']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.id).toBe(`pasted:${corpus.plans[0]!.id}`);
    for (const x of r.comparisons) {
      expect(x.c.provenance.right).toMatchObject({ origin: 'pasted', id: `pasted:${corpus.plans[0]!.id}` });
      expect(x.c.provenance.relationFile).toBeNull();
    }
  });
});

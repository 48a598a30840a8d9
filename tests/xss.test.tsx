import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { compare } from '../lib/compare/compare';
import { RowView } from '../app/compare/[a]/[b]/row-view';
import { makePlan } from './helpers/gen';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '</li><li onclick="alert(1)">',
];

describe('plan text reaches the page only as text', () => {
  it('renders a fixture plan whose texts are XSS payloads as escaped text', () => {
    const a = makePlan('xss-a', PAYLOADS.map((p) => `Point ${p} text.`));
    const b = makePlan('xss-b', PAYLOADS.map((p) => `Point ${p} changed text.`));
    b.sources[0]!.outlet = '<b onmouseover=alert(1)>Outlet</b>';
    const c = compare(a, b, { corpusVersion: 'x', corpusDate: '2025-01-01' });
    const html = c.rows.map((r) => renderToStaticMarkup(<RowView c={c} r={r} />)).join('\n');
    expect(html).not.toMatch(/<script|<img|<svg|<li onclick|<b onmouseover/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b onmouseover=alert(1)&gt;Outlet&lt;/b&gt;');
    // Every row is still there, with its payload visible as words.
    expect((html.match(/<li id=/g) ?? []).length).toBe(c.rows.length);
  });
});

describe('the inline script of the pages that compute a pair in the browser (requesting its data early)', () => {
  it('carries only version strings and plan ids, whatever reaches it', async () => {
    const { earlyFetch } = await import('../app/_lib/early-fetch');
    for (const mode of ['view', 'cited'] as const) {
      const script = earlyFetch({
        mode,
        current: '2026.11.27',
        archived: ['2026.11.26', '2026.11.26.2', ...PAYLOADS, '2026.11.27</script><script>alert(1)//'],
        ids: ['ukraine-28', ...PAYLOADS, 'x</script>'],
      });
      expect(script).toContain('var ok=["2026.11.26","2026.11.26.2"],ids=["ukraine-28"],cur="2026.11.27"');
      for (const p of PAYLOADS) expect(script).not.toContain(p);
      expect(script).not.toMatch(/<\/script|<script|alert/i);
    }
    expect(earlyFetch({ mode: 'view', current: '</script>', archived: [], ids: [] })).toContain('cur=null');
  });
});

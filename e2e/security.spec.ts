import { expect, test, type Page } from '@playwright/test';

// Run against both servers: the static site (npm run build, npm start) and `next start` (E2E_SERVER=next).
const SECURITY = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** One page of every kind the site has, each with a way to know its scripts ran. */
const PAGE_TYPES: { path: string; ready: (p: Page) => Promise<void> }[] = [
  { path: '/', ready: (p) => expect(p.locator('form[data-ready]')).toBeVisible() },
  { path: '/plans/gaza-20', ready: (p) => expect(p.locator('li.row').first()).toBeVisible() },
  { path: '/compare/ukraine-28/geneva-19', ready: (p) => expect(p.getByTestId('status-line')).toContainText('rows shown') },
  { path: '/compare/view?a=gaza-20&b=e3-counter', ready: (p) => expect(p.getByTestId('status-line')).toContainText('rows shown') },
  { path: '/cited?a=ukraine-28&b=e3-counter&v=2026.11.26.2', ready: (p) => expect(p.getByTestId('status-line')).toContainText('rows shown') },
  { path: '/draft', ready: (p) => expect(p.getByRole('button', { name: 'Parse and compare' })).toBeVisible() },
  { path: '/corrections', ready: (p) => expect(p.locator('ol.corrections > li').first()).toBeVisible() },
  { path: '/compare/ukraine-28/geneva-91', ready: (p) => expect(p.getByTestId('not-found-help')).toBeVisible() },
];

test.describe('security headers and a strict Content-Security-Policy', () => {
  test('every kind of response carries the security headers and a policy with no inline allowance for scripts', async ({ request }) => {
    for (const path of ['/', '/plans/gaza-20', '/compare/ukraine-28/geneva-19', '/compare/ukraine-28/geneva-19/comparison.json', '/compare/view', '/cited', '/no/such/page']) {
      const res = await request.get(path);
      const h = res.headers();
      for (const [k, v] of Object.entries(SECURITY)) expect(h[k], `${path} ${k}`).toBe(v);
      const csp = h['content-security-policy'] ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(script, path).toMatch(/^'self'/);
      expect(script, path).not.toContain('unsafe-inline');
      // A page's own inline scripts are allowed by their hashes, one per script.
      if (!path.endsWith('.json')) expect(script, path).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
    }
  });

  for (const { path, ready } of PAGE_TYPES) {
    test(`${path}: the page's own scripts run under the policy, an injected inline script does not`, async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(path);
      await ready(page);
      expect(violations).toEqual([]);
      const blocked = await page.evaluate(
        () =>
          new Promise<{ ran: boolean; reported: string }>((resolve) => {
            const w = window as unknown as { __injected?: boolean };
            document.addEventListener('securitypolicyviolation', (e) => resolve({ ran: !!w.__injected, reported: e.violatedDirective }), { once: true });
            const s = document.createElement('script');
            s.textContent = 'window.__injected = true;';
            document.body.append(s);
            setTimeout(() => resolve({ ran: !!w.__injected, reported: '' }), 2000);
          }),
      );
      expect(blocked).toEqual({ ran: false, reported: 'script-src-elem' });
    });
  }

  test('a malformed percent-escape gets 400 with the security headers, and the server keeps serving', async ({ request }) => {
    for (const path of ['/%E0%A4%A', '/%ZZ', '/compare/%ZZ/x', '/archive/%E0%A4%A.json', '/compare/ukraine-28/%C0%AF']) {
      const res = await request.get(path);
      expect(res.status(), path).toBeGreaterThanOrEqual(400);
      expect(res.status(), path).toBeLessThan(500);
      for (const [k, v] of Object.entries(SECURITY)) expect(res.headers()[k], `${path} ${k}`).toBe(v);
      expect(res.headers()['content-security-policy'], path).toContain("default-src 'self'");
      expect((await request.get('/')).status(), `after ${path}`).toBe(200);
    }
  });
});

import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_SERVER=static (default): the production path, the static site in out/ (`npm run build`) served by
// scripts/serve.mjs. E2E_SERVER=next: `next start` on the .next-server build (`npm run build:next`).
const mode = process.env.E2E_SERVER ?? 'static';
const commands: Record<string, string> = {
  static: `node scripts/serve.mjs ${PORT} out`,
  next: `npx next start -p ${PORT} -H 127.0.0.1`,
};
if (!commands[mode]) throw new Error(`E2E_SERVER must be one of ${Object.keys(commands).join(', ')}; found "${mode}"`);
// Debian's chromium (nothing may download a browser here); Playwright's own where /usr/bin/chromium is absent.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: commands[mode]!,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1' },
  },
});

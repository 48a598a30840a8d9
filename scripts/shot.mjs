// Screenshot a page of the running app: node scripts/shot.mjs <url> <out.png> [width]
import { chromium } from '@playwright/test';
const [url, out, width = '1280'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
await page.goto(url, { waitUntil: 'load' });
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();

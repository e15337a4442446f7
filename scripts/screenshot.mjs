#!/usr/bin/env node
/**
 * Screenshots of the demo as a visitor sees it, at desktop (1280 px) and phone (390 px) width, with the
 * system Chromium (CHROME_PATH or /usr/bin/chromium). Starts the Vite dev server itself unless --url is given.
 *
 *   node scripts/screenshot.mjs [--url http://localhost:5173/] [--out docs/screenshots] [--path /]
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshots' },
    path: { type: 'string', default: '/' },
    name: { type: 'string', default: 'demo' },
  },
});

const server = values.url ? undefined : await createServer({ server: { port: 5199, strictPort: false } });
if (server) await server.listen();
const base = values.url ?? server.resolvedUrls.local[0];
const url = new URL(values.path, base).href;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
  ],
});
try {
  await mkdir(values.out, { recursive: true });
  for (const [label, width, height, mobile] of [
    ['desktop', 1280, 900, false],
    ['phone', 390, 844, true],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({
      width,
      height,
      deviceScaleFactor: mobile ? 2 : 1,
      isMobile: mobile,
      hasTouch: mobile,
    });
    await page.emulateTimezone('Asia/Ho_Chi_Minh');
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('news-feed')].map((feed) => feed.updateComplete ?? Promise.resolve()),
      ),
    );
    const file = `${values.out}/${values.name}-${label}.png`;
    await page.screenshot({ path: file, fullPage: true });
    const firstScreen = `${values.out}/${values.name}-${label}-first-screen.png`;
    await page.screenshot({ path: firstScreen });
    console.log(`wrote ${file} and ${firstScreen}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server?.close();
}

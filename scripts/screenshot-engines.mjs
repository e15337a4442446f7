#!/usr/bin/env node
/**
 * The demo at 1280 px in Firefox ESR and WebKitGTK, as `docs/screenshots/engine-<engine>-<name>.png`, to look
 * at beside Chromium's (scripts/screenshot.mjs): the same Intl output, layout and fonts in every engine.
 * Starts the Vite dev server itself. WebKit's screenshot is of its window (1280 × 900), Firefox's of the page.
 *
 *   node scripts/screenshot-engines.mjs [--path /] [--name home] [--out docs/screenshots]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { FIREFOX_PATH, startWebKitDriver, stopEngines, WEBKIT_CAPABILITIES } from '../test/engines.mjs';

const { values } = parseArgs({
  options: {
    path: { type: 'string', default: '/' },
    name: { type: 'string', default: 'home' },
    out: { type: 'string', default: 'docs/screenshots' },
  },
});

const server = await createServer({ server: { port: 5198, strictPort: false } });
await server.listen();
const url = new URL(values.path, server.resolvedUrls.local[0]).href;
/** In the page: whether every element of ours has loaded (the dev server's first load takes a while). */
const SETTLED = `return [...document.querySelectorAll('news-feed, news-article')].every(
  (element) => element.status && element.status !== 'loading')`;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function settle(evaluate) {
  for (let tries = 0; tries < 60 && !(await evaluate(SETTLED)); tries++) await pause(500);
  await pause(800); // images and fonts
}

async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await settle((script) => page.evaluate(new Function(script)));
    return await page.screenshot({ fullPage: true });
  } finally {
    await browser.close();
  }
}

/** Classic WebDriver, by hand: a session, the window's size, the page, a screenshot. */
async function webkit() {
  const driver = `http://127.0.0.1:${await startWebKitDriver()}`;
  const call = async (method, path, body) =>
    (
      await (
        await fetch(`${driver}${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: body && JSON.stringify(body),
        })
      ).json()
    ).value;
  const { sessionId } = await call('POST', '/session', {
    capabilities: { alwaysMatch: WEBKIT_CAPABILITIES },
  });
  try {
    await call('POST', `/session/${sessionId}/window/rect`, { width: 1280, height: 900 });
    await call('POST', `/session/${sessionId}/url`, { url });
    await settle((script) => call('POST', `/session/${sessionId}/execute/sync`, { script, args: [] }));
    return Buffer.from(await call('GET', `/session/${sessionId}/screenshot`), 'base64');
  } finally {
    await call('DELETE', `/session/${sessionId}`);
  }
}

try {
  for (const [engine, shoot] of [
    ['firefox', firefox],
    ['webkit', webkit],
  ]) {
    const file = `${values.out}/engine-${engine}-${values.name}.png`;
    await writeFile(file, await shoot());
    console.log(file);
  }
} finally {
  stopEngines();
  await server.close();
}

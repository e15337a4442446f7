#!/usr/bin/env node
/**
 * Screenshots of the demo as a visitor sees it, at desktop (1280 px) and phone (390 px) width, with the
 * system Chromium (CHROME_PATH or /usr/bin/chromium). Starts the Vite dev server itself unless --url is given.
 *
 *   node scripts/screenshot.mjs [--url http://localhost:5173/] [--out docs/screenshots] [--path /]
 *     [--lang en] [--media print]
 *                               [--name demo] [--wait ms] [--type 'selector=text' …] [--clip 'name=selector' …]
 *
 * Without --clip: `<name>-<desktop|phone>.png` (the full page) and `<name>-<width>-first-screen.png`.
 * With --clip (repeatable): one PNG per clip and width, `<clip name>-<desktop|phone>.png`, cut to the first
 * element the selector finds; `--clip 'name@phone=selector'` (or `@desktop`) sets the selector for one width
 * only. Selectors may pierce shadow roots with `>>>` (puppeteer's deep combinator).
 * --type (repeatable) types text into an element first, e.g. `--type '#search news-feed >>> input=phuong'`
 * (split at the last `=`); --wait waits that many ms after loading and typing (debounces, animations).
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { launchChromium } from './launch-chromium.mjs';
import { createServer } from 'vite';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshots' },
    path: { type: 'string', default: '/' },
    name: { type: 'string', default: 'demo' },
    wait: { type: 'string', default: '0' },
    type: { type: 'string', multiple: true, default: [] },
    clip: { type: 'string', multiple: true, default: [] },
    lang: { type: 'string' },
    media: { type: 'string' },
  },
});

/** `a=b` split at the first (or last) `=`. */
function pair(text, option, last = false) {
  const at = last ? text.lastIndexOf('=') : text.indexOf('=');
  if (at <= 0) throw new Error(`--${option} wants 'left=right', got '${text}'`);
  return [text.slice(0, at).trim(), text.slice(at + 1)];
}
/** Clip name → selector for every width, or for one: `{ name, widths: { desktop?, phone?, all? } }`. */
const clips = new Map();
for (const [key, selector] of values.clip.map((clip) => pair(clip, 'clip'))) {
  const [name, width = 'all'] = key.split('@');
  if (!clips.has(name)) clips.set(name, {});
  clips.get(name)[width] = selector;
}
const typing = values.type.map((entry) => pair(entry, 'type', true));
const waitMs = Math.max(0, Number(values.wait) || 0);

const server = values.url ? undefined : await createServer({ server: { port: 5199, strictPort: false } });
if (server) await server.listen();
const base = values.url ?? server.resolvedUrls.local[0];
const url = new URL(values.path, base).href;

const browser = await launchChromium();

/** Scrolls through the page so that lazy images load, then waits for every image, in shadow roots too. */
async function loadLazyImages(page) {
  await page.evaluate(async () => {
    const step = Math.max(200, innerHeight - 100);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
    scrollTo(0, 0);
  });
  await page
    .waitForFunction(
      () => {
        const pending = [];
        const collect = (root) => {
          root.querySelectorAll('img').forEach((img) => img.complete || pending.push(img));
          root.querySelectorAll('*').forEach((element) => element.shadowRoot && collect(element.shadowRoot));
        };
        collect(document);
        return pending.length === 0;
      },
      { timeout: 5000 },
    )
    .catch(() => console.warn('some images had not loaded after 5 s'));
}

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
    // --media print shows what a printer gets (the article prints alone, with its source URL).
    if (values.media) await page.emulateMediaType(values.media);
    await page.goto(url, { waitUntil: 'networkidle0' });
    // --lang en shows the page's elements in another language, as a page with <html lang="en"> would.
    if (values.lang) {
      await page.evaluate((lang) => {
        document.documentElement.lang = lang;
        document.querySelectorAll('[lang]').forEach((node) => node.setAttribute('lang', lang));
      }, values.lang);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('news-feed')].map((feed) => feed.updateComplete ?? Promise.resolve()),
      ),
    );
    for (const [selector, text] of typing) {
      const field = await page.waitForSelector(selector, { timeout: 5000 });
      await field.type(text);
    }
    // Typing leaves the caret and the focus ring in the field: a screenshot shows the page at rest.
    if (typing.length) {
      await page.evaluate(() => {
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        if (focused instanceof HTMLElement) focused.blur();
      });
    }
    if (clips.size) await loadLazyImages(page);
    if (waitMs) await new Promise((resolve) => setTimeout(resolve, waitMs));
    // The mouse stays out of the way: a hover would pause a ticker or highlight a title.
    await page.mouse.move(0, 0);
    if (clips.size) {
      for (const [name, selectors] of clips) {
        const selector = selectors[label] ?? selectors.all;
        if (!selector) continue;
        const element = await page.$(selector);
        if (!element) throw new Error(`--clip ${name}: nothing matches ${selector} on ${url}`);
        const file = `${values.out}/${name}-${label}.png`;
        await element.screenshot({ path: file });
        console.log(`wrote ${file}`);
      }
    } else {
      const file = `${values.out}/${values.name}-${label}.png`;
      await page.screenshot({ path: file, fullPage: true });
      const firstScreen = `${values.out}/${values.name}-${label}-first-screen.png`;
      await page.screenshot({ path: firstScreen });
      console.log(`wrote ${file} and ${firstScreen}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server?.close();
}

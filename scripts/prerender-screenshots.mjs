/**
 * Screenshots of pre-rendered pages (src/prerender/, the pages of test/prerender/prerender-server.mjs):
 * the feed and an article, scripts off and on, 1280 and 390 px wide, vi and en, into docs/screenshots/.
 * Needs `npm run build` first. `--debug` prints what differs between the served and the taken-over DOM.
 * Usage: node scripts/prerender-screenshots.mjs [--port 8860]
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { prerenderedPage } from '../test/prerender/prerender-server.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8860' }, debug: { type: 'boolean' } },
});
const root = new URL('..', import.meta.url).pathname;
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url, `http://${request.headers.host}`);
  try {
    const html = await prerenderedPage(url.pathname, Object.fromEntries(url.searchParams), url.origin);
    if (html !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(html);
    }
    const path = normalize(url.pathname).replace(/^(\.\.[/\\])+/, '');
    if (!path.startsWith('/dist/') && !path.startsWith('/test/fixtures/')) throw new Error('not served');
    const body = await readFile(join(root, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch (error) {
    if (values.debug) console.log(`  ${url.pathname}: ${error.message}`);
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${values.port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--font-render-hinting=none'],
});
try {
  for (const kind of ['feed', 'article']) {
    for (const lang of ['vi', 'en']) {
      for (const width of [1280, 390]) {
        for (const scripts of [false, true]) {
          const page = await browser.newPage();
          await page.setViewport({ width, height: 900 });
          await page.setJavaScriptEnabled(scripts);
          page.on('console', (message) => values.debug && console.log(`  console: ${message.text()}`));
          page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
          const attrs =
            kind === 'feed' ? `&attrs=${encodeURIComponent('{"paging":"more","page-size":"3"}')}` : '';
          await page.goto(`${origin}/__prerender/${kind}?lang=${lang}${attrs}${scripts ? '&script=1' : ''}`, {
            waitUntil: 'networkidle0',
          });
          if (scripts) {
            await page.waitForFunction(
              () => {
                const host = document.querySelector('news-feed, news-article');
                return customElements.get(host.localName) && !host.shadowRoot.querySelector('[data-served]');
              },
              { timeout: 10000 },
            );
            const report = await page.evaluate(() => ({
              shifts: window.layoutShifts,
              sources: window.shiftSources,
              at: performance.now(),
              fewestTitles: window.fewestTitles,
              served: window.servedPlaces,
              now: window.placesOf(),
            }));
            if (values.debug || report.shifts.length) console.log(kind, lang, width, JSON.stringify(report));
          }
          const file = `docs/screenshots/prerendered-${kind}-${lang}-${width}-${scripts ? 'script' : 'no-script'}.png`;
          await page.screenshot({ path: join(root, file), fullPage: true });
          console.log(file);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

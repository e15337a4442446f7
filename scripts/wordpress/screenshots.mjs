#!/usr/bin/env node
/**
 * Screenshots of the built elements reading the real WordPress test site (start.sh and seed.sh first, and
 * `npm run build`): the list, a category tab, a search result and an article, at 1280 and 390 px, in
 * docs/screenshots/wordpress-<view>-<desktop|phone>.png. The host page is served from 127.0.0.1:8791, another
 * origin than the site's. Usage: node scripts/wordpress/screenshots.mjs [--lang en]
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../launch-chromium.mjs';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'vi' } } });
const root = new URL('../../', import.meta.url).pathname;
const state = process.env.NEWS_WP_STATE || '/var/tmp/news-elements-wordpress';
const site = JSON.parse(await readFile(`${state}/seed.json`, 'utf8'));
const posts = `${site.url}/wp-json/wp/v2/posts?_embed`;
const suffix = values.lang === 'vi' ? '' : `-${values.lang}`;

const page = (body) => `<!doctype html>
<html lang="${values.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Phường Hòa Bình</title>
<script type="module" src="/dist/news-elements.js"></script>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; background: #f4f1ea; color: #1d1d1f; }
  header { background: #b71c1c; color: #fff; padding: 18px 24px; font-weight: 700; letter-spacing: .02em; }
  header small { display: block; font-weight: 400; opacity: .85; }
  main { max-width: 960px; margin: 0 auto; padding: 24px 16px; }
  h2 { border-bottom: 3px solid #b71c1c; padding-bottom: 6px; text-transform: uppercase; font-size: 1.1rem; }
  .box { background: #fff; padding: 16px; border-radius: 8px; }
</style></head>
<body><header>CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HÒA BÌNH<small>Quận Hải Châu – Thành phố Đà Nẵng</small></header>
<main>${body}</main></body></html>`;

const feed = (attributes = '') =>
  page(`<h2>Tin tức – Sự kiện</h2><div class="box"><news-feed src="${posts}" time-zone="Asia/Ho_Chi_Minh"
  date-format="dd/MM/yyyy | HH:mm" paging="pages" category-tabs search ${attributes}></news-feed></div>`);
const pages = {
  '/list.html': feed(),
  '/article.html': page(`<div class="box"><news-article src="${site.url}/wp-json/wp/v2/posts/{id}?_embed"
    article-id="${site.withInlineImage}" time-zone="Asia/Ho_Chi_Minh"></news-article></div>`),
};

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (pages[path])
    return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
  try {
    const file = normalize(join(root, path));
    if (!file.startsWith(`${root}dist/`)) throw new Error('outside dist');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(8791, '127.0.0.1', resolve));

const browser = await launchChromium();
const settle = (tab) =>
  tab.waitForFunction(
    () => [...document.querySelectorAll('news-feed, news-article')].every((el) => el.status !== 'loading'),
    { timeout: 30000 },
  );
const views = [
  ['list', '/list.html', async () => {}],
  [
    'category',
    '/list.html',
    async (tab) => {
      await tab.evaluate(() => {
        const feed = document.querySelector('news-feed');
        const tab = [...feed.shadowRoot.querySelectorAll('[role="tab"]')].find((t) =>
          /Thông báo/.test(t.textContent),
        );
        tab.click();
      });
      await new Promise((resolve) => setTimeout(resolve, 2500));
    },
  ],
  [
    'search',
    '/list.html',
    async (tab) => {
      await tab.type('news-feed >>> input[type="search"]', 'Rạch Đỉa');
      await new Promise((resolve) => setTimeout(resolve, 2500));
    },
  ],
  ['article', '/article.html', async () => {}],
];
try {
  for (const [width, device] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ]) {
    for (const [name, path, act] of views) {
      const tab = await browser.newPage();
      await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await tab.emulateTimezone('Asia/Ho_Chi_Minh');
      await tab.goto(`http://127.0.0.1:8791${path}`, { waitUntil: 'networkidle0' });
      await settle(tab);
      await act(tab);
      await settle(tab);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const out = `${root}docs/screenshots/wordpress-${name}${suffix}-${device}.png`;
      await tab.screenshot({ path: out, fullPage: true });
      console.log(out);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

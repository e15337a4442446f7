/**
 * A loopback-only HTTP server for the bench: the built bundles from dist/, the baseline script, generated
 * JSON, a tiny SVG and the test pages. Responses are gzip-compressed as any real host would serve them, so
 * the throttled mobile profile sees the bytes a visitor downloads.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateFeed, THUMBNAIL_SVG } from './data.mjs';
import { renderPage, wardPage } from './pages.mjs';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * The widget's stylesheet, exactly as the element adopts it: `feedStyles.cssText`, evaluated from its source
 * with the shared pieces it interpolates. Reading the file's text instead broke silently once the sheet was
 * composed of several `css` literals (the baseline got a few custom properties and no rules at all).
 */
export async function feedCss(root) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src/news-feed/news-feed.styles.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const source = result.outputFiles[0].text;
  const { feedStyles } = await import(
    `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  );
  const text = feedStyles?.cssText;
  if (!text || !text.includes('.item')) throw new Error('bench: cannot read the CSS of news-feed.styles.ts');
  return text;
}

/** Starts the server on 127.0.0.1 and an ephemeral port; resolves to { origin, close }. */
/**
 * A source of the size issue #6 names: 5,000 items, about 10 MB of JSON, each item carrying a body. The
 * widget must show its first page without a main-thread task over 50 ms once the JSON is parsed.
 */
function largeFeed() {
  const feed = generateFeed(5000, 11);
  const body = `<p>${'Nội dung bài viết của phường, đủ dài như một bài thật trên cổng thông tin. '.repeat(16)}</p>`;
  feed.items.forEach((item) => (item.contentHtml = body));
  return feed;
}

/** The page for `bench/large-source.mjs`: long tasks, and when the JSON's response ended, recorded on window. */
const LARGE_PAGE = `<!doctype html><html lang="vi"><meta charset="utf-8"><body>
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((entry) =>
    window.longTasks.push({ start: entry.startTime, duration: entry.duration }))).observe({ type: 'longtask' });
</script>
<script type="module">
  import '/dist/news-elements.js';
  const feed = document.createElement('news-feed');
  feed.setAttribute('src', '/data/large.json');
  feed.setAttribute('page-size', '10');
  feed.setAttribute('cache', '0');
  feed.addEventListener('news-load', () => requestAnimationFrame(() => setTimeout(() => {
    const response = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/data/large.json'));
    window.result = { responseEnd: response.responseEnd, bytes: response.decodedBodySize, shownAt: performance.now(),
      rendered: feed.shadowRoot.querySelectorAll('[part~="item"]').length };
  }, 200)));
  document.body.append(feed);
</script>`;

export async function startServer({ root, wardItems = 20 }) {
  const dist = resolve(root, 'dist');
  const baselineJs = `const FEED_CSS = ${JSON.stringify(await feedCss(root))};\n${readFileSync(
    new URL('./baseline.js', import.meta.url),
    'utf8',
  )}`;
  const cache = new Map();

  function body(path, query) {
    if (path.startsWith('/dist/')) {
      const file = resolve(dist, `.${path.slice('/dist'.length)}`);
      if (!file.startsWith(dist) || !existsSync(file)) return undefined;
      return { bytes: readFileSync(file), type: TYPES[extname(file)], cacheable: true };
    }
    if (path === '/bench/baseline.js') return { bytes: baselineJs, type: TYPES['.js'], cacheable: true };
    const items = /^\/data\/items-(\d+)\.json$/.exec(path);
    if (items) return { bytes: JSON.stringify(generateFeed(Number(items[1]))), type: TYPES['.json'] };
    if (path === '/data/large.json') return { bytes: JSON.stringify(largeFeed()), type: TYPES['.json'] };
    if (path === '/large.html') return { bytes: LARGE_PAGE, type: TYPES['.html'] };
    if (path === '/data/ward.json')
      return { bytes: JSON.stringify(generateFeed(wardItems, 7)), type: TYPES['.json'] };
    if (/^\/data\/img\/[\w-]+\.svg$/.test(path))
      return { bytes: THUMBNAIL_SVG, type: TYPES['.svg'], cacheable: true };
    if (path === '/render.html') return { bytes: renderPage(query.get('impl')), type: TYPES['.html'] };
    if (path === '/ward.html') {
      return {
        bytes: wardPage({ impl: query.get('impl'), preload: query.get('preload') === '1', items: wardItems }),
        type: TYPES['.html'],
      };
    }
    return undefined;
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const key = url.pathname + url.search;
    let entry = cache.get(key);
    if (!entry) {
      const found = body(url.pathname, url.searchParams);
      if (!found) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const bytes = Buffer.from(found.bytes);
      entry = { ...found, bytes, gzipped: gzipSync(bytes, { level: 6 }) };
      cache.set(key, entry);
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const payload = gzip ? entry.gzipped : entry.bytes;
    response.writeHead(200, {
      'content-type': entry.type,
      'content-length': payload.length,
      // Scripts and images behave like a real CDN on a repeat visit; data and pages are always asked again.
      'cache-control': entry.cacheable ? 'public, max-age=3600' : 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : payload);
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

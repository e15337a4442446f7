import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CUSTOM_ITEM_FIELDS } from '../archive-sources.mjs';

/**
 * The one-file builds as an upload-only CMS serves them: each alone in a folder of its own, `/alone/module/`
 * and `/alone/classic/`, where nothing else exists (any other file there is a 404, as in a media library that
 * took one file). Every request under `/alone/` is recorded, so a test can prove that the file asked for
 * nothing from beside itself (`/alone/requests/<kind>` answers the list as JSON).
 *
 * `/standalone/<kind>.html` is a ward page that uses every feature through that one file: paging, search,
 * tabs, a ticker, pattern dates, the RSS, WordPress, JSON Feed and custom readers, several sources merged, a
 * failure notice after retries, an unknown format, and an article with related news. The classic page takes
 * the HTML Sanitizer API away first, so its article is cleaned by the DOMPurify inside the file.
 */
const dist = resolve(import.meta.dirname, '../../dist');
export const STANDALONE_FILES = {
  module: 'news-elements.standalone.js',
  classic: 'news-elements.standalone.iife.js',
};

const CUSTOM_FIELDS = JSON.stringify(CUSTOM_ITEM_FIELDS);

const page = (kind) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Một tệp: ${kind}</title>
    <script src="/standalone/record-errors.js"></script>
    ${kind === 'classic' ? '<script src="/standalone/without-sanitizer-api.js"></script>' : ''}
    ${
      kind === 'module'
        ? `<script type="module" src="/alone/module/${STANDALONE_FILES.module}"></script>`
        : `<script src="/alone/classic/${STANDALONE_FILES.classic}" defer></script>`
    }
    <link rel="stylesheet" href="/standalone/page.css" />
  </head>
  <body>
    <header><h1>Phường Bến Nghé — ${kind === 'module' ? 'tệp module' : 'tệp script thường'} một mình</h1></header>
    <news-feed id="ticker" layout="ticker" src="/test/fixtures/sources/rss2.xml" cache="0"></news-feed>
    <main>
      <section>
        <h2>Tin tức - Sự kiện (trang, tìm kiếm, chuyên mục)</h2>
        <news-feed id="native" src="/test/fixtures/native-basic.json" paging="pages" page-size="2" search
          category-tabs date-format="dd/MM/yyyy | HH:mm" time-zone="Asia/Ho_Chi_Minh" cache="0"></news-feed>
      </section>
      <section>
        <h2>Thông báo (JSON Feed, Xem thêm)</h2>
        <news-feed id="jsonfeed" src="/test/fixtures/jsonfeed-page-1.json" paging="more" page-size="2"
          time-zone="Asia/Ho_Chi_Minh" cache="0"></news-feed>
      </section>
      <section>
        <h2>WordPress (trang)</h2>
        <news-feed id="wordpress" src="/__fault/wp/7/standalone-${kind}-wp" format="wordpress" paging="pages"
          page-size="3" layout="compact" time-zone="Asia/Ho_Chi_Minh" cache="0"></news-feed>
      </section>
      <section>
        <h2>CMS riêng (fields) và ngày kiểu riêng (source-date-format)</h2>
        <news-feed id="custom" format="custom" src="/test/fixtures/sources/custom.json"
          fields='${CUSTOM_FIELDS}' time-zone="Asia/Ho_Chi_Minh" hide="image" cache="0"></news-feed>
        <news-feed id="dotted" src="/test/fixtures/dates-dotted.json" source-date-format="dd.MM.yyyy HH'g'mm"
          date-format="dd/MM/yyyy HH:mm" time-zone="Asia/Ho_Chi_Minh" cache="0"></news-feed>
      </section>
      <section>
        <h2>Đọc nhiều (hai nguồn gộp)</h2>
        <news-feed id="merged" layout="compact" sort="most-viewed" views-format="compact"
          src="/test/fixtures/native-basic.json /test/fixtures/jsonfeed-basic.json" cache="0"></news-feed>
      </section>
      <section>
        <h2>Nguồn lỗi và nguồn không đúng dạng</h2>
        <news-feed id="failing" src="/__fault/status/500/standalone-${kind}-500" cache="0"></news-feed>
        <news-feed id="unknown" src="/test/fixtures/wrong-shape.json" cache="0"></news-feed>
      </section>
      <section>
        <h2>Bài viết</h2>
        <news-article id="article" src="/test/fixtures/article-basic.json" article-id="bv-122"
          related="/test/fixtures/article-feed.json" time-zone="Asia/Ho_Chi_Minh" cache="0"></news-article>
      </section>
    </main>
  </body>
</html>`;

/** Runs before anything else on the page: every uncaught error, for the test to read. */
const RECORD_ERRORS = `window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.error || event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));`;

/** As on a browser without the HTML Sanitizer API (Firefox, Safari today): DOMPurify must do the work. */
const WITHOUT_SANITIZER_API = 'delete Document.parseHTML;';

const CSS = `body { margin: 0; font-family: system-ui, sans-serif; background: #f4f1ea; color: #222; }
header { background: #a3161a; color: #fff; padding: 12px 24px; }
header h1 { margin: 0; font-size: 1.25rem; }
main { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 24px; padding: 24px; }
section { background: #fff; padding: 16px; border-radius: 6px; }
section:last-child { grid-column: 1 / -1; }
h2 { font-size: 1rem; margin: 0 0 12px; color: #a3161a; text-transform: uppercase; }
news-feed + news-feed { margin-top: 16px; }`;

const ASSETS = {
  '/standalone/record-errors.js': ['application/javascript', RECORD_ERRORS],
  '/standalone/without-sanitizer-api.js': ['application/javascript', WITHOUT_SANITIZER_API],
  '/standalone/page.css': ['text/css', CSS],
  '/standalone/module.html': ['text/html', page('module')],
  '/standalone/classic.html': ['text/html', page('classic')],
};

export function standaloneServer() {
  const requests = { module: [], classic: [] };
  return async function standalone(context, next) {
    const asset = ASSETS[context.path];
    if (asset) {
      context.set('Cache-Control', 'no-store');
      [context.type, context.body] = asset;
      return;
    }
    if (!context.path.startsWith('/alone/')) return next();
    context.set('Cache-Control', 'no-store');
    const [, , kind, name, ...rest] = context.path.split('/');
    if (kind === 'requests' && requests[name]) {
      context.type = 'application/json';
      context.body = JSON.stringify(requests[name]);
      return;
    }
    requests[kind]?.push(context.path);
    if (STANDALONE_FILES[kind] !== name || rest.length) {
      context.status = 404;
      return;
    }
    context.type = 'application/javascript';
    context.body = await readFile(resolve(dist, name));
  };
}

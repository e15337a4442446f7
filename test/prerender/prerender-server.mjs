import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = fileURLToPath(new URL('render.mjs', import.meta.url));

/**
 * Host pages around a pre-rendered element, under `/__prerender/`, for the tests of test/prerender.test.ts
 * and scripts/prerender-screenshots.mjs: `feed` (the fixture list of test/fixtures/prerender/, published
 * `?age=` seconds ago, default 0) or `article` (one item of it, whose body is hostile); `?lang=vi|en`;
 * `?attrs=` the element's other attributes as JSON; `?script=1` loads the bundle after the first frame, as a
 * script that arrives late does (without it the page has no script at all). The page records layout shifts
 * (`layoutShifts`), the fewest titles on show at any frame or DOM change (`fewestTitles`), and requests.
 */
export function prerenderServer() {
  return async function prerender(context, next) {
    const html = await prerenderedPage(context.path, context.query, context.origin);
    if (html === undefined) return next();
    context.set('Cache-Control', 'no-store');
    context.type = 'text/html';
    context.body = html;
  };
}

/** The page at `path` (with its `query`, as an object) on a server at `origin`; undefined for other paths. */
export async function prerenderedPage(path, query, origin) {
  if (!path.startsWith('/__prerender/')) return undefined;
  const kind = path.slice('/__prerender/'.length);
  if (kind !== 'feed' && kind !== 'article') return undefined;
  const lang = query.lang === 'en' ? 'en' : 'vi';
  const params = {
    kind,
    lang,
    origin,
    savedAt: Date.now() - Number(query.age ?? 0) * 1000,
    attributes: query.attrs ? JSON.parse(query.attrs) : {},
  };
  const { stdout } = await run(process.execPath, [script, JSON.stringify(params)], { maxBuffer: 8 << 20 });
  // `bundle`: another path of this server to load the bundle from (the fault server's parts route).
  const bundle = /^\/[\w/.-]+\.js$/.test(query.bundle ?? '') ? query.bundle : '/dist/news-elements.js';
  return page(stdout, lang, kind, query.script === '1' && bundle);
}

const WATCH = `
  window.layoutShifts = [];
  // What moved, for a failure to tell: each shifted node's part or class, and its box before and after.
  window.shiftSources = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.layoutShifts.push(entry.value);
      for (const { node, previousRect: a, currentRect: b } of entry.sources) {
        const name = node?.getAttribute?.('part') || node?.className || node?.nodeName;
        window.shiftSources.push(\`\${Math.round(entry.startTime)}ms \${name}: \${[a.x, a.y, a.width, a.height]} → \${[b.x, b.y, b.width, b.height]}\`);
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
  window.takenOverAt = undefined;
  // Titles on show, counted at every frame and after every change to the element's shadow tree (a
  // MutationObserver's callback runs at the end of the task that changed it, before anything is painted),
  // from the moment the page is parsed (while it is parsed, the list is only partly there).
  window.fewestTitles = Infinity;
  window.checks = 0;
  const count = () => {
    const root = document.querySelector('news-feed, news-article')?.shadowRoot;
    if (!root) return;
    const shown = [...root.querySelectorAll('[part~="title"]')].filter(
      (title) => title.getClientRects().length && title.getBoundingClientRect().height > 0,
    );
    window.fewestTitles = Math.min(window.fewestTitles, shown.length);
    window.checks++;
  };
  const frame = () => { count(); requestAnimationFrame(frame); };
  // Where the served titles and the footer stand: the element's own must stand there too.
  window.placesOf = () => ({
    titles: [...(document.querySelector('news-feed, news-article')?.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])]
      .filter((title) => title.getClientRects().length)
      .map((title) => { const box = title.getBoundingClientRect(); return [box.x, box.y, box.width, box.height]; }),
    footer: document.querySelector('footer').getBoundingClientRect().y,
  });
  document.addEventListener('DOMContentLoaded', () => {
    window.servedPlaces = window.placesOf();
    requestAnimationFrame(frame);
    const root = document.querySelector('news-feed, news-article')?.shadowRoot;
    if (root) new MutationObserver(count).observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
`;

/** `bundle`: the path of the bundle the page imports, or false for a page without scripts. */
function page(markup, lang, kind, bundle) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${lang === 'vi' ? 'Tin tức - Sự kiện' : 'News and events'}</title>
    <style>
      body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
      .masthead { height: 64px; background: #b71c1c; color: #fff; padding: 0 16px; display: flex; align-items: center; font-weight: 700; }
      main { padding: 16px; max-width: ${kind === 'feed' ? 800 : 760}px; margin: 0 auto; }
      h1 { margin: 0 0 16px; font-size: 20px; }
      footer { height: 120px; background: #5a0f0f; color: #fff; padding: 16px; }
    </style>
    <script>${WATCH}</script>
  </head>
  <body>
    <div class="masthead">${lang === 'vi' ? 'Ủy ban nhân dân phường Bến Nghé' : 'Ben Nghe Ward People’s Committee'}</div>
    <main>
      ${kind === 'feed' ? `<h1>${lang === 'vi' ? 'TIN TỨC - SỰ KIỆN' : 'NEWS AND EVENTS'}</h1>` : ''}
      ${markup}
    </main>
    <footer>${lang === 'vi' ? 'Ủy ban nhân dân phường' : 'Ward People’s Committee'}</footer>
    ${bundle ? `<script>requestAnimationFrame(() => setTimeout(() => import('${bundle}')));</script>` : ''}
  </body>
</html>`;
}

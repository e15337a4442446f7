/**
 * The hand-written baselines, run in the browser: what a careful developer would write by hand for the same
 * list. Both do the widget's work (fetch, parse, sort newest first, format vi dates as the seed's
 * `dd/MM/yyyy | HH:mm` and views, render the same markup into a shadow root with the same CSS) with Intl
 * formatters created once:
 *
 * - `renderBaselineString`, the fastest: one HTML string, every value escaped, parsed once into the shadow
 *   root (one parser pass, no per-row DOM calls);
 * - `renderBaseline`, template cloning: rows cloned with `document.importNode(template.content, true)` and
 *   filled through the DOM, one delegated listener.
 *
 * The server prepends `const FEED_CSS = "…"`, the widget's own stylesheet text.
 */
/* global FEED_CSS */

const ROW = document.createElement('template');
ROW.innerHTML =
  '<li part="item" class="item"><article>' +
  '<a class="thumb" tabindex="-1" aria-hidden="true"><img part="image" alt="" loading="lazy" decoding="async" width="320" height="200"></a>' +
  '<div class="head"><h3 part="title" class="title"><a></a></h3> ' +
  '<p part="meta" class="meta"><span part="category" class="category"></span><time part="date"></time>' +
  '<span part="views" class="views"></span></p></div>' +
  '<p part="summary" class="summary"></p></article></li>';

let formatters;
/** Created on first use, not at load, so the baseline pays the same cold Intl cost as the widget. */
function formattersFor(timeZone) {
  formatters ??= {
    day: new Intl.DateTimeFormat('vi', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }),
    time: new Intl.DateTimeFormat('vi', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
    /** `21/08/2020 | 17:24`: the seed's pattern, the widget's `date-format` on the bench pages. */
    date(ms) {
      return `${this.day.format(ms)} | ${this.time.format(ms)}`;
    },
    views: new Intl.NumberFormat('vi'),
  };
  return formatters;
}

/**
 * Renders `url`'s items into `host`; resolves once they are in the DOM (timings for the bench).
 * @param {HTMLElement} host
 * @param {string} url
 * @param {{ count: number, timeZone?: string }} options
 */
export async function renderBaseline(host, url, { count, timeZone = 'Asia/Ho_Chi_Minh' }) {
  const { root, source, feed, items, dataReady } = await load(host, url, count);
  const formatters = formattersFor(timeZone);
  const { views } = formatters;
  const list = document.createElement('ul');
  list.className = 'list';
  list.setAttribute('part', 'list');
  list.setAttribute('aria-label', feed.title ?? 'Tin tức');
  list.addEventListener('click', () => {});
  for (const item of items) {
    const row = document.importNode(ROW.content, true);
    const href = new URL(item.url, source).href;
    const article = row.querySelector('article');
    const thumb = row.querySelector('.thumb');
    if (item.image) {
      thumb.href = href;
      thumb.firstChild.src = new URL(item.image.src ?? item.image, source).href;
    } else {
      thumb.remove();
      article.className = 'no-image';
    }
    const link = row.querySelector('.title a');
    link.href = href;
    link.textContent = item.title;
    row.querySelector('.category').textContent = item.category;
    const date = row.querySelector('time');
    date.dateTime = item.publishedAt;
    date.textContent = formatters.date(item.time);
    row.querySelector('.views').textContent = `${views.format(item.views)} lượt xem`;
    const summary = row.querySelector('.summary');
    if (item.summary) summary.textContent = item.summary;
    else summary.remove();
    list.append(row);
  }
  const status = document.createElement('div');
  status.className = 'status';
  status.setAttribute('part', 'status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  root.replaceChildren(status, list);
  return { dataReady, rendered: items.length };
}

/** The shadow root with the widget's CSS, and the source's items sorted newest first. */
async function load(host, url, count) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(FEED_CSS);
  root.adoptedStyleSheets = [sheet];

  const source = new URL(url, document.baseURI);
  const response = await fetch(source);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${source}`);
  const feed = await response.json();
  const items = feed.items
    .map((item) => ({ ...item, time: Date.parse(item.publishedAt) }))
    .sort((a, b) => b.time - a.time)
    .slice(0, count);
  return { root, source, feed, items, dataReady: performance.now() };
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text and attribute values as HTML: remote text is never markup. */
const escape = (value) => String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]);

/**
 * Renders `url`'s items into `host` as one HTML string parsed once; resolves once they are in the DOM.
 * @param {HTMLElement} host
 * @param {string} url
 * @param {{ count: number, timeZone?: string }} options
 */
export async function renderBaselineString(host, url, { count, timeZone = 'Asia/Ho_Chi_Minh' }) {
  const { root, source, feed, items, dataReady } = await load(host, url, count);
  const formatters = formattersFor(timeZone);
  let html =
    '<div class="status" part="status" role="status" aria-live="polite"></div>' +
    `<ul class="list" part="list" aria-label="${escape(feed.title ?? 'Tin tức')}">`;
  for (const item of items) {
    const href = escape(new URL(item.url, source).href);
    const image = item.image
      ? `<a class="thumb" href="${href}" tabindex="-1" aria-hidden="true"><img part="image" src="${escape(
          new URL(item.image.src ?? item.image, source).href,
        )}" alt="" loading="lazy" decoding="async" width="320" height="200"></a>`
      : '';
    html +=
      `<li part="item" class="item"><article${item.image ? '' : ' class="no-image"'}>${image}` +
      `<div class="head"><h3 part="title" class="title"><a href="${href}">${escape(item.title)}</a></h3> ` +
      `<p part="meta" class="meta"><span part="category" class="category">${escape(item.category)}</span>` +
      `<time part="date" datetime="${escape(item.publishedAt)}">${formatters.date(item.time)}</time>` +
      `<span part="views" class="views">${formatters.views.format(item.views)} lượt xem</span></p></div>` +
      (item.summary ? `<p part="summary" class="summary">${escape(item.summary)}</p>` : '') +
      '</article></li>';
  }
  root.innerHTML = `${html}</ul>`;
  root.querySelector('.list').addEventListener('click', () => {});
  return { dataReady, rendered: items.length };
}

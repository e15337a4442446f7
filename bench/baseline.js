/**
 * The plain-DOM baseline, run in the browser: what a careful developer would write by hand for the same
 * list. It does the widget's work (fetch, parse, sort newest first, format vi dates and views, render the
 * same markup into a shadow root with the same CSS) with the fast techniques: rows cloned with
 * `document.importNode(template.content, true)`, Intl formatters created once, one delegated listener.
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
  const dataReady = performance.now();

  const { day, time, views } = formattersFor(timeZone);
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
    date.textContent = `${day.format(item.time)} ${time.format(item.time)}`;
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

/**
 * HTML of the bench pages. Every implementation gets the same page around it, the same CSS and data:
 * `widget` (`<news-feed>`), `string` (the fastest hand-written form: one escaped HTML string parsed once) and
 * `baseline` (hand-written template cloning); see baseline.js.
 */

/** The seed's date pattern, as Vietnamese portals print dates: `21/08/2020 | 17:24`. */
export const SEED_PATTERN = 'dd/MM/yyyy | HH:mm';
const FEED_ATTRIBUTES = `lang="vi" time-zone="Asia/Ho_Chi_Minh" date-format="${SEED_PATTERN}"`;
/** The baselines' render function for an implementation. */
const RENDERER = { baseline: 'renderBaseline', string: 'renderBaselineString' };

/**
 * After-paint timestamp: a rAF callback runs before the frame's style, layout and paint, so a message
 * posted from it is handled after that frame has been painted.
 */
const AFTER_PAINT = `
  window.afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );`;

/**
 * The render bench page. `runOnce(n)` renders n items from /data/items-n.json into <main> and resolves
 * with phase timings measured from the moment the element (or the baseline host) is inserted.
 */
export function renderPage(impl) {
  const widget = impl === 'widget';
  const harness = widget
    ? `
  window.runOnce = async (n) => {
    await customElements.whenDefined('news-feed');
    const feed = document.createElement('news-feed');
    feed.setAttribute('src', '/data/items-' + n + '.json');
    feed.setAttribute('page-size', String(n));
    for (const [name, value] of [['lang', 'vi'], ['time-zone', 'Asia/Ho_Chi_Minh'], ['date-format', '${SEED_PATTERN}']]) feed.setAttribute(name, value);
    let dataReady = 0;
    const loaded = new Promise((resolve, reject) => {
      feed.addEventListener('news-load', () => { dataReady = performance.now(); resolve(); }, { once: true });
      feed.addEventListener('news-error', (event) => reject(new Error(event.detail.error.message)), { once: true });
    });
    const start = performance.now();
    document.querySelector('main').append(feed);
    await loaded;
    await feed.updateComplete;
    const inDom = performance.now();
    const painted = await afterNextPaint();
    return { total: painted - start, data: dataReady - start, render: inDom - dataReady, paint: painted - inDom,
      rendered: feed.shadowRoot.querySelectorAll('li.item').length };
  };`
    : `
  import { ${RENDERER[impl]} as render } from '/bench/baseline.js';
  window.runOnce = async (n) => {
    const host = document.createElement('div');
    const start = performance.now();
    document.querySelector('main').append(host);
    const { dataReady, rendered } = await render(host, '/data/items-' + n + '.json', { count: n });
    const inDom = performance.now();
    const painted = await afterNextPaint();
    return { total: painted - start, data: dataReady - start, render: inDom - dataReady, paint: painted - inDom, rendered };
  };`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>render bench: ${impl}</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } main { max-width: 760px; margin: 0 auto; padding: 16px; }</style>
${widget ? '<script type="module" src="/dist/news-elements.js"></script>' : ''}
<script type="module">${AFTER_PAINT}${harness}
  window.benchReady = true;
</script>
</head>
<body><main></main></body>
</html>`;
}

/**
 * Observers start in the first script of <head> so nothing before them goes unseen. The first title is
 * found by polling once per frame (shadow DOM hides elements from element timing); the time recorded is
 * after that frame's paint. The poll stops by itself after about a minute of frames.
 */
const WARD_PROBE = `<script>
  (() => {
    const probe = (window.probe = {
      fcp: 0, title: 0, cls: 0, longestTask: 0, longTasks: 0, defined: 0, definedFrame: 0, titleFrame: 0,
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) probe.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longTasks += 1;
        probe.longestTask = Math.max(probe.longestTask, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    // Frames are counted by the rAF poll below: how many the page drew between the definition and the title.
    customElements.whenDefined('news-feed').then(() => {
      probe.defined = performance.now();
      probe.definedFrame = frames;
    });
    const firstTitle = () => {
      const root = document.querySelector('news-feed, #news')?.shadowRoot;
      return root?.querySelector('.list:not(.skeleton) .title');
    };
    let frames = 0;
    const poll = () => {
      if (firstTitle()) {
        probe.titleFrame = frames;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (probe.title = performance.now());
        channel.port2.postMessage(0);
      } else if (++frames < 3600) {
        requestAnimationFrame(poll);
      }
    };
    requestAnimationFrame(poll);
  })();
</script>`;

/** A ward portal's home page: header, menu, the news list first in the main column, then more content. */
export function wardPage({ impl, preload, items }) {
  const widget = impl === 'widget';
  const news = widget
    ? `<news-feed src="/data/ward.json" ${FEED_ATTRIBUTES} page-size="${items}"></news-feed>`
    : '<div id="news"></div>';
  const script = widget
    ? '<script type="module" src="/dist/news-elements.js"></script>'
    : `<script type="module">
  import { ${RENDERER[impl]} as render } from '/bench/baseline.js';
  render(document.getElementById('news'), '/data/ward.json', { count: ${items} });
</script>`;
  const menu = ['Trang chủ', 'Giới thiệu', 'Tin tức', 'Thủ tục hành chính', 'Văn bản', 'Liên hệ'];
  const paragraph =
    'Ủy ban nhân dân phường tiếp nhận hồ sơ từ thứ Hai đến sáng thứ Bảy. Người dân có thể nộp hồ sơ trực tuyến ' +
    'trên Cổng dịch vụ công quốc gia, tra cứu kết quả giải quyết và đánh giá mức độ hài lòng.';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Phường Bến Thành — Cổng thông tin điện tử</title>
${WARD_PROBE}
${preload ? '<link rel="preload" href="/data/ward.json" as="fetch" crossorigin>' : ''}
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1d1d1f; background: #f4f5f7; }
  header { background: #b71c1c; color: #fff; padding: 16px 24px; }
  header h1 { margin: 0; font-size: 1.4rem; }
  nav { display: flex; flex-wrap: wrap; gap: 4px 20px; background: #8e1515; padding: 8px 24px; }
  nav a { color: #fff; text-decoration: none; }
  .page { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 24px; max-width: 1120px; margin: 24px auto; padding: 0 16px; }
  main, aside { background: #fff; border-radius: 8px; padding: 16px 20px; }
  @media (max-width: 800px) { .page { grid-template-columns: 1fr; } }
  footer { padding: 24px; text-align: center; color: #595959; }
</style>
${script}
</head>
<body>
<header><h1>Ủy ban nhân dân phường Bến Thành</h1></header>
<nav>${menu.map((label) => `<a href="#">${label}</a>`).join('')}</nav>
<div class="page">
  <main>
    <h2>Tin tức - Sự kiện</h2>
    ${news}
    <h2>Thông báo</h2>
    <p>${paragraph}</p>
    <p>${paragraph}</p>
  </main>
  <aside><h2>Lịch tiếp công dân</h2><p>${paragraph}</p></aside>
</div>
<footer>© Ủy ban nhân dân phường Bến Thành</footer>
</body>
</html>`;
}

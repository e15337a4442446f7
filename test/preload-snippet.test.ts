import { expect, waitUntil } from '@open-wc/testing';
import { engine } from './engine.js';
import { openPage } from './open-page.js';

/**
 * The README's snippet with a preload for the source (`<link rel="preload" as="fetch" crossorigin>`): the
 * browser fetches the source while the module downloads, and the feed's own request takes that answer
 * instead of asking again. A preload whose request did not match the feed's (its mode, its credentials)
 * would be downloaded twice; the page's resource timing then holds two requests for it. WebKit (2.50) never
 * gives `fetch()` a preloaded answer: there the source is downloaded twice, as the README says.
 */
const KEY = `preload-${Date.now().toString(36)}`;

interface Feed extends HTMLElement {
  status: string;
}

function snippetPage(src: string): string {
  const body = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<link rel="preload" href="${src}" as="fetch" crossorigin>
<script type="module" src="/__fault/parts/${KEY}/news-elements.js"></script>
</head><body><news-feed src="${src}" lang="vi" time-zone="Asia/Ho_Chi_Minh"></news-feed></body></html>`;
  return `/__fault/echo/${KEY}?type=text/html&body=${encodeURIComponent(body)}`;
}

describe("the README's snippet with a preload for the source", () => {
  it('asks for the source once where the engine lets fetch() take a preload: the feed reads that answer', async () => {
    // A query of its own: no earlier run's copy in the browser's cache answers for it.
    const src = `/test/fixtures/native-basic.json?visit=${KEY}`;
    const { frame, win, doc } = await openPage(snippetPage(src));
    try {
      const feed = doc.querySelector('news-feed') as Feed;
      await waitUntil(() => feed.status === 'ready', 'the feed did not show', { timeout: 8000 });
      const requests = win.performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name === new URL(src, location.href).href);
      expect(requests.map((entry) => (entry as PerformanceResourceTiming).initiatorType)).to.deep.equal(
        engine === 'webkit' ? ['link', 'fetch'] : ['link'],
      );
      expect(feed.shadowRoot!.querySelectorAll('[part~="title"]').length).to.be.above(0);
    } finally {
      frame.remove();
    }
  });
});

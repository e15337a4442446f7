import { expect, oneEvent } from '@open-wc/testing';

/**
 * The built bundle, as a site serves it, downloads what a page will need as soon as the page can know it,
 * not a round trip later — in every engine. Told by the browser's resource timing of one visit, with the
 * source and the WordPress adapter each answering 800 ms late (fault server), so that "at once" and "after"
 * are far apart. A page of its own: parts load once per page.
 * - A WordPress source, known by its REST path, and an RSS file, by its extension, have their adapter asked
 *   for beside their request, not after their answer (read-source.ts, `prepareAdapter`).
 * - A part's own imports (the WordPress adapter's fold-text) are asked for with the part, not once the part
 *   has arrived and been read (util/import-part.ts, with the list the build writes into each call).
 */
const KEY = `trips-${Date.now().toString(36)}`;
const DELAY_MS = 800;

interface Feed extends HTMLElement {
  status: string;
  updateComplete: Promise<boolean>;
}

/** The resource timing entry of the one request whose URL contains `part`. */
function timing(part: string): PerformanceResourceTiming {
  const entries = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes(part)) as PerformanceResourceTiming[];
  expect(entries.map((entry) => entry.name)).to.have.length(1);
  return entries[0];
}

describe('the built bundle asks for what a page needs as early as it can know it', () => {
  before(async () => {
    await fetch(`/__fault/block/${KEY}?parts=wordpress&as=delay&ms=${DELAY_MS}`);
    await import(/* @vite-ignore */ `${location.origin}/__fault/parts/${KEY}/news-elements.js`);
  });

  it('a WordPress source: its adapter beside its request, and the adapter’s own import with it', async () => {
    const src = `/__fault/delay/${DELAY_MS}/${KEY}/wp-json/wp/v2/posts?src=/test/fixtures/sources/wp-posts.json`;
    const holder = document.createElement('div');
    holder.innerHTML = `<news-feed lang="vi" cache="0" pinned="inline" src="${src}"></news-feed>`;
    const element = holder.firstElementChild as Feed;
    const loaded = oneEvent(element, 'news-load');
    document.body.append(holder);
    await loaded;
    await element.updateComplete;
    expect(element.status).to.equal('ready');

    const source = timing('/wp-json/wp/v2/posts');
    const adapter = timing('/wordpress-');
    const foldText = timing('/fold-text-');
    // Asked for before the source's answer came, and the adapter's import before the adapter came.
    expect(adapter.startTime).to.be.below(source.responseEnd);
    expect(foldText.startTime).to.be.below(adapter.responseEnd);
  });

  it('an RSS file, known by its extension: its reader beside its request', async () => {
    const src = `/__fault/delay/${DELAY_MS}/${KEY}/tin-tuc.rss?src=/test/fixtures/sources/rss2.xml`;
    const holder = document.createElement('div');
    holder.innerHTML = `<news-feed lang="vi" cache="0" src="${src}"></news-feed>`;
    const element = holder.firstElementChild as Feed;
    const loaded = oneEvent(element, 'news-load');
    document.body.append(holder);
    await loaded;
    expect(element.status).to.equal('ready');
    expect(timing('/rss-part-').startTime).to.be.below(timing('/tin-tuc.rss').responseEnd);
  });
});

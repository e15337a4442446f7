import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { openPage } from './open-page.js';

/**
 * The built bundle, as a site serves it, when one of its on-demand parts does not arrive — in every engine:
 * the fault server serves `dist/` under a prefix of this page's own and fails the parts a test names, either
 * as a dropped connection (the network) or as a 404 (a site that uploaded only `news-elements.js`).
 * A dropped part comes back with a retry once the network does (Firefox keeps a failed `import()` failed for
 * the page's lifetime, so the bundle asks for a fresh URL); a missing one is said to be a setup problem, in
 * the page's language on the page and with the file's name in the console, and is not retried.
 */
const KEY = `parts-${Date.now().toString(36)}`;
const block = (parts: string[], as: 'drop' | '404' = 'drop') =>
  fetch(`/__fault/block/${KEY}?parts=${parts.join(',')}&as=${as}`);

interface Feed extends HTMLElement {
  status: string;
  error?: { kind: string; message: string };
  updateComplete: Promise<boolean>;
  reload(): Promise<void>;
}

let counter = 0;
async function feed(attributes: string): Promise<Feed> {
  const holder = document.createElement('div');
  holder.innerHTML = `<news-feed cache="0" ${attributes}></news-feed>`;
  const element = holder.firstElementChild as Feed;
  const answered = Promise.race([oneEvent(element, 'news-load'), oneEvent(element, 'news-error')]);
  document.body.append(holder);
  await answered;
  await element.updateComplete;
  return element;
}

/** Twelve WordPress posts, five a page, of which the oldest is sticky: the posts endpoint can be asked for it. */
const stickyPosts = () => `/__fault/wp/12/parts-sticky-${++counter}/wp/v2/posts?per_page=5&sticky-post=1`;

const notice = (element: Feed) => element.shadowRoot!.querySelector('.notice span')?.textContent ?? null;
const titles = (element: Feed) =>
  Array.from(element.shadowRoot!.querySelectorAll('[part~="title"]'), (node) => node.textContent!.trim());

async function retry(element: Feed, event: 'news-load' | 'news-error'): Promise<void> {
  const answered = oneEvent(element, event);
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
  await answered;
  await element.updateComplete;
}

/**
 * Console errors for the duration of `run`, and with `until`, until one matches it (what `run` set off may
 * say so after it returned).
 */
async function consoleErrors(run: () => Promise<void>, until?: RegExp): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
    if (until)
      await waitUntil(() => errors.some((line) => until.test(line)), `no console error named ${until}`);
  } finally {
    console.error = original;
  }
  return errors;
}

describe('the built bundle when a part of it does not arrive', () => {
  before(() => import(/* @vite-ignore */ `${location.origin}/__fault/parts/${KEY}/news-elements.js`));
  afterEach(async () => {
    await block([]);
    document.body.replaceChildren();
  });

  // First: the notice's own sentences are the missing file, so the entry's sentence says what is wrong.
  it('a missing notice part: the notice says the widget is installed incompletely, and the console names the file', async () => {
    await block(['failure-text'], '404');
    let element!: Feed;
    const errors = await consoleErrors(async () => {
      element = await feed(`lang="vi" src="/__fault/status/404/parts-notice-${++counter}"`);
    });
    expect(element.status).to.equal('error');
    expect(notice(element)).to.equal('Tiện ích tin tức chưa được cài đặt đầy đủ trên trang này.');
    expect(errors.join('\n')).to.match(
      /failure-text-[\w-]+\.js \(HTTP 404\) did not load as a script\. Copy the whole folder/,
    );
  });

  it('a dropped notice part: "cannot reach", and a retry once the network is back names the real failure', async () => {
    await block(['failure-text']);
    const element = await feed(`lang="en" src="/__fault/status/404/parts-drop-${++counter}"`);
    expect(notice(element)).to.equal('Could not reach the news source.');
    await block([]);
    await retry(element, 'news-error');
    expect(notice(element)).to.contain('404');
  });

  it('a dropped reader the address suggested, for a source that is our JSON after all: the list shows', async () => {
    await block(['rss']);
    const element = await feed(
      `lang="vi" src="/__fault/delay/0/parts-guess-${++counter}/tin.xml?src=/test/fixtures/native-basic.json"`,
    );
    expect(element.status).to.equal('ready');
    expect(titles(element).length).to.be.above(0);
  });

  it('a dropped pinned part: a WordPress list shows in date order, without its sticky post', async () => {
    await block(['pinned']);
    const element = await feed(`lang="vi" src="${stickyPosts()}"`);
    expect(element.status).to.equal('ready');
    expect(titles(element)).to.deep.equal([12, 11, 10, 9, 8].map((id) => `Bài viết số ${id}`));
  });

  it('with the pinned part: the sticky post, from beyond the first page, leads the list', async () => {
    const element = await feed(`lang="vi" src="${stickyPosts()}"`);
    expect(titles(element)).to.deep.equal([1, 12, 11, 10, 9, 8].map((id) => `Bài viết số ${id}`));
  });

  it('a dropped source reader: the feed cannot reach it, and a retry reads the source', async () => {
    await block(['rss']);
    const element = await feed(`lang="en" src="/test/fixtures/sources/rss2.xml"`);
    expect(element.status).to.equal('error');
    expect(element.error!.kind).to.equal('network');
    await block([]);
    await retry(element, 'news-load');
    expect(element.status).to.equal('ready');
    expect(titles(element).length).to.be.above(0);
  });

  it('a missing source reader: a setup error, in the page language, without retries', async () => {
    await block(['jsonfeed'], '404');
    let element!: Feed;
    const errors = await consoleErrors(async () => {
      element = await feed(`lang="vi" src="/test/fixtures/jsonfeed-basic.json"`);
    });
    expect(element.error!.kind).to.equal('setup');
    expect(element.error!.message).to.match(/jsonfeed-[\w-]+\.js \(HTTP 404\)/);
    expect(notice(element)).to.equal('Tiện ích tin tức chưa được cài đặt đầy đủ trên trang này.');
    expect(errors.some((line) => line.includes('news-elements.standalone.js'))).to.equal(true);
  });

  it('missing pattern dates: the list shows with medium dates', async () => {
    await block(['pattern-support'], '404');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    let element!: Feed;
    try {
      element = await feed(
        `lang="en" time-zone="Asia/Ho_Chi_Minh" date-format="EEEE dd/MM/yyyy" src="/test/fixtures/native-basic.json"`,
      );
    } finally {
      console.warn = warn;
    }
    expect(element.status).to.equal('ready');
    expect(warnings.join('\n')).to.contain('date-format patterns show in the medium form');
    const dates = Array.from(
      element.shadowRoot!.querySelectorAll('[part~="date"]'),
      (node) => node.textContent!,
    );
    expect(dates.length).to.be.above(0);
    // The medium form (e.g. "Aug 21, 2020, 5:24 PM"), not a blank and not the pattern's text.
    for (const date of dates) expect(date).to.match(/\d{4}/);
  });
});

interface Declared {
  name: string;
  file: string;
}

/**
 * Where the test of each part the build lists (dist/parts.json, from src/parts.ts) failing to arrive is: a
 * part added to parts.ts fails the first test below until it has one. A page holds each part once loaded,
 * so each part is failed on a page where nothing loaded it before.
 */
const TESTED: Record<string, string> = {
  article: 'here: a missing article part leaves the page its fallback content',
  takeOver: 'here: without the take-over part, a pre-rendered feed renders as any other',
  articleExtras: "parts-unreachable.test.ts: the article's extras",
  feedExtras: "parts-unreachable.test.ts: the feed's extras",
  attributeWarnings: 'here: missing sentences for a misspelt attribute leave the list as it is',
  failureText: "here: a missing notice part; parts-unreachable.test.ts: a failure notice's sentences",
  datePattern: 'here: missing pattern dates; parts-unreachable.test.ts: date-fns for a date-format pattern',
  jsonfeed: 'here: a missing source reader; parts-unreachable.test.ts: the JSON Feed adapter',
  wordpress: 'parts-unreachable.test.ts: the WordPress adapter',
  rss: 'here: a dropped source reader; parts-unreachable.test.ts: the reader of named dates',
  custom: 'parts-unreachable.test.ts: the custom adapter',
  fieldOverrides: 'parts-unreachable.test.ts: field overrides on our own JSON',
  sourcePattern: 'parts-unreachable.test.ts: date-fns for a source-date-format',
  unknownFormat: 'parts-unreachable.test.ts: the description of an unknown format',
  backoff: 'parts-unreachable.test.ts: the retry backoff',
  pinned: 'here: a dropped pinned part leaves a WordPress list in date order',
  makeRoom:
    'not tested: only a full localStorage needs it, and without it nothing is stored (stored-copy.ts)',
  purify: 'bundles-purify-unreachable.test.ts',
};

describe('every part the build lists', () => {
  afterEach(async () => {
    await block([]);
    document.body.replaceChildren();
  });

  it('has a test of its download failing', async () => {
    const declared = (await (await fetch(`/__fault/parts/${KEY}/parts.json`)).json()) as Declared[];
    expect(Object.keys(TESTED).sort()).to.deep.equal(declared.map((part) => part.name).sort());
  });

  it('a missing article part: the page keeps the fallback content, and the console names the file', async () => {
    await block(['news-article'], '404');
    const holder = document.createElement('div');
    holder.innerHTML = `<news-article lang="vi" src="/test/fixtures/article-basic.json" article-id="bv-122"><p>Bài viết trên trang</p></news-article>`;
    await consoleErrors(async () => {
      document.body.append(holder);
    }, /news-article-[\w-]+\.js \(HTTP 404\)/);
    expect(customElements.get('news-article')).to.equal(undefined);
    expect(holder.querySelector('news-article')!.textContent).to.equal('Bài viết trên trang');
  });

  it('a missing take-over part: a pre-rendered feed drops what was served and renders its own list', async () => {
    await block(['take-over'], '404');
    const bundle = `/__fault/parts/${KEY}/news-elements.js`;
    const { frame, win, doc } = await openPage(
      `/__prerender/feed?lang=vi&script=1&bundle=${encodeURIComponent(bundle)}`,
    );
    try {
      const feed = doc.querySelector('news-feed')!;
      await waitUntil(() => win.customElements.get('news-feed'), 'the bundle loads', { timeout: 8000 });
      await waitUntil(() => (feed as unknown as Feed).status === 'ready', 'the feed shows its list');
      await (feed as unknown as Feed).updateComplete;
      const root = feed.shadowRoot!;
      expect(root.querySelectorAll('[data-served]')).to.have.length(0);
      const shownTitles = [...root.querySelectorAll('[part~="title"]')].filter(
        (node) => node.getClientRects().length,
      );
      expect(shownTitles.length, 'each title once').to.equal(root.querySelectorAll('[part~="title"]').length);
      expect(shownTitles.length).to.be.above(0);
    } finally {
      frame.remove();
    }
  });

  it('missing sentences for a misspelt attribute: the list shows as it is', async () => {
    await block(['attribute-warnings'], '404');
    let element!: Feed;
    await consoleErrors(async () => {
      element = await feed(`lang="vi" layout="gird" src="/test/fixtures/native-basic.json"`);
    }, /attribute-warnings-[\w-]+\.js \(HTTP 404\)/);
    expect(element.status).to.equal('ready');
    expect(titles(element).length).to.be.above(0);
  });
});

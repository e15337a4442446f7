import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { capturingWarnings, FIXTURES, shadow, texts } from '../../test/feed-helpers.js';
import type { NewsFeedElement } from './news-feed.js';

const SOURCES = `${FIXTURES}/sources`;

/** Renders a feed and resolves with what a listener would have seen: the formats read, or the error kind. */
async function render(markup: string): Promise<{ feed: NewsFeedElement; formats?: string[]; kind?: string }> {
  const holder = await fixture(html`<div></div>`);
  holder.innerHTML = markup;
  const feed = holder.querySelector('news-feed') as NewsFeedElement;
  const outcome = await Promise.race([
    oneEvent(feed, 'news-load').then((event) => ({ formats: event.detail.formats })),
    oneEvent(feed, 'news-error').then((event) => ({ kind: event.detail.error.kind })),
  ]);
  await feed.updateComplete;
  return { feed, ...outcome };
}

describe('<news-feed> detecting and reading every source', () => {
  it('reads RSS 2.0 by content type and shape', async () => {
    const { feed, formats } = await render(`<news-feed lang="vi" src="${SOURCES}/rss2.xml"></news-feed>`);
    expect(formats).to.deep.equal(['rss']);
    expect(feed.items.length).to.be.greaterThan(1);
    expect(texts(feed, 'title')[0]).to.not.contain('<');
  });

  it('reads Atom and WordPress, each detected without a format attribute', async () => {
    const atom = await render(`<news-feed src="${SOURCES}/atom.xml"></news-feed>`);
    const wordpress = await render(`<news-feed src="${SOURCES}/wp-posts.json"></news-feed>`);
    expect(atom.formats).to.deep.equal(['rss']);
    expect(wordpress.formats).to.deep.equal(['wordpress']);
    expect(texts(wordpress.feed, 'title').join(' ')).to.not.match(/&#\d+;|&amp;/);
  });

  it('decodes a windows-1258 feed and shows composed Vietnamese', async () => {
    const src = `/__fault/raw/cp1258?src=${FIXTURES}/rss-windows-1258.xml&type=application/rss%2Bxml`;
    const { feed } = await render(`<news-feed lang="vi" src="${src}"></news-feed>`);
    const title = texts(feed, 'title')[0];
    expect(title).to.equal('Hội nghị tổng kết công tác dân vận năm 2020');
    expect(title).to.equal(title.normalize('NFC'));
    expect(feed.items[0].url).to.equal(new URL('/tin/1', location.href).href);
  });

  it('reads any CMS JSON through the fields attribute, day-first dates and grouped counts included', async () => {
    const fields = JSON.stringify({
      items: 'data.danhSach',
      id: 'ma',
      title: 'tieuDe',
      url: 'duongDan',
      summary: 'tomTat',
      image: 'anhDaiDien.duongDan',
      date: 'ngayDang',
      views: 'luotXem',
      category: 'chuyenMuc',
      total: 'data.tongSo',
    });
    const { feed, formats } = await render(
      `<news-feed lang="vi" time-zone="Asia/Ho_Chi_Minh" date-format="dd/MM/yyyy | HH:mm" src="${SOURCES}/custom.json"
        fields='${fields}'></news-feed>`,
    );
    expect(formats).to.deep.equal(['custom']);
    expect(texts(feed, 'date')[0]).to.equal('21/08/2020 | 17:24');
    expect(texts(feed, 'views')[0]).to.equal('1.234 lượt xem');
    expect((shadow(feed).querySelector('[part~="title"] a') as HTMLAnchorElement).href).to.equal(
      new URL('/tin/7', location.href).href,
    );
  });

  it('warns about a fields attribute that is not JSON instead of throwing', async () => {
    let outcome!: Awaited<ReturnType<typeof render>>;
    const warnings = await capturingWarnings(async () => {
      outcome = await render(`<news-feed src="${SOURCES}/custom.json" fields="{items: data}"></news-feed>`);
    });
    expect(warnings.join('\n')).to.contain('not valid JSON');
    expect(outcome.kind).to.equal('format');
    expect(outcome.feed.error?.message).to.contain('"data"');
  });

  it('reads dates in a form of its own through source-date-format', async () => {
    const { feed } = await render(
      `<news-feed lang="vi" time-zone="Asia/Ho_Chi_Minh" date-format="dd/MM/yyyy HH:mm"
        source-date-format="dd.MM.yyyy HH'g'mm" src="${FIXTURES}/dates-dotted.json"></news-feed>`,
    );
    expect(texts(feed, 'date')).to.deep.equal(['21/08/2020 17:24']);
    expect(feed.items[0].publishedAt?.toISOString()).to.equal('2020-08-21T10:24:00.000Z');
  });

  it('ends malformed XML in a parse error and an HTML page in a format error', async () => {
    await capturingWarnings(async () => {
      const broken = await render(`<news-feed src="${SOURCES}/broken.xml"></news-feed>`);
      const page = await render(`<news-feed src="${SOURCES}/page.html"></news-feed>`);
      expect(broken.kind).to.equal('parse');
      expect(broken.feed.error?.message).to.match(/line \d+/);
      expect(page.kind).to.equal('format');
      expect(page.feed.error?.message).to.contain('HTML page');
    });
  });
});

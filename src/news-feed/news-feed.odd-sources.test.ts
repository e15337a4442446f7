import { expect } from '@open-wc/testing';
import {
  attrs,
  capturingWarnings,
  echoUrl,
  expectSettled,
  FIXTURES,
  HTML_DATETIME,
  loadedArticle,
  loadedFeed,
  shadow,
  texts,
  uncaughtDuring,
} from '../../test/feed-helpers.js';
import type { NewsArticleElement } from '../news-article/news-article.js';
import type { NewsFeedElement } from './news-feed.js';

const HCM = 'Asia/Ho_Chi_Minh';
const SOURCES = `${FIXTURES}/sources`;
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Two ordinary items, beside which each row of a table puts its odd one. */
const ORDINARY = [
  { id: 'a', title: 'Họp dân khu phố 3', publishedAt: '2020-08-21T17:24:00+07:00', views: 122 },
  { id: 'b', title: 'Lịch tiếp công dân', publishedAt: '2020-08-20T08:00:00+07:00', views: 5 },
];

/** A feed of `items` (native JSON, served over HTTP), once it has answered, with the warnings it gave. */
async function feedOf(
  items: unknown[],
  attributes = '',
): Promise<{ feed: NewsFeedElement; warnings: string[] }> {
  let feed!: NewsFeedElement;
  const warnings = await capturingWarnings(async () => {
    feed = await loadedFeed(
      `<news-feed lang="vi" time-zone="${HCM}" cache="0" ${attributes} src="${echoUrl({ items })}"></news-feed>`,
    );
  });
  return { feed, warnings };
}

describe('<news-feed> and <news-article> with dates at the edges', () => {
  // [the odd date, what shows: undefined when the item is dropped, else the start of its datetime]
  const table: [unknown, string | undefined][] = [
    [8640000000000000, undefined],
    [-8640000000000000, undefined],
    // A valid Date that turns invalid once the zone's offset is applied.
    [8639999999999999, undefined],
    ['9999-12-31T23:59:59-14:00', undefined],
    ['0000-06-15T00:00:00Z', undefined],
    // Year 0001 stays 0001 (it showed as 1901).
    ['0001-06-15T00:00:00Z', '0001-06-15T07:07:00+07:07'],
    // Before 1906 the zone's offset is +07:06:30: a datetime has whole minutes.
    ['1900-06-15T12:00:00', '1900-06-15T12:00:30+07:07'],
    ['1910-05-01T12:00:00Z', '1910-05-01T19:07:00+07:07'],
  ];
  for (const [date, datetime] of table) {
    it(`${datetime ? 'shows' : 'drops, with a warning,'} an item dated ${JSON.stringify(date)}, and the rest`, async () => {
      let warnings: string[] = [];
      let feed!: NewsFeedElement;
      const uncaught = await uncaughtDuring(async () => {
        ({ feed, warnings } = await feedOf([
          ...ORDINARY,
          { id: 'edge', title: 'Tin ở mép', publishedAt: date },
        ]));
      });
      expect(uncaught).to.deep.equal([]);
      expectSettled(feed);
      expect(feed.status).to.equal('ready');
      const titles = texts(feed, 'title');
      expect(titles.includes('Tin ở mép')).to.equal(datetime !== undefined);
      expect(titles).to.include.members(['Họp dân khu phố 3', 'Lịch tiếp công dân']);
      for (const value of attrs(feed, 'date', 'datetime')) expect(value).to.match(HTML_DATETIME);
      if (datetime) expect(attrs(feed, 'date', 'datetime')).to.include(datetime);
      else expect(warnings.join('\n')).to.contain('"edge" (#3)').and.contain('is impossible');

      let article!: NewsArticleElement;
      await capturingWarnings(async () => {
        article = await loadedArticle(
          `<news-article lang="vi" time-zone="${HCM}" cache="0" src="${echoUrl({ items: [{ id: 'edge', title: 'Tin ở mép', contentHtml: '<p>Nội dung.</p>', publishedAt: date }] })}" article-id="edge"></news-article>`,
        );
      });
      expectSettled(article);
      expect(article.status).to.equal(datetime ? 'ready' : 'not-found');
      const shown = article.shadowRoot!.querySelector('time[part~="date"]');
      expect(shown?.getAttribute('datetime')).to.equal(datetime);
    });
  }
});

describe('<news-feed> reading old feed dialects', () => {
  it('shows RSS 2.0 in the Userland namespace, decoded from windows-1251', async () => {
    const src = `/__fault/raw/userland?src=${SOURCES}/rss-userland-1251.xml&type=application/rss%2Bxml`;
    const feed = await loadedFeed(`<news-feed lang="en" time-zone="Europe/Moscow" src="${src}"></news-feed>`);
    expect(feed.status).to.equal('ready');
    expect(texts(feed, 'title')).to.deep.equal([
      'Новости района: собрание жителей',
      'Отключение воды 22 августа',
      'Приём граждан в сентябре',
    ]);
    expect(attrs(feed, 'date', 'datetime')[0]).to.equal('2020-08-21T10:24:00+03:00');
  });

  it('shows Atom 0.3 with its issued and created dates', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" time-zone="${HCM}" date-format="dd/MM/yyyy HH:mm" src="${SOURCES}/atom-03.xml"></news-feed>`,
    );
    expect(texts(feed, 'title')).to.deep.equal([
      'Họp dân khu phố 2',
      'Lịch tiếp dân tháng 9',
      'Thông báo mất điện',
    ]);
    expect(texts(feed, 'date')).to.deep.equal(['21/08/2020 17:24', '19/08/2020 08:00', '18/08/2020 14:00']);
  });

  it('says in the page language that an XML root is no feed, and names it in the console', async () => {
    let feed!: NewsFeedElement;
    const warnings = await capturingWarnings(async () => {
      feed = await loadedFeed(
        `<news-feed lang="vi" src="${echoUrl('<feed xmlns="http://example.org/not-atom"><entry/></feed>', 'application/xml')}"></news-feed>`,
      );
    });
    expectSettled(feed);
    expect(feed.status).to.equal('error');
    expect(texts(feed, 'status')[0]).to.contain('Không nhận ra định dạng của nguồn tin.');
    expect(warnings.join('\n')).to.contain(
      'the XML root element is <feed> in the namespace "http://example.org/not-atom"',
    );
  });
});

describe('<news-feed> and <news-article> with values nobody meant', () => {
  it('shows view counts as one defined reading: -0 as 0, CMS strings in either language', async () => {
    const views = [-0, '1.234', '1,234', 12.9, -5, 'nhiều'];
    const { feed } = await feedOf(
      views.map((count, i) => ({
        id: `v${i}`,
        title: `Tin ${i}`,
        publishedAt: `2020-08-2${i}T08:00:00Z`,
        views: count,
      })),
      'sort="source"',
    );
    expect(texts(feed, 'views')).to.deep.equal([
      '0 lượt xem',
      '1.234 lượt xem',
      '1.234 lượt xem',
      '12 lượt xem',
    ]);
  });

  it('never renders an empty heading: an invisible title falls back to the text, a numeric one is a title', async () => {
    const { feed, warnings } = await feedOf([
      { id: 'z', title: '\u200b\u200d\u00ad', summary: 'Thông báo lịch cắt điện khu phố 4' },
      { id: 'h', title: '\u3164\u2800', summary: '\u200b' },
      { id: 'n', title: 2025, summary: 'Kế hoạch năm' },
      ...ORDINARY,
    ]);
    const titles = texts(feed, 'title');
    expect(titles).to.include.members(['Thông báo lịch cắt điện khu phố 4', '2025']);
    expect(titles).to.have.length(4);
    for (const title of titles) expect(title).to.match(/[\p{L}\p{N}]/u);
    expect(warnings.join('\n')).to.contain('"h" (#2)').and.contain('it has no title and no text');
  });

  it('keeps stories that share an id apart by their URLs, and warns that the source repeats ids', async () => {
    const { feed, warnings } = await feedOf(
      [
        { id: 1, title: 'Họp tổ dân phố', url: '/tin/hop', publishedAt: '2020-08-21T08:00:00Z' },
        { id: 1, title: 'Tiêm chủng đợt 2', url: '/tin/tiem', publishedAt: '2020-08-20T08:00:00Z' },
        { id: 1, title: 'Thông báo mất điện', url: '/tin/dien', publishedAt: '2020-08-19T08:00:00Z' },
      ],
      'paging="pages" page-size="5"',
    );
    expect(texts(feed, 'title')).to.deep.equal(['Họp tổ dân phố', 'Tiêm chủng đợt 2', 'Thông báo mất điện']);
    const links = Array.from(
      shadow(feed).querySelectorAll('[part~="title"] a'),
      (a) => new URL((a as HTMLAnchorElement).href).pathname,
    );
    expect(links).to.deep.equal(['/tin/hop', '/tin/tiem', '/tin/dien']);
    expect(warnings.join('\n')).to.contain('gives one id to several stories ("1")');
  });

  it('shows a data: image thumbnail in the list exactly when the article shows it', async () => {
    const items = [
      { id: 'png', title: 'Ảnh PNG', image: PNG, contentHtml: `<p>Thân bài.</p>` },
      {
        id: 'svg',
        title: 'Ảnh SVG',
        image: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
        contentHtml: '<p>Thân bài.</p>',
      },
    ];
    const src = echoUrl({ items });
    const feed = await loadedFeed(`<news-feed lang="vi" src="${src}"></news-feed>`);
    const thumbnails = Array.from(shadow(feed).querySelectorAll('li'), (li) =>
      li.querySelector('img[part~="image"]')?.getAttribute('src'),
    );
    expect(thumbnails).to.deep.equal([PNG, undefined]);
    for (const [i, item] of items.entries()) {
      const article = await loadedArticle(
        `<news-article lang="vi" src="${src}" article-id="${item.id}"></news-article>`,
      );
      expect(article.shadowRoot!.querySelector('.main-image img')?.getAttribute('src')).to.equal(
        thumbnails[i],
      );
    }
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { capturingWarnings, FIXTURES, loadedFeed, shadow, texts } from '../../test/feed-helpers.js';
import type { NewsFeedElement } from './news-feed.js';

const LONG = `${FIXTURES}/native-long.json`;
const NATIVE = `${FIXTURES}/native-basic.json`;

/** The feed's warnings while it loads and settles (the sentences arrive with their own small chunk). */
async function warningsOf(markup: string): Promise<{ feed: NewsFeedElement; warnings: string[] }> {
  let feed!: NewsFeedElement;
  const warnings = await capturingWarnings(async () => {
    feed = await loadedFeed(markup);
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  return { feed, warnings };
}

describe('<news-feed> attribute values an editor got wrong', () => {
  for (const [value, shown] of [
    ['-3', 10],
    ['abc', 10],
    ['0', 10],
    ['2.5', 3],
  ] as const) {
    it(`warns for page-size="${value}", naming the attribute and the ${shown} items shown instead`, async () => {
      const { feed, warnings } = await warningsOf(
        `<news-feed page-size="${value}" src="${LONG}"></news-feed>`,
      );
      expect(warnings.filter((warning) => warning.includes('page-size'))).to.deep.equal([
        `news-feed: page-size="${value}" is not a whole number from 1 up: showing ${shown} items a page.`,
      ]);
      expect(texts(feed, 'title')).to.have.length(shown);
    });
  }

  it('warns for an unknown layout and lays the list out as the default list', async () => {
    const { feed, warnings } = await warningsOf(`<news-feed layout="grids" src="${NATIVE}"></news-feed>`);
    expect(warnings).to.include(
      'news-feed: layout="grids" is not one of list, grid, compact, ticker: using list.',
    );
    const list = shadow(feed).querySelector('[part~="list"]')!;
    expect([...list.classList]).to.deep.equal(['list']);
  });

  it('warns for an unknown sort and sorts newest first', async () => {
    const { feed, warnings } = await warningsOf(`<news-feed sort="most-read" src="${NATIVE}"></news-feed>`);
    expect(warnings).to.include(
      'news-feed: sort="most-read" is not one of newest, most-viewed, source: using newest.',
    );
    const dates = feed.items.map((item) => item.publishedAt?.getTime() ?? -Infinity);
    expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
  });

  it('warns for an unknown paging and an unknown hide word', async () => {
    const { warnings } = await warningsOf(
      `<news-feed paging="infinite" hide="imgae summary" src="${NATIVE}"></news-feed>`,
    );
    expect(warnings).to.include('news-feed: paging="infinite" is not one of none, more, pages: using none.');
    expect(warnings).to.include(
      'news-feed: hide="imgae summary" names imgae, not one of image summary date views category source: ignored.',
    );
  });

  it('says nothing about values it knows', async () => {
    const { warnings } = await warningsOf(
      `<news-feed page-size="3" layout="grid" sort="most-viewed" paging="more" hide="image summary" src="${NATIVE}"></news-feed>`,
    );
    expect(warnings).to.deep.equal([]);
  });

  it('warns when a property is set to a bad value later', async () => {
    const feed = await loadedFeed(`<news-feed src="${NATIVE}"></news-feed>`);
    const warnings = await capturingWarnings(async () => {
      feed.layout = 'tiles' as never;
      await feed.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(warnings).to.deep.equal([
      'news-feed: layout="tiles" is not one of list, grid, compact, ticker: using list.',
    ]);
  });
});

describe('<news-feed> date-format patterns from other tools', () => {
  // native-basic's first item: 21/08/2020 17:24 in Ho Chi Minh City, 24 minutes past the hour.
  for (const [pattern, intended, shown] of [
    ['dd/mm/yyyy', 'dd/MM/yyyy', '21/08/2020'],
    ['dd/mm/yyyy hh:mm', 'dd/MM/yyyy HH:mm', '21/08/2020 17:24'],
    ['d/m/Y H:i', 'dd/MM/yyyy HH:mm', '21/08/2020 17:24'],
    ['%d/%m/%Y', 'dd/MM/yyyy', '21/08/2020'],
    ['%d/%m/%Y %H:%M', 'dd/MM/yyyy HH:mm', '21/08/2020 17:24'],
    ['DD/MM/YYYY', 'dd/MM/yyyy', '21/08/2020'],
  ] as const) {
    it(`reads ${pattern} as ${intended}, never minutes as months, and says so once`, async () => {
      const { feed, warnings } = await warningsOf(
        `<news-feed lang="vi" time-zone="Asia/Ho_Chi_Minh" date-format="${pattern}" src="${NATIVE}"></news-feed>`,
      );
      await waitUntil(() => texts(feed, 'date')[0] === shown, `shown: ${texts(feed, 'date')[0]}`);
      const said = warnings.filter((warning) => warning.includes('date-format'));
      expect(said).to.have.length(1);
      expect(said[0]).to.include(`date-format="${pattern}"`).and.include(`write date-format="${intended}"`);
    });
  }

  it('says nothing about a date-fns pattern', async () => {
    const { feed, warnings } = await warningsOf(
      `<news-feed lang="vi" time-zone="Asia/Ho_Chi_Minh" date-format="dd/MM/yyyy | HH:mm" src="${NATIVE}"></news-feed>`,
    );
    await waitUntil(() => texts(feed, 'date')[0] === '21/08/2020 | 17:24');
    expect(warnings.filter((warning) => warning.includes('date-format'))).to.deep.equal([]);
  });
});

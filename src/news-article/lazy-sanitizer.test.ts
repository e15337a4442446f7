import { expect, oneEvent } from '@open-wc/testing';
import { FIXTURES, loadedFeed } from '../../test/feed-helpers.js';
import '../define.js';

const downloaded = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /dompurify/i.test(name));

// Its own test file, so its own page: nothing else has rendered an article here.
describe('DOMPurify is downloaded by articles only', () => {
  it('is not fetched by a page with feeds, and is fetched once an article renders', async () => {
    await loadedFeed(`<news-feed src="${FIXTURES}/native-basic.json"></news-feed>`);
    expect(downloaded()).to.deep.equal([]);
    const article = document.createElement('news-article');
    article.setAttribute('src', `${FIXTURES}/article-basic.json`);
    const loaded = oneEvent(article, 'news-load');
    document.body.append(article);
    await loaded;
    expect(downloaded().length).to.equal(1);
    article.remove();
  });
});

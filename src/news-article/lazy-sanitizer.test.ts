import { expect, oneEvent } from '@open-wc/testing';
import { FIXTURES, loadedFeed } from '../../test/feed-helpers.js';
import '../define.js';
import { meets } from '../../test/engine.js';

const downloaded = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /dompurify/i.test(name));

// Its own test file, so its own page: nothing else has rendered an article here.
describe('DOMPurify is downloaded only by articles on a browser without the HTML Sanitizer API', () => {
  it('is fetched by no page with feeds, and by an article only where the browser lacks the API', async () => {
    await loadedFeed(`<news-feed src="${FIXTURES}/native-basic.json"></news-feed>`);
    expect(downloaded()).to.deep.equal([]);
    const article = document.createElement('news-article');
    article.setAttribute('src', `${FIXTURES}/article-basic.json`);
    const loaded = oneEvent(article, 'news-load');
    document.body.append(article);
    await loaded;
    expect(article.shadowRoot!.querySelector('[part~="body"]')!.textContent!.trim()).not.to.equal('');
    expect(downloaded()).to.have.length(meets('sanitizer-api') ? 0 : 1);
    article.remove();
  });
});

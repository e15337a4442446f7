import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { FIXTURES, held, unique } from '../../test/feed-helpers.js';
import type { NewsArticleElement } from './news-article.js';

const ANSWERS = ['news-load', 'news-error', 'news-not-found'];

describe('<news-article> removed from the page during a load', () => {
  it('closes its request, and neither renders nor says anything until it is back', async () => {
    const key = unique('article-removed');
    const holder = await fixture(html`<div></div>`);
    // A timeout far beyond the test's: only the removal can end the request.
    holder.innerHTML =
      `<news-article lang="vi" cache="0" timeout="600" ` +
      `src="/__fault/hold/${key}?src=${FIXTURES}/article-basic.json"></news-article>`;
    const article = holder.firstElementChild as NewsArticleElement;
    const answers: string[] = [];
    for (const name of ANSWERS) article.addEventListener(name, () => answers.push(name));
    expect(await held(key, { arrived: 1 })).to.deep.equal({ arrived: 1, closed: 0, answered: 0 });
    await article.updateComplete;
    const shown = article.shadowRoot!.innerHTML;

    article.remove();
    expect(await held(key, { closed: 1 }), 'the request once the article left').to.deep.equal({
      arrived: 1,
      closed: 1,
      answered: 0,
    });
    // The source would answer now, but nobody is listening any more.
    expect(await (await fetch(`/__fault/release/${key}`)).json()).to.deep.equal({ released: 0 });
    await article.updateComplete;
    expect(answers, 'events after the removal').to.deep.equal([]);
    expect(article.status).to.equal('loading');
    expect(article.shadowRoot!.innerHTML, 'what the removed article renders').to.equal(shown);

    // Back on the page, it asks again and shows the answer.
    const loaded = oneEvent(article, 'news-load');
    holder.append(article);
    expect(await held(key, { arrived: 2 })).to.deep.equal({ arrived: 2, closed: 1, answered: 0 });
    expect(await (await fetch(`/__fault/release/${key}`)).json()).to.deep.equal({ released: 1 });
    await loaded;
    expect(article.status).to.equal('ready');
    expect(answers).to.deep.equal(['news-load']);
  });
});

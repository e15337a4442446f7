import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { describeNeeds } from './engine.js';

/**
 * The built bundle without the HTML Sanitizer API (taken away before the bundle loads, on this file's own
 * page) when DOMPurify's chunk cannot be downloaded: the article says the network failed, not that its source
 * is broken, and a retry once the network is back shows the sanitized body.
 */
const block = (urls: string[]) => executeServerCommand('block-urls', { urls });

describeNeeds('devtools-request-blocking', 'the built bundle when DOMPurify cannot be downloaded', () => {
  before(async () => {
    delete (Document as unknown as { parseHTML?: unknown }).parseHTML;
    await import(/* @vite-ignore */ `${location.origin}/dist/news-elements.js`);
  });

  after(() => block([]));

  it('reports a network failure, and a retry shows the body', async () => {
    await block(['*/dist/sanitize-purify*']);
    const items = [{ id: 'a', title: 'Bài', contentHtml: '<p>Nội dung <script>1</script>bài viết</p>' }];
    const src = URL.createObjectURL(new Blob([JSON.stringify({ items })], { type: 'application/json' }));
    const article = document.createElement('news-article');
    article.setAttribute('lang', 'vi');
    article.setAttribute('src', src);
    article.setAttribute('article-id', 'a');
    const failed = oneEvent(article, 'news-error');
    document.body.append(article);
    const { detail } = await failed;
    expect(detail.error.kind).to.equal('network');
    expect(detail.error.message).to.contain('could not be downloaded');

    await block([]);
    const loaded = oneEvent(article, 'news-load');
    await (article as HTMLElement & { reload(): Promise<void> }).reload();
    await loaded;
    const body = article.shadowRoot!.querySelector('[part~="body"]')!;
    expect(body.querySelector('p')!.textContent).to.equal('Nội dung bài viết');
    expect(body.querySelector('script')).to.equal(null);
    article.remove();
  });
});

import { expect, oneEvent } from '@open-wc/testing';

/**
 * The built bundle on a browser without the HTML Sanitizer API, made here by taking `Document.parseHTML`
 * away before the bundle loads (its own test file, so its own page): the article downloads DOMPurify and its
 * body is still sanitized.
 */
describe('the built bundle without the HTML Sanitizer API', () => {
  before(async () => {
    delete (Document as unknown as { parseHTML?: unknown }).parseHTML;
    await import(/* @vite-ignore */ `${location.origin}/dist/news-elements.js`);
  });

  it('downloads DOMPurify for an article and renders a sanitized body', async () => {
    const loaded = () => performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded().filter((name) => /purify/.test(name))).to.deep.equal([]);
    const fired: string[] = [];
    (window as unknown as Record<string, unknown>).__xss = (what: string) => fired.push(what);
    const contentHtml = `<p onclick="window.__xss('p')">Chữ <font>giữ</font></p><script>window.__xss('script')</script>
      <img src="x" onerror="window.__xss('img')"><a href="javascript:window.__xss('a')">liên kết</a>
      <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><style>p{}</style>`;
    const items = [{ id: 'a', title: 'Bài', contentHtml }];
    const src = URL.createObjectURL(new Blob([JSON.stringify({ items })], { type: 'application/json' }));
    const article = document.createElement('news-article');
    article.setAttribute('src', src);
    article.setAttribute('article-id', 'a');
    const done = oneEvent(article, 'news-load');
    document.body.append(article);
    await done;
    expect(loaded().filter((name) => /purify/.test(name))).to.have.length(1);
    const body = article.shadowRoot!.querySelector('[part~="body"]')!;
    expect(body.querySelectorAll('script, style, iframe, font, [onclick], [onerror]').length).to.equal(0);
    expect(body.querySelector('p')!.textContent).to.equal('Chữ giữ');
    expect(body.querySelector('a:not(.video-link)')!.hasAttribute('href')).to.equal(false);
    expect(body.querySelector('a.video-link')!.getAttribute('href')).to.equal(
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
    expect(fired).to.deep.equal([]);
    article.remove();
  });
});

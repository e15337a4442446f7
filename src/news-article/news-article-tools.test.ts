import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { capturingWarnings, FIXTURES } from '../../test/feed-helpers.js';
import type { NewsArticleElement } from './news-article.js';
import '../define.js';
import { itNeeds, meets } from '../../test/engine.js';

const HCM = 'Asia/Ho_Chi_Minh';
const BASIC = `${FIXTURES}/article-basic.json`;
const FEED = `${FIXTURES}/article-feed.json`;

async function loadedArticle(markup: string): Promise<NewsArticleElement> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const article = holder.querySelector('news-article') as NewsArticleElement;
  const answered = Promise.race([oneEvent(article, 'news-load'), oneEvent(article, 'news-error')]);
  await fixture(holder);
  await answered;
  await article.updateComplete;
  return article;
}

const root = (article: Element): ShadowRoot => article.shadowRoot as ShadowRoot;
const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tool = (article: Element, label: string): HTMLElement | undefined =>
  Array.from(root(article).querySelectorAll<HTMLElement>('.toolbar button, .toolbar a')).find(
    (node) => node.getAttribute('aria-label') === label || text(node) === label,
  );

/** Replaces a browser API for one test and puts it back after. */
function stub(target: object, name: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { configurable: true, writable: true, value });
  return () =>
    own ? Object.defineProperty(target, name, own) : delete (target as Record<string, unknown>)[name];
}

describe('<news-article> toolbar', () => {
  const restore: (() => void)[] = [];
  afterEach(async () => {
    restore
      .splice(0)
      .reverse()
      .forEach((undo) => undo());
    localStorage.removeItem('news-elements:font-scale');
    if (meets('devtools-media')) await emulateMedia({ media: 'screen' });
  });

  it('labels every tool in the page language, with 44 px targets', async () => {
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    for (const label of [
      'In bài',
      'A− Giảm cỡ chữ',
      'A Cỡ chữ mặc định',
      'A+ Tăng cỡ chữ',
      'Sao chép liên kết',
    ]) {
      const control = tool(article, label);
      expect(control, label).to.exist;
      const box = control!.getBoundingClientRect();
      expect(box.height, label).to.be.at.least(44);
      expect(box.width, label).to.be.at.least(44);
    }
    expect(root(article).querySelector('[part~="toolbar"]')!.getAttribute('aria-label')).to.equal(
      'Công cụ bài viết',
    );
  });

  for (const lang of ['vi', 'en']) {
    it(`names every tool with its visible text first (WCAG 2.5.3 Label in Name), ${lang}`, async () => {
      const article = await loadedArticle(`<news-article lang="${lang}" src="${BASIC}"></news-article>`);
      const controls = [...root(article).querySelectorAll<HTMLElement>('.toolbar button, .toolbar a')];
      expect(controls.length).to.be.at.least(6);
      for (const control of controls) {
        const visible = text(control);
        const name = control.getAttribute('aria-label') ?? visible;
        expect(name.toLowerCase().startsWith(visible.toLowerCase()) || name.includes(visible), name).to.equal(
          true,
        );
      }
    });
  }

  it('shows only the tools named in tools', async () => {
    const article = await loadedArticle(
      `<news-article lang="vi" src="${BASIC}" tools="print"></news-article>`,
    );
    expect(tool(article, 'In bài')).to.exist;
    expect(tool(article, 'A+ Tăng cỡ chữ')).to.equal(undefined);
    expect(tool(article, 'Sao chép liên kết')).to.equal(undefined);
  });

  it('marks the article as the one printed while the browser prints', async () => {
    let printingWhilePrinted = false;
    restore.push(
      stub(window, 'print', () => {
        printingWhilePrinted = document.querySelector('news-article')!.hasAttribute('data-news-printing');
      }),
    );
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    tool(article, 'In bài')!.click();
    expect(printingWhilePrinted).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(article.hasAttribute('data-news-printing')).to.equal(false);
  });

  itNeeds(
    'devtools-media',
    'prints the article alone: the page around it is hidden, the toolbar too, the source URL shown',
    async () => {
      let printingWhilePrinted = false;
      restore.push(
        stub(window, 'print', () => {
          printingWhilePrinted = document.querySelector('news-article')!.hasAttribute('data-news-printing');
        }),
      );
      const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
      const outside = document.createElement('p');
      outside.textContent = 'Menu của cổng thông tin';
      document.body.prepend(outside);
      restore.push(() => outside.remove());
      tool(article, 'In bài')!.click();
      expect(printingWhilePrinted).to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(outside).visibility).to.equal('hidden');
      expect(getComputedStyle(article).visibility).to.equal('visible');
      expect(getComputedStyle(root(article).querySelector('.toolbar')!).display).to.equal('none');
      const source = root(article).querySelector('.print-source')!;
      expect(getComputedStyle(source).display).to.equal('block');
      expect(text(source)).to.equal('Nguồn: https://quan1.example.vn/tin-tuc/bv-122');
      window.dispatchEvent(new Event('afterprint'));
      expect(article.hasAttribute('data-news-printing')).to.equal(false);
      expect(getComputedStyle(outside).visibility).to.equal('visible');
    },
  );

  it('changes the text size with A− / A / A+ and remembers it on the next page', async () => {
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    const body = root(article).querySelector('.body')!;
    const size = () => parseFloat(getComputedStyle(body).fontSize);
    const normal = size();
    tool(article, 'A+ Tăng cỡ chữ')!.click();
    await article.updateComplete;
    expect(size()).to.equal(normal * 1.125);
    expect(localStorage.getItem('news-elements:font-scale')).to.equal('2');
    const next = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    expect(parseFloat(getComputedStyle(root(next).querySelector('.body')!).fontSize)).to.equal(
      normal * 1.125,
    );
    tool(next, 'A Cỡ chữ mặc định')!.click();
    await next.updateComplete;
    expect(parseFloat(getComputedStyle(root(next).querySelector('.body')!).fontSize)).to.equal(normal);
    tool(next, 'A− Giảm cỡ chữ')!.click();
    await next.updateComplete;
    expect(tool(next, 'A− Giảm cỡ chữ')!.hasAttribute('disabled')).to.equal(true);
  });

  it('still changes the text size when storage throws (private mode)', async () => {
    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    restore.push(stub(Storage.prototype, 'getItem', throwing), stub(Storage.prototype, 'setItem', throwing));
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    const body = root(article).querySelector('.body')!;
    const normal = parseFloat(getComputedStyle(body).fontSize);
    tool(article, 'A+ Tăng cỡ chữ')!.click();
    await article.updateComplete;
    expect(parseFloat(getComputedStyle(body).fontSize)).to.be.greaterThan(normal);
  });

  it('copies the link and says so, or says that it could not', async () => {
    const copied: string[] = [];
    restore.push(stub(navigator.clipboard, 'writeText', async (value: string) => void copied.push(value)));
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    tool(article, 'Sao chép liên kết')!.click();
    await waitUntil(() => text(root(article).querySelector('.feedback')) !== '');
    expect(copied).to.deep.equal([location.href]);
    expect(text(root(article).querySelector('.feedback'))).to.equal('Đã sao chép liên kết');
    restore.push(
      stub(navigator.clipboard, 'writeText', () => Promise.reject(new DOMException('no', 'NotAllowedError'))),
    );
    tool(article, 'Sao chép liên kết')!.click();
    await waitUntil(() => text(root(article).querySelector('.feedback')).startsWith('Không'));
  });

  it('links to Facebook and Zalo sharing, and offers the native share sheet where there is one', async () => {
    const shared: ShareData[] = [];
    restore.push(stub(navigator, 'share', async (data: ShareData) => void shared.push(data)));
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    const page = encodeURIComponent(location.href);
    const facebook = tool(article, 'Chia sẻ lên Facebook')!;
    expect(facebook.getAttribute('href')).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${page}`);
    expect(facebook.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(tool(article, 'Chia sẻ qua Zalo')!.getAttribute('href')).to.contain(page);
    tool(article, 'Chia sẻ…')!.click();
    expect(shared).to.deep.equal([{ title: article.item!.title, url: location.href }]);
  });

  it('has no native share button where the browser has none', async () => {
    restore.push(stub(navigator, 'share', undefined));
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    expect(tool(article, 'Chia sẻ…')).to.equal(undefined);
  });

  it('hides listen when the browser has no voice for the language', async () => {
    restore.push(stub(window, 'speechSynthesis', fakeSpeech([{ lang: 'en-US', name: 'English' }]).synth));
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    expect(tool(article, 'Nghe đọc bài')).to.equal(undefined);
  });

  it('reads the article in a Vietnamese voice, with pause and resume', async () => {
    const speech = fakeSpeech([
      { lang: 'en-US', name: 'English' },
      { lang: 'vi-VN', name: 'Linh' },
    ]);
    restore.push(stub(window, 'speechSynthesis', speech.synth));
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    tool(article, 'Nghe đọc bài')!.click();
    await article.updateComplete;
    expect(speech.spoken[0].text).to.equal(article.item!.title);
    expect(speech.spoken.every((utterance) => utterance.lang === 'vi-VN')).to.equal(true);
    expect(speech.spoken.some((utterance) => utterance.text.includes('Phường Bến Thành'))).to.equal(true);
    tool(article, 'Tạm dừng')!.click();
    await article.updateComplete;
    expect(speech.calls).to.include('pause');
    tool(article, 'Đọc tiếp')!.click();
    await article.updateComplete;
    expect(speech.calls).to.include('resume');
    tool(article, 'Dừng đọc')!.click();
    await article.updateComplete;
    expect(tool(article, 'Nghe đọc bài')).to.exist;
  });

  it('plays the audio attachment instead when the source provides one', async () => {
    restore.push(stub(window, 'speechSynthesis', fakeSpeech([]).synth));
    const played: string[] = [];
    restore.push(
      stub(HTMLMediaElement.prototype, 'play', function (this: HTMLMediaElement) {
        played.push(this.src);
        return Promise.resolve();
      }),
    );
    const article = await loadedArticle(
      `<news-article lang="vi" src="${FEED}" article-id="bv-audio"></news-article>`,
    );
    tool(article, 'Nghe đọc bài')!.click();
    await waitUntil(() => played.length > 0);
    expect(played[0]).to.match(/\/files\/ban-tin\.mp3$/);
    expect(root(article).querySelector('audio[controls]')).to.exist;
  });
});

describe('<news-article> around the article', () => {
  it('lists up to five related items, without the article itself', async () => {
    const article = await loadedArticle(
      `<news-article lang="vi" src="${FEED}" article-id="bv-2" related="${FEED}" time-zone="${HCM}"></news-article>`,
    );
    await waitUntil(() => root(article).querySelector('.related'));
    const related = root(article).querySelector('[part~="related"]')!;
    expect(text(related.querySelector('.section-title'))).to.equal('Tin liên quan');
    const titles = Array.from(related.querySelectorAll('li a'), text);
    expect(titles).to.deep.equal([
      'Bài một: ra quân vệ sinh môi trường',
      'Bài ba: hội thi văn nghệ khu phố',
      'Bài bốn',
      'Bài năm',
      'Bài sáu',
    ]);
    expect(text(related.querySelector('time'))).to.equal('20/08/2020');
  });

  it('dates related items in English as the article dates itself, never as a US 8/20/20', async () => {
    const article = await loadedArticle(
      `<news-article lang="en" src="${FEED}" article-id="bv-2" related="${FEED}" time-zone="${HCM}"></news-article>`,
    );
    await waitUntil(() => root(article).querySelector('.related'));
    const shown = text(root(article).querySelector('[part~="related"] time'));
    const published = text(root(article).querySelector('[part~="date"]'));
    expect(shown).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: HCM }).format(
        new Date('2020-08-20T12:00:00+07:00'),
      ),
    );
    expect(shown).to.not.match(/^\d+\/\d+\/\d+$/);
    // The article's own meta line starts with its day in the same form.
    expect(published).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4} \| /);
  });

  it('leaves the related list out, and the article in, when the related feed fails', async () => {
    let warned = false;
    const warnings = await capturingWarnings(async () => {
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        warned ||= args.join(' ').includes('related');
        warn(...args);
      };
      const article = await loadedArticle(
        `<news-article src="${BASIC}" related="/__fault/status/404" cache="0"></news-article>`,
      );
      // Until the related feed has failed (a fixed wait was too short on a busy machine).
      await waitUntil(() => warned, 'the related feed never failed');
      await article.updateComplete;
      expect(article.status).to.equal('ready');
      expect(root(article).querySelector('.related')).to.equal(null);
    });
    expect(warnings.join()).to.contain('related');
  });

  it('counts the view once per browser session with a POST {id, url}, without waiting for it', async () => {
    const countUrl = `/__fault/status/204?run=${Date.now()}`;
    const posts: { url: string; body: string; keepalive: boolean }[] = [];
    const realFetch = window.fetch;
    const undo = stub(window, 'fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST') {
        posts.push({ url: String(input), body: String(init.body), keepalive: Boolean(init.keepalive) });
      }
      return realFetch(input, init);
    });
    try {
      await loadedArticle(`<news-article src="${BASIC}" count-url="${countUrl}"></news-article>`);
      await loadedArticle(`<news-article src="${BASIC}" count-url="${countUrl}"></news-article>`);
      expect(posts.length).to.equal(1);
      expect(posts[0].url).to.equal(new URL(countUrl, location.href).href);
      expect(JSON.parse(posts[0].body)).to.deep.equal({
        id: 'bv-122',
        url: 'https://quan1.example.vn/tin-tuc/bv-122',
      });
      expect(posts[0].keepalive).to.equal(true);
    } finally {
      undo();
    }
  });

  it('only logs a failed count', async () => {
    const warnings = await capturingWarnings(async () => {
      const article = await loadedArticle(
        `<news-article src="${BASIC}" count-url="/__fault/status/500?r=${Date.now()}"></news-article>`,
      );
      await waitUntil(() => warnings.length > 0 || false, undefined, { timeout: 2000 }).catch(
        () => undefined,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(article.status).to.equal('ready');
      expect(text(root(article).querySelector('[part~="status"]'))).to.equal('');
    });
    expect(warnings.join()).to.contain('HTTP 500');
  });

  it('describes the article as one NewsArticle in JSON-LD in its light DOM, kept current and removed with it', async () => {
    const article = await loadedArticle(
      `<news-article lang="vi" src="${FEED}" article-id="bv-1" time-zone="${HCM}"></news-article>`,
    );
    const scripts = () => article.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts().length).to.equal(1);
    let data = JSON.parse(scripts()[0].textContent!);
    expect(data['@type']).to.equal('NewsArticle');
    expect(data.headline).to.equal('Bài một: ra quân vệ sinh môi trường');
    expect(data.datePublished).to.equal('2020-08-20T08:00:00+07:00');
    expect(data.author).to.deep.equal([{ '@type': 'Person', name: 'Nguyễn Văn An' }]);
    expect(data.publisher).to.equal(undefined);
    expect(data.interactionStatistic.userInteractionCount).to.equal(1234);
    const loaded = oneEvent(article, 'news-load');
    article.src = BASIC;
    article.articleId = '';
    await loaded;
    await article.updateComplete;
    expect(scripts().length).to.equal(1);
    data = JSON.parse(scripts()[0].textContent!);
    expect(data.headline).to.equal(
      'Hội nghị trực tuyến quán triệt Nghị quyết Đại hội Đảng bộ Quận lần thứ XI',
    );
    expect(data.publisher).to.deep.equal({ '@type': 'Organization', name: 'BAN TUYÊN GIÁO QUẬN ỦY' });
    expect(data.image).to.deep.equal([new URL(`${FIXTURES}/img/hoi-nghi.svg`, location.href).href]);
    article.remove();
    expect(scripts().length).to.equal(0);
  });
});

interface FakeVoice {
  lang: string;
  name: string;
}

/** A speechSynthesis that records what it was asked to do (headless Chromium has no voices). */
function fakeSpeech(voices: FakeVoice[]) {
  const spoken: SpeechSynthesisUtterance[] = [];
  const calls: string[] = [];
  const events = new EventTarget();
  const synth = {
    getVoices: () => voices as unknown as SpeechSynthesisVoice[],
    speak: (utterance: SpeechSynthesisUtterance) => void spoken.push(utterance),
    cancel: () => void calls.push('cancel'),
    pause: () => void calls.push('pause'),
    resume: () => void calls.push('resume'),
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  return { synth, spoken, calls };
}

import { expect, waitUntil } from '@open-wc/testing';
import type * as ReactNamespace from 'react';
import type { createRoot as CreateRoot, Root } from 'react-dom/client';
import type { flushSync as FlushSync } from 'react-dom';
import '../../src/define.js';
import type { NewsFeedElement } from '../../src/index.js';
import type { NewsItem } from '../../src/sources/types.js';

/**
 * <news-feed> inside a React 19 app, as an app developer writes it: React sets `messages` (an object) as a
 * property because the element has one, `page-size` as an attribute, and attaches `onnews-load` /
 * `onnews-select` as listeners for those custom events. No wrapper component.
 */
interface ReactModule {
  React: typeof ReactNamespace;
  createRoot: typeof CreateRoot;
  flushSync: typeof FlushSync;
}
// Served by test/react/react-esm.mjs (React ships CommonJS only); a variable keeps tsc from resolving it.
const REACT_URL: string = '/__react/react.js';
const { React, createRoot, flushSync } = (await import(REACT_URL)) as ReactModule;

const NATIVE = '/test/fixtures/native-basic.json';

describe('<news-feed> in React 19', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  function render(props: Record<string, unknown>): NewsFeedElement {
    flushSync(() => root.render(React.createElement('news-feed', props)));
    return container.querySelector('news-feed')!;
  }

  it('sets attributes and properties, and delivers news-load and news-select to on… props', async () => {
    const loads: number[] = [];
    const selected: NewsItem[] = [];
    const feed = render({
      src: NATIVE,
      lang: 'vi',
      'time-zone': 'Asia/Ho_Chi_Minh',
      'page-size': 2,
      messages: { viewsOther: '{count} lượt đọc' },
      'onnews-load': (event: CustomEvent<{ total: number }>) => loads.push(event.detail.total),
      'onnews-select': (event: CustomEvent<{ item: NewsItem }>) => {
        event.preventDefault(); // the app routes itself; the test page must not navigate
        selected.push(event.detail.item);
      },
    });
    // A property, not the string "[object Object]" in an attribute.
    expect(feed.getAttribute('messages')).to.equal(null);
    expect(feed.messages).to.deep.equal({ viewsOther: '{count} lượt đọc' });
    expect(feed.getAttribute('page-size')).to.equal('2');

    await waitUntil(() => loads.length > 0, 'news-load reached the onnews-load prop');
    await feed.updateComplete;
    expect(loads).to.deep.equal([6]);
    const root = feed.shadowRoot!;
    expect(root.querySelectorAll('[part~="item"]').length).to.equal(2);
    expect(root.querySelector('[part~="views"]')!.textContent!.trim()).to.equal('1.234 lượt đọc');

    const before = location.href;
    (root.querySelector('[part~="title"] a') as HTMLAnchorElement).click();
    expect(selected.map((item) => item.id)).to.deep.equal(['tt-101']);
    expect(location.href).to.equal(before);
  });

  it('follows re-renders: new property values and a replaced handler', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const props = (messages: object, handler: (event: CustomEvent<{ item: NewsItem }>) => void) => ({
      src: NATIVE,
      lang: 'en',
      messages,
      'onnews-select': (event: CustomEvent<{ item: NewsItem }>) => {
        event.preventDefault();
        handler(event);
      },
    });
    const feed = render(props({}, (event) => first.push(event.detail.item.id)));
    await waitUntil(() => feed.status === 'ready', 'the feed loaded');
    render(props({ viewsOther: '{count} reads' }, (event) => second.push(event.detail.item.id)));
    await feed.updateComplete;
    expect(feed.shadowRoot!.querySelector('[part~="views"]')!.textContent!.trim()).to.equal('1,234 reads');
    (feed.shadowRoot!.querySelector('[part~="title"] a') as HTMLAnchorElement).click();
    expect(first).to.deep.equal([]);
    expect(second).to.deep.equal(['tt-101']);
  });
});

import { expect, fixture, oneEvent } from '@open-wc/testing';
import { unique } from '../../test/feed-helpers.js';
import { NewsError } from '../errors.js';
import type { NewsFeedElement } from '../news-feed/news-feed.js';
import { fetchBody } from './fetch-body.js';

/** Garbage enough to make an engine collect what nothing references while a request waits. */
async function churn(ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    for (let i = 0; i < 200; i++) new Array(1000).fill({ i });
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A source that never answers ends in a timeout in every engine, also when the caller passes a signal of its
 * own and the engine collects garbage meanwhile (WebKit used to collect the combined signal, and the feed then
 * loaded for ever).
 */
describe('fetchBody and a source that never answers', () => {
  it('times out with a caller signal, while garbage is collected', async () => {
    const caller = new AbortController();
    const answered = fetchBody(`/__fault/hang/${unique('hang')}`, {
      signal: caller.signal,
      timeoutMs: 1000,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    await churn(1500);
    const error = await Promise.race([
      answered,
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 4000)),
    ]);
    expect(error).to.be.instanceOf(NewsError);
    expect((error as NewsError).kind).to.equal('timeout');
  });

  it('is aborted by the caller, as an AbortError nobody reports', async () => {
    const caller = new AbortController();
    const answered = fetchBody(`/__fault/hang/${unique('hang')}`, {
      signal: caller.signal,
      timeoutMs: 5000,
    }).catch((error: unknown) => error);
    caller.abort();
    const error = (await answered) as DOMException;
    expect(error.name).to.equal('AbortError');
  });

  it('leaves <news-feed> with a timeout error and a retry, not loading for ever', async () => {
    const feed = await fixture<NewsFeedElement>(
      `<news-feed lang="en" src="/__fault/hang/${unique('feed-hang')}" timeout="1" cache="0"></news-feed>`,
    );
    const failed = oneEvent(feed, 'news-error');
    await churn(1500);
    const { detail } = await failed;
    await feed.updateComplete;
    expect(detail.error.kind).to.equal('timeout');
    expect(feed.status).to.equal('error');
    expect(feed.shadowRoot!.querySelector('[part~="retry"]')).to.not.equal(null);
  });
});

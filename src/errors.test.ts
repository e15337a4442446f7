import { expect } from '@open-wc/testing';
import { asNewsError, chunkUnavailable, NewsError } from './errors.js';

describe('NewsError helpers', () => {
  it('keeps a NewsError as it is, and makes any other failure a format error that says where', () => {
    const http = new NewsError('http', 'answered HTTP 500', { status: 500 });
    expect(asNewsError(http, 'news-feed', '/a.json')).to.equal(http);
    const bug = new TypeError("Cannot read properties of null (reading 'items')");
    const error = asNewsError(bug, 'news-feed', '/a.json');
    expect(error).to.be.instanceOf(NewsError);
    expect(error.kind).to.equal('format');
    expect(error.message).to.equal(`news-feed: ${String(bug)}`);
    expect(error.url).to.equal('/a.json');
    expect(error.cause).to.equal(bug);
  });

  it('reports a chunk that cannot be downloaded as a network failure', async () => {
    const failed = new TypeError('Failed to fetch dynamically imported module: /dist/rss-x.js');
    const error = await Promise.reject(failed)
      .catch(chunkUnavailable)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NewsError);
    expect((error as NewsError).kind).to.equal('network');
    expect((error as NewsError).message).to.contain('rss-x.js');
    expect((error as NewsError).cause).to.equal(failed);
  });
});

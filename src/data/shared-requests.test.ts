import { expect } from '@open-wc/testing';
import { FIXTURES, unique } from '../../test/feed-helpers.js';
import { sharedFetch } from './shared-requests.js';

const slowly = () => `/__fault/delay/300/${unique()}?src=${FIXTURES}/native-basic.json`;

describe('shared requests', () => {
  it('keeps a request that someone without a signal still waits for when everyone else leaves', async () => {
    const url = new URL(slowly(), location.href).href;
    const leaving = new AbortController();
    const left = sharedFetch(url, { signal: leaving.signal, timeoutMs: 5000, maxAgeMs: 0 });
    const staying = sharedFetch(url, { timeoutMs: 5000, maxAgeMs: 0 });
    leaving.abort();
    const error = await left.catch((reason: unknown) => reason);
    expect(error).to.be.instanceOf(DOMException);
    const answer = await staying;
    expect(JSON.parse(new TextDecoder().decode(answer.bytes)).items).to.have.length(5);
  });

  it('aborts the request once everyone with a signal has left and nobody else waits', async () => {
    const url = new URL(slowly(), location.href).href;
    const first = new AbortController();
    const second = new AbortController();
    const a = sharedFetch(url, { signal: first.signal, timeoutMs: 5000, maxAgeMs: 0 }).catch(
      (e: unknown) => e,
    );
    const b = sharedFetch(url, { signal: second.signal, timeoutMs: 5000, maxAgeMs: 0 }).catch(
      (e: unknown) => e,
    );
    first.abort();
    second.abort();
    expect(await a).to.be.instanceOf(DOMException);
    expect(await b).to.be.instanceOf(DOMException);
    // A newcomer after the abort starts a request of its own instead of inheriting the AbortError.
    const again = await sharedFetch(url, { timeoutMs: 5000, maxAgeMs: 0 });
    expect(again.bytes.byteLength).to.be.greaterThan(0);
  });
});

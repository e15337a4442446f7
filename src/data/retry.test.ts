import { expect } from '@open-wc/testing';
import { NewsError } from '../errors.js';
import { withRetries } from './retry.js';

const QUICK = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };
const unavailable = (n: number) => new NewsError('http', `503 #${n}`, { status: 503 });

/** An attempt that fails with what `outcomes` says, in turn, and then succeeds; it counts its calls. */
function attempts(...outcomes: NewsError[]) {
  const calls = { count: 0 };
  const attempt = () => {
    const failure = outcomes[calls.count++];
    return failure ? Promise.reject(failure) : Promise.resolve('ok');
  };
  return { calls, attempt };
}

describe('withRetries', () => {
  it('tries again after transient failures until one succeeds', async () => {
    const { calls, attempt } = attempts(unavailable(1), unavailable(2));
    expect(await withRetries(attempt, undefined, QUICK)).to.equal('ok');
    expect(calls.count).to.equal(3);
  });

  it('reports the last failure when the attempts run out, and a lasting one at once', async () => {
    const last = unavailable(3);
    const flaky = attempts(unavailable(1), unavailable(2), last);
    expect(await withRetries(flaky.attempt, undefined, QUICK).catch((e: unknown) => e)).to.equal(last);
    expect(flaky.calls.count).to.equal(3);
    const gone = new NewsError('http', '404', { status: 404 });
    const lasting = attempts(gone);
    expect(await withRetries(lasting.attempt, undefined, QUICK).catch((e: unknown) => e)).to.equal(gone);
    expect(lasting.calls.count).to.equal(1);
  });

  it('stops waiting when aborted, without another attempt', async () => {
    const controller = new AbortController();
    const { calls, attempt } = attempts(unavailable(1));
    const result = withRetries(attempt, controller.signal, {
      ...QUICK,
      baseDelayMs: 10_000,
      maxDelayMs: 10_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await result.catch((e: unknown) => e)).to.be.instanceOf(DOMException);
    expect(calls.count).to.equal(1);
  });
});

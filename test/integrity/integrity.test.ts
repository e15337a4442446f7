import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../open-page.js';
import { itNeeds } from '../engine.js';

/**
 * Pages that pin the released files with the hashes `scripts/release-info.mjs` prints, against a server that
 * alters one file (test/integrity/integrity-server.mjs). The altered file must never run, and a page whose
 * files are all as built must work as if nothing were pinned.
 */
type Feed = HTMLElement & { status?: string; error?: { kind: string } };
type PageWindow = Window & { pageErrors: string[]; consoleErrors: string[]; alteredRan?: string[] };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function open(path: string): Promise<{ win: PageWindow; doc: Document }> {
  const { frame, win, doc } = await openPage<PageWindow>(path);
  frames.push(frame);
  return { win, doc };
}

const feedsSettled = (doc: Document) =>
  [...doc.querySelectorAll<Feed>('news-feed')].every((feed) => feed.status && feed.status !== 'loading');

describe('the classic loader pins the module it loads', () => {
  it('loads the module as built, and the feeds render', async () => {
    const { win, doc } = await open('/integrity/page/none/classic.html');
    await waitUntil(() => feedsSettled(doc), 'the feeds answered', { timeout: 8000 });
    expect(win.pageErrors).to.deep.equal([]);
    expect(doc.querySelector<Feed>('#native')!.status).to.equal('ready');
    expect(doc.querySelector<Feed>('#rss')!.status).to.equal('ready');
    expect(win.alteredRan).to.equal(undefined);
  });

  itNeeds(
    'modulepreload-integrity',
    'never runs a module that differs from the one it was built with, and says why',
    async () => {
      const { win } = await open('/integrity/page/entry/classic.html');
      await waitUntil(() => win.consoleErrors.length > 0, 'the loader reported the refused module', {
        timeout: 8000,
      });
      expect(win.consoleErrors.join('\n')).to.match(/news-elements: .*news-elements\.js .*integrity sha384-/);
      expect(win.alteredRan).to.equal(undefined);
      expect(win.customElements.get('news-feed')).to.equal(undefined);
    },
  );
});

describe("release-info's import map pins the module's on-demand parts", () => {
  it('with every file as built, under a CSP that allows the map by its hash only: no violation', async () => {
    const { win, doc } = await open('/integrity/page/none/import-map.html');
    await waitUntil(() => feedsSettled(doc) || win.pageErrors.length > 0, 'the feeds answered', {
      timeout: 8000,
    });
    expect(win.pageErrors).to.deep.equal([]);
    expect(doc.querySelector<Feed>('#native')!.status).to.equal('ready');
    expect(doc.querySelector<Feed>('#rss')!.status).to.equal('ready');
  });

  it('refuses an altered part: that source fails as a setup problem, the others still show', async () => {
    const { win, doc } = await open('/integrity/page/rss/import-map.html');
    await waitUntil(() => feedsSettled(doc), 'the feeds answered', { timeout: 8000 });
    expect(win.alteredRan).to.equal(undefined);
    expect(doc.querySelector<Feed>('#native')!.status).to.equal('ready');
    const rss = doc.querySelector<Feed>('#rss')!;
    expect(rss.status).to.equal('error');
    // The part is on the server but did not run: not the network's failure, and not one a retry mends.
    expect(rss.error!.kind).to.equal('setup');
    expect((rss.error as { message?: string }).message).to.contain('integrity hash');
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadedFeed, shadow } from '../feed-helpers.js';
import { allPosts, postsUrl, publishSource, site, stopService, titleOf } from './site.js';

const PER_PAGE = 5;
const sourcePages = Math.ceil(site.published / PER_PAGE);

describe('WordPress: `news-elements publish` makes a static feed of the real site', () => {
  it('reads every page of the REST API, and <news-feed> searches the whole archive from the folder', async () => {
    const run = await publishSource(
      'wp',
      postsUrl(site.url, `per_page=${PER_PAGE}`),
      '--page-size',
      String(PER_PAGE),
      '--time-zone',
      'Asia/Ho_Chi_Minh',
    );
    expect(run.stderr.replace(/^Left out.*\n/gm, '')).to.equal('');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.contain(`Published ${site.published} items from ${sourcePages} source pages`);
    const pages = Object.keys(run.files).filter((name) => /^feed(-\d+)?\.json$/.test(name));
    expect(pages).to.have.length(Math.ceil(site.published / PER_PAGE));
    expect(Object.keys(run.files)).to.include('index.json');

    const posts = await allPosts();
    // REST's default order is the newest first: the oldest published post is on the folder's last page.
    const oldest = posts.at(-1)!;
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="/published/wp/feed.json" search cache="0" page-size="${PER_PAGE}"></news-feed>`,
    );
    expect(feed.page!.total).to.equal(site.published);
    expect(feed.items.map((item) => item.title)).not.to.include(titleOf(oldest));
    const input = shadow(feed).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: titleOf(oldest) });
    await waitUntil(
      () => feed.items.some((item) => item.title === titleOf(oldest)),
      'the oldest post was not found in the published archive',
      { timeout: 20000 },
    );
    expect(feed.items.find((item) => item.title === titleOf(oldest))!.url).to.equal(oldest.link);
  });

  it('leaves the published folder as it was when WordPress fails, and exits 1', async () => {
    const args = [postsUrl(site.url, `per_page=${PER_PAGE}`), '--page-size', String(PER_PAGE)];
    const first = await publishSource('wp-fault', ...args);
    expect(first.code).to.equal(0);
    const again = await publishSource('wp-fault', ...args);
    expect(again.stdout).to.contain('already up to date, nothing rewritten');
    await stopService('mariadb');
    const failed = await publishSource('wp-fault', ...args, '--timeout', '10');
    expect(failed.code).to.equal(1);
    expect(failed.stderr).to.match(/^Error \(http\): /m);
    expect(failed.files).to.deep.equal(first.files);
  });
});

/**
 * The pre-rendered HTML that `news-elements publish` writes (news-feed.html, and articles/<id>.html with
 * `--articles`), read as files. How browsers show it and take it over: test/prerender.test.ts. Needs
 * `npm run build` first (the CLI runs dist/lib).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = `${root}test/fixtures/prerender/feed.json`;

function publish(out, ...options) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        `${root}bin/news-elements.mjs`,
        'publish',
        source,
        '--out',
        out,
        '--time-zone',
        'Asia/Ho_Chi_Minh',
        ...options,
      ],
      { cwd: root, env: { ...process.env, TZ: 'UTC' } },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** The text between the data block's tags. */
function dataBlock(html) {
  const start = html.indexOf('>', html.indexOf('<script type="application/json" data-news-prerendered')) + 1;
  return html.slice(start, html.indexOf('</script>', start));
}

let work;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'news-prerender-'));
});
after(() => rm(work, { recursive: true, force: true }));

describe('publish: pre-rendered HTML', () => {
  it('writes news-feed.html: the first page in a declarative shadow root, its data, and plain links', async () => {
    const out = join(work, 'vi');
    const run = await publish(out, '--page-size', '2', '--articles');
    assert.equal(run.code, 0, run.stderr);
    const html = await readFile(join(out, 'news-feed.html'), 'utf8');
    assert.ok(html.includes('<template shadowroot="open" shadowrootmode="open">'));
    assert.match(
      html,
      /<news-feed\s[^>]*lang="vi" time-zone="Asia\/Ho_Chi_Minh" page-size="2" src="feed.json"/,
    );
    for (const text of ['21/08/2020 17:24', '1.234 lượt xem', '0 lượt xem']) {
      assert.ok(html.includes(text), text);
    }
    // Two items, each in the shadow root and among the light DOM's links; the third is on page 2.
    assert.equal(html.split('part="title"').length - 1, 2);
    assert.ok(html.includes('<a href="https://phuong.example.vn/tin-tuc/pr-2">'));
    assert.ok(!html.includes('Thông báo lịch tiếp'));
    const published = JSON.parse(await readFile(join(out, 'feed.json'), 'utf8'));
    assert.deepEqual(JSON.parse(dataBlock(html)), published, 'the data block is feed.json');
    assert.match(html, /data-saved-at="\d{13}"/);
  });

  it('writes one article per item with a body, sanitized, with its JSON-LD', async () => {
    const out = join(work, 'vi');
    assert.deepEqual(await readdir(join(out, 'articles')), ['pr-3.html']);
    const html = await readFile(join(out, 'articles', 'pr-3.html'), 'utf8');
    assert.match(html, /<news-article\s[^>]*src="\.\.\/feed-2.json" article-id="pr-3"/);
    assert.ok(html.includes('<strong>tháng 9</strong>'));
    for (const hostile of ['pwned', 'javascript:', 'onerror', 'onclick', 'evil.example', '<iframe']) {
      assert.ok(!html.includes(hostile), hostile);
    }
    // The title is text, in the heading and in the JSON-LD.
    assert.ok(html.includes('tháng 9/2020 &lt;không phải thẻ&gt;'));
    const ld = html.slice(
      html.indexOf('<script type="application/ld+json">') + 35,
      html.lastIndexOf('</script>'),
    );
    assert.equal(JSON.parse(ld).headline, 'Thông báo lịch tiếp công dân tháng 9/2020 <không phải thẻ>');
  });

  it('rewrites none of it over an unchanged source', async () => {
    const out = join(work, 'vi');
    const before = await readFile(join(out, 'news-feed.html'));
    const again = await publish(out, '--page-size', '2', '--articles');
    assert.match(again.stdout, /already up to date, nothing rewritten/);
    assert.deepEqual(await readFile(join(out, 'news-feed.html')), before);
  });

  it('formats for --lang en, and names its files absolutely under --base-url', async () => {
    const out = join(work, 'en');
    const run = await publish(out, '--lang', 'en', '--base-url', 'https://cdn.example.vn/tin', '--articles');
    assert.equal(run.code, 0, run.stderr);
    const html = await readFile(join(out, 'news-feed.html'), 'utf8');
    assert.ok(html.includes('1,234 views'));
    assert.ok(!html.includes('lượt xem'));
    assert.match(html, /src="https:\/\/cdn\.example\.vn\/tin\/feed\.json"/);
    const article = await readFile(join(out, 'articles', 'pr-3.html'), 'utf8');
    assert.match(article, /src="https:\/\/cdn\.example\.vn\/tin\/feed\.json" article-id="pr-3"/);
    assert.ok(article.includes('"mainEntityOfPage":"https://cdn.example.vn/tin/articles/pr-3.html"'));
  });
});

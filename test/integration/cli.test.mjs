/**
 * `news-elements check`, run as a user runs it: a child process against the repository's fixtures and a
 * real HTTP server on 127.0.0.1 whose headers each case chooses. Needs `npm run build` first (the CLI runs
 * dist/lib). Run with `npm run test:cli`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { root, run } from './run-cli.mjs';

const fixture = (name) => `${root}test/fixtures/${name}`;

async function runJson(...args) {
  const result = await run(...args, '--json');
  return { ...result, report: JSON.parse(result.stdout) };
}

describe('news-elements check on files', () => {
  it('reports format, dropped items with reasons, and items formatted in Vietnamese', async () => {
    const { code, stdout } = await run(
      'check',
      fixture('native-dropped.json'),
      '--time-zone',
      'Asia/Ho_Chi_Minh',
    );
    assert.equal(code, 0);
    assert.match(stdout, /Format\s+native/);
    assert.match(stdout, /2 read, 3 left out, 2 would show/);
    assert.match(stdout, /#2 "bad-date": its date "32\/13\/2020 \| 25:61" is impossible/);
    assert.match(stdout, /#3 "no-text": it has no title and no text/);
    // The wall-clock time of the source, read in the zone given, exactly as the element prints it.
    assert.match(stdout, /1\. Tin hợp lệ\n\s+21\/08\/2020 17:24 \| 5 lượt xem/);
    assert.match(stdout, /20\/08\/2020 08:15/);
  });

  it('formats in English with the locale grouping and a date pattern, newest first', async () => {
    const { code, report } = await runJson(
      'check',
      fixture('native-basic.json'),
      '--lang',
      'en',
      '--time-zone',
      'Asia/Ho_Chi_Minh',
      '--date-format',
      'dd/MM/yyyy | HH:mm',
      '--base',
      'https://phuong.example.vn/tin-tuc/',
    );
    assert.equal(code, 0);
    assert.equal(report.format, 'native');
    const first = report.shown.find((item) => item.id === 'tt-101');
    assert.equal(first.date, '21/08/2020 | 17:24');
    assert.equal(first.views, '1,234 views');
    // Relative URLs resolve against the source, as in the browser.
    assert.equal(first.url, 'https://phuong.example.vn/tin-tuc/chi-tiet/tt-101.html');
    const times = report.shown.map((item) => item.publishedAt).filter(Boolean);
    assert.deepEqual(times, [...times].sort().reverse());
  });

  it('honours --page-size and --views-format compact', async () => {
    const { report } = await runJson(
      'check',
      fixture('native-basic.json'),
      '--page-size',
      '2',
      '--views-format',
      'compact',
    );
    assert.equal(report.shown.length, 2);
    assert.ok(report.itemCount > 2);
    assert.ok(
      report.shown.some((item) => /^1,2\snghìn lượt xem$/.test(item.views)),
      JSON.stringify(report.shown),
    );
  });

  for (const [pattern, intended, shown] of [
    ['dd/mm/yyyy', 'dd/MM/yyyy', '21/08/2020'],
    ['d/m/Y H:i', 'dd/MM/yyyy HH:mm', '21/08/2020 17:24'],
    ['%d/%m/%Y', 'dd/MM/yyyy', '21/08/2020'],
    ['DD/MM/YYYY', 'dd/MM/yyyy', '21/08/2020'],
  ]) {
    it(`warns that --date-format ${pattern} is another tool's pattern and shows dates as ${intended}`, async () => {
      const args = ['check', fixture('native-basic.json'), '--time-zone', 'Asia/Ho_Chi_Minh'];
      const { report } = await runJson(...args, '--date-format', pattern);
      assert.equal(report.warnings.length, 1);
      assert.match(
        report.warnings[0],
        new RegExp(`date-format="${pattern}".*write date-format="${intended}"`),
      );
      assert.equal(report.shown.find((item) => item.id === 'tt-101').date, shown);
      const { stdout } = await run(...args, '--date-format', pattern);
      assert.match(stdout, /Warnings:\n\s+• date-format=/);
    });
  }

  it('has no warning for a date-fns pattern', async () => {
    const { report } = await runJson(
      'check',
      fixture('native-basic.json'),
      '--date-format',
      'dd/MM/yyyy | HH:mm',
    );
    assert.deepEqual(report.warnings, []);
  });

  it('reads RSS through the real adapter with a Node DOMParser', async () => {
    const { code, report } = await runJson(
      'check',
      fixture('sources/rss2.xml'),
      '--time-zone',
      'Asia/Ho_Chi_Minh',
    );
    assert.equal(code, 0);
    assert.equal(report.format, 'rss');
    assert.equal(report.title, 'Phường Bến Nghé - Tin tức');
    assert.equal(report.shown[0].title, 'Họp dân & lấy ý kiến khu phố 3');
  });

  it('maps any JSON with --fields', async () => {
    const fields = JSON.stringify({
      items: 'data.danhSach',
      id: 'ma',
      title: 'tieuDe',
      date: 'ngayDang',
      views: 'luotXem',
      total: 'data.tongSo',
    });
    const { code, report } = await runJson(
      'check',
      fixture('sources/custom.json'),
      '--fields',
      fields,
      '--time-zone',
      'Asia/Ho_Chi_Minh',
    );
    assert.equal(code, 0);
    assert.equal(report.format, 'custom');
    assert.equal(report.total, 42);
    assert.equal(report.shown.find((item) => item.id === '7').date, '21/08/2020 17:24');
  });

  it('says which formats it tried when none fits, and exits 1', async () => {
    const { code, stdout } = await run('check', fixture('wrong-shape.json'));
    assert.equal(code, 1);
    assert.match(stdout, /Error \(format\): .*Tried custom, jsonfeed, wordpress, native/);
  });

  it('exits 1 on an empty feed and 2 on wrong usage', async () => {
    assert.equal((await run('check', fixture('native-empty.json'))).code, 1);
    const usage = await run('check');
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage: news-elements check/);
    assert.equal((await run('check', fixture('native-basic.json'), '--fields', '{oops')).code, 2);
    assert.equal((await run('check', fixture('native-basic.json'), '--time-zone', 'Mars/Base')).code, 2);
  });
});

describe('news-elements check on URLs', () => {
  /** Each path answers with the fixture and the headers a real server of that kind sends. */
  const ROUTES = {
    '/no-cors.json': { 'content-type': 'application/json' },
    '/cors.json': {
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=60',
      etag: '"v1"',
    },
    '/wp-json/wp/v2/posts': {
      'content-type': 'application/json; charset=UTF-8',
      'access-control-allow-origin': 'https://phuong.example.vn',
      'x-wp-total': '42',
      'x-wp-totalpages': '5',
    },
  };
  let server;
  let base;
  before(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url, 'http://x').pathname;
      const headers = ROUTES[path];
      if (!headers) return response.writeHead(404).end('not found');
      const file = path.startsWith('/wp-json') ? 'sources/wp-posts.json' : 'native-basic.json';
      response.writeHead(200, headers).end(readFileSync(fixture(file)));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('reports a missing CORS header with the message visitors would see', async () => {
    const { code, stdout } = await run('check', `${base}/no-cors.json`);
    assert.equal(code, 0, 'the items themselves are fine');
    assert.match(stdout, /HTTP\s+200/);
    assert.match(stdout, /access-control-allow-origin: \(not sent\)/);
    assert.match(stdout, /No Access-Control-Allow-Origin/);
    assert.match(stdout, /Không kết nối được tới nguồn tin\./);
    assert.match(stdout, /No Cache-Control, ETag or Last-Modified/);
  });

  it('gives no advice to a server that sends what it should', async () => {
    const { report } = await runJson('check', `${base}/cors.json`);
    assert.equal(report.headers['access-control-allow-origin'], '*');
    assert.equal(report.headers.etag, '"v1"');
    assert.deepEqual(report.advice, []);
    assert.equal(report.format, 'native');
  });

  it('asks WordPress to expose its paging headers, and checks the allowed origin', async () => {
    const { report } = await runJson(
      'check',
      `${base}/wp-json/wp/v2/posts`,
      '--origin',
      'https://other.example',
    );
    assert.equal(report.format, 'wordpress');
    assert.equal(report.headers['x-wp-totalpages'], '5');
    assert.ok(
      report.advice.some((text) =>
        text.includes('Access-Control-Expose-Headers: X-WP-Total, X-WP-TotalPages'),
      ),
    );
    assert.ok(report.advice.some((text) => text.includes('not https://other.example')));
  });

  it('reports HTTP errors and unreachable servers with exit 1', async () => {
    const missing = await runJson('check', `${base}/missing.json`);
    assert.equal(missing.code, 1);
    assert.deepEqual(missing.report.error, { kind: 'http', message: 'the server answered HTTP 404' });
    const closed = await runJson('check', 'http://127.0.0.1:9/feed.json');
    assert.equal(closed.code, 1);
    assert.equal(closed.report.error.kind, 'network');
  });
});

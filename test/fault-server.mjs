import { readdir, readFile } from 'node:fs/promises';
import { join, normalize, relative, sep } from 'node:path';
import { publishedFolders } from './published-folder.mjs';

/**
 * Test-only HTTP behaviour that fixture files cannot express, under `/__fault/`. `<key>` names a counter, so
 * a test can ask how many requests a route received (`/__fault/count/<key>`) and its faults are its own.
 * - `/__fault/status/<code>/<key>` answers that status (with `?retry-after=<s>` when asked);
 * - `/__fault/hang/<key>` never answers (until the client gives up);
 * - `/__fault/delay/<ms>/<key>?src=/test/fixtures/x.json` serves that file after a delay;
 * - `/__fault/fail/<n>/<key>?src=…[&status=503][&retry-after=1]` fails the first n requests, then serves;
 * - `/__fault/changing/<key>` a native feed whose only item changes title after the first request;
 * - `/__fault/ago/<minutes,minutes>` a native feed of items published that many minutes ago;
 * - `/__fault/big/<n>` a native feed of n long items (megabytes of JSON);
 * - `/__fault/raw/<key>?src=…&type=…` a file's bytes exactly as stored, with that Content-Type (the test
 *   runner's own file serving reads files as UTF-8 text, which would mangle other encodings);
 * - `/__fault/wp/<total>/<key>?page=…&per_page=…` WordPress posts, paged by the REST API's rules, with
 *   `X-WP-Total` and `X-WP-TotalPages` exposed; `&sticky-post=<id>` makes that post sticky (and `&sticky=true`
 *   lists it alone);
 * - `/__fault/echo/<key>?body=…&type=…` answers `body` (a payload a test built: value tables, random
 *   payloads) with that Content-Type (default JSON);
 * - `/__fault/count/<key>` how many requests `<key>` has had, as JSON;
 * - `/__fault/hold/<key>?src=…` holds the request until `/__fault/release/<key>` serves `src` to it, or until
 *   the client closes the connection; `/__fault/held/<key>?arrived=<n>` (or `?closed=<n>`) answers once `n`
 *   held requests have arrived (or been closed by their client), or after `within` ms (5000 by default),
 *   with `{ arrived, closed, answered }`: how many held requests came, were given up by their client, and
 *   were answered;
 * - `/__fault/files?under=src&ending=.ts[&containing=…]` the repository's files under that folder whose
 *   names end so (and whose text contains that string), as a JSON list of paths, for tests that must cover
 *   every module of a kind without a hand-kept list;
 * - `/__fault/published/<key>/<file>` a folder `news-elements publish` wrote, served as a static host
 *   serves it (see published-folder.mjs);
 * - `/__fault/parts/<key>/<file>` the built `dist/<file>`, never cached, so that a page importing
 *   `/__fault/parts/<key>/news-elements.js` loads the bundle and its on-demand parts from there; after
 *   `/__fault/block/<key>?parts=rss,failure-text&as=drop` requests for those parts (file names starting so)
 *   fail as a dropped connection (`as=404`: as a file that is not there; `as=delay&ms=…`: arrive that much
 *   later), in every engine; `?parts=` lifts it.
 * Fault paths carry no file extension: the test runner marks every path with one as cacheable for a year,
 * and a fault must reach the server on every request.
 */
export function faultServer() {
  const published = publishedFolders();
  const counts = new Map();
  /** Per key: the part names whose requests fail, and how. */
  const blocks = new Map();
  /** Per key: the requests `hold` keeps waiting, and what became of them. */
  const holds = new Map();
  const holdOf = (key) => {
    if (!holds.has(key))
      holds.set(key, { arrived: 0, closed: 0, answered: 0, waiting: new Set(), watchers: new Set() });
    return holds.get(key);
  };
  return async function fault(context, next) {
    if (!context.path.startsWith('/__fault/')) return next();
    const [kind, ...args] = context.path.slice('/__fault/'.length).split('/');
    const key = args.at(-1) ?? kind;
    const seen = (counts.get(key) ?? 0) + (kind === 'count' ? 0 : 1);
    counts.set(key, seen);
    context.set('Cache-Control', 'no-store');
    const json = (body) => {
      context.type = 'application/json';
      context.body = JSON.stringify(body);
    };
    switch (kind) {
      case 'count':
        return json({ count: seen });
      case 'published':
        return published(context, args);
      case 'status':
        return fail(context, Number(args[0]));
      case 'block': {
        const parts = String(context.query.parts ?? '')
          .split(',')
          .filter(Boolean);
        const as = context.query.as === '404' ? 404 : context.query.as === 'delay' ? 'delay' : 'drop';
        blocks.set(key, { parts, as, ms: Number(context.query.ms ?? 1000) });
        return json({ blocked: parts });
      }
      case 'parts': {
        const [partsKey, file] = args;
        const block = blocks.get(partsKey);
        const blocked = block?.parts.some((part) => file.startsWith(`${part}-`));
        if (blocked && block.as === 404) return fail(context, 404);
        if (blocked && block.as === 'drop') {
          context.respond = false;
          context.req.socket.destroy();
          return;
        }
        if (blocked) await new Promise((resolve) => setTimeout(resolve, block.ms));
        context.type = 'text/javascript';
        context.body = await readFile(
          join(process.cwd(), 'dist', normalize(file).replace(/^(\.\.[/\\])+/, '')),
        );
        return;
      }
      case 'hold': {
        // What the held file links to relatively (its images) lands here too, and is not held.
        if (!context.query.src) return serveFile(context, next, undefined);
        const hold = holdOf(key);
        hold.arrived++;
        const released = await new Promise((resolve) => {
          const release = () => resolve(true);
          hold.waiting.add(release);
          // The response closes before it is written only when the client dropped the connection.
          context.res.on('close', () => {
            hold.waiting.delete(release);
            if (!context.res.writableEnded) hold.closed++;
            for (const watch of hold.watchers) watch();
            resolve(false);
          });
          for (const watch of hold.watchers) watch();
        });
        if (!released) {
          context.status = 499; // nginx's "client closed request": nothing is sent
          context.respond = false;
          return;
        }
        hold.answered++;
        return serveFile(context, next, context.query.src);
      }
      case 'release': {
        const hold = holdOf(key);
        const released = hold.waiting.size;
        for (const release of hold.waiting) release();
        hold.waiting.clear();
        return json({ released });
      }
      case 'held': {
        const hold = holdOf(key);
        const reached = () =>
          hold.arrived >= Number(context.query.arrived ?? 0) &&
          hold.closed >= Number(context.query.closed ?? 0);
        await new Promise((resolve) => {
          const done = () => {
            clearTimeout(timer);
            hold.watchers.delete(watch);
            resolve();
          };
          const watch = () => reached() && done();
          const timer = setTimeout(done, Number(context.query.within ?? 5000));
          hold.watchers.add(watch);
          watch();
        });
        const { arrived, closed, answered } = hold;
        return json({ arrived, closed, answered });
      }
      case 'files':
        return json(
          await listFiles(
            String(context.query.under ?? ''),
            String(context.query.ending ?? ''),
            context.query.containing,
          ),
        );
      case 'hang':
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 30_000);
          context.req.on('close', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        context.status = 504;
        return;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, Number(args[0])));
        return serveFile(context, next, context.query.src);
      case 'fail':
        if (seen <= Number(args[0])) return fail(context, Number(context.query.status ?? 503));
        return serveFile(context, next, context.query.src);
      case 'raw':
        context.type = context.query.type ?? 'application/octet-stream';
        context.body = await readFile(
          join(process.cwd(), normalize(context.query.src).replace(/^(\.\.[/\\])+/, '')),
        );
        return;
      case 'echo':
        context.type = context.query.type ?? 'application/json';
        context.body = context.query.body ?? '';
        return;
      case 'wp': {
        const total = Number(args[0]);
        const perPage = Number(context.query.per_page ?? 10);
        const page = Number(context.query.page ?? 1);
        // `sticky-post=<id>` makes that post sticky: `sticky=true` then answers it alone, as the REST API does.
        const sticky = Number(context.query['sticky-post'] ?? 0);
        const all = Array.from({ length: total }, (_, i) => total - i);
        const ids = (context.query.sticky === 'true' ? all.filter((id) => id === sticky) : all).slice(
          (page - 1) * perPage,
          page * perPage,
        );
        context.set('X-WP-Total', String(total));
        context.set('X-WP-TotalPages', String(Math.ceil(total / perPage)));
        context.set('Access-Control-Expose-Headers', 'X-WP-Total, X-WP-TotalPages');
        return json(
          ids.map((id) => ({
            id,
            link: `https://phuong.example.vn/?p=${id}`,
            date_gmt: new Date(Date.UTC(2020, 7, 1) + id * 3_600_000).toISOString().slice(0, 19),
            title: { rendered: `Bài viết số ${id}` },
            sticky: id === sticky,
            excerpt: { rendered: `<p>Tóm tắt bài ${id}</p>` },
          })),
        );
      }
      case 'changing':
        return json({ items: [{ id: 'changing', title: seen === 1 ? 'Phiên bản 1' : 'Phiên bản 2' }] });
      case 'ago':
        return json({
          items: args[0].split(',').map((minutes) => ({
            id: `ago-${minutes}`,
            title: `Published ${minutes} minutes ago`,
            publishedAt: new Date(Date.now() - Number(minutes) * 60_000).toISOString(),
          })),
        });
      case 'big':
        return json({
          items: Array.from({ length: Number(args[0]) }, (_, i) => ({
            id: `big-${i}`,
            title: `Tin số ${i}: Ủy ban nhân dân phường triển khai kế hoạch cải cách hành chính năm ${2000 + (i % 27)}`,
            summary: 'Nội dung tóm tắt của bản tin, đủ dài để nguồn tin nặng vài megabyte. '.repeat(8),
            contentHtml: `<p>${'Đoạn văn bản của bài viết. '.repeat(40)}</p>`,
            publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
            views: (i * 7919) % 100_000,
            category: ['Tin tức - Sự kiện', 'Thông báo', 'Văn hoá - Xã hội'][i % 3],
          })),
        });
      default:
        context.status = 404;
    }
  };
}

function fail(context, status) {
  context.status = status;
  context.body = `fault ${status}`;
  if (context.query['retry-after']) context.set('Retry-After', context.query['retry-after']);
}

/** Paths (from the repository root, with `/`) of the files under `under` named `…ending` (holding `containing`). */
async function listFiles(under, ending, containing) {
  const root = process.cwd();
  const folder = join(root, normalize(under).replace(/^(\.\.[/\\])+/, ''));
  const names = await readdir(folder, { recursive: true });
  const paths = [];
  for (const name of names.filter((name) => name.endsWith(ending)).sort()) {
    const path = join(folder, name);
    if (containing === undefined || (await readFile(path, 'utf8')).includes(containing)) {
      paths.push(relative(root, path).split(sep).join('/'));
    }
  }
  return paths;
}

/** Serves another path's static file while keeping this request's own URL for the outer middleware. */
async function serveFile(context, next, path) {
  if (!path) {
    context.status = 400;
    context.body = 'fault: this route needs ?src=/path/to/file';
    return;
  }
  const original = context.url;
  context.url = path;
  await next();
  context.url = original;
}

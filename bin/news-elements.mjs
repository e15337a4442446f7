#!/usr/bin/env node
/**
 * `news-elements check <url-or-file>`: what <news-feed> would make of a source, told from Node before anyone
 * touches a page. It runs the package's own adapters and formatters (dist/lib, built by tsc), so what it
 * prints is what the element shows, and it reports the response headers that decide whether a page on
 * another origin may read the source at all (Node is not bound by CORS; the visitor's browser is).
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { provideDomParser } from './node-dom.mjs';
import { PUBLISH_USAGE, publish } from './publish/publish.mjs';
import { readFields, readTimeZone, readWhole, parseCommandLine, UsageError } from './source-options.mjs';

const lib = new URL('../dist/lib/', import.meta.url);
const load = (path) => import(new URL(path, lib).href);

/**
 * The Origin sent unless told otherwise: a page on another site, as a widget's host page is. Servers that
 * answer CORS only when asked (WordPress reflects the Origin it is sent) are then judged as browsers see them.
 */
const DEFAULT_ORIGIN = 'https://news-elements.invalid';

const USAGE = `Usage: news-elements check <url-or-file> [options]
       news-elements publish <url-or-file> --out <dir> [options]   (see publish --help)

Reads a news source the way <news-feed> does and reports what it would show.

Options (the element's attributes of the same name):
  --format <f>              auto (default), native, jsonfeed, wordpress, rss, custom
  --fields <json>           dot paths, e.g. '{"items":"data.danhSach","title":"tieuDe","date":"ngayDang"}'
  --time-zone <zone>        IANA zone for dates without an offset and for display (default: this machine's)
  --lang <vi|en|…>          language of dates and view counts (default: vi)
  --date-format <f>         auto (default), relative, short, medium, long or a date-fns pattern
  --views-format <f>        full (default) or compact
  --source-date-format <p>  date-fns parse pattern for source dates no built-in form reads
  --sort <order>            newest (default), most-viewed, source
  --page-size <n>           items shown (default 10)
  --base <url>              where a file will be served from, so its relative links resolve as on the site
  --origin <url>            the page's origin, to check the CORS answer for it (sent as Origin;
                            default ${DEFAULT_ORIGIN}, a page on another site)
  --no-origin               send no Origin (as a same-origin page or a server would ask)
  --json                    machine-readable output
  -h, --help                this text

Exit status: 0 when items would show, 1 when the source fails or shows nothing, 2 on wrong usage.`;

/** The headers that decide whether a page can read the source, how it caches, and how WordPress pages. */
const REPORTED_HEADERS = [
  'content-type',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'cache-control',
  'etag',
  'last-modified',
  'x-wp-total',
  'x-wp-totalpages',
];

async function main(argv) {
  const { values, positionals } = parseCommandLine(argv, {
    'views-format': { type: 'string', default: 'full' },
    sort: { type: 'string', default: 'newest' },
    base: { type: 'string' },
    origin: { type: 'string' },
    'no-origin': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, source, ...rest] = positionals;
  if (command !== 'check' || !source || rest.length) throw new UsageError('expected: check <url-or-file>');
  const fields = readFields(values.fields);
  const pageSize = readWhole(values['page-size'], 'page-size', 1);
  const timeZone = readTimeZone(values['time-zone']);
  const origin = values['no-origin'] ? undefined : (values.origin ?? DEFAULT_ORIGIN);
  if (origin) {
    try {
      new URL(origin);
    } catch {
      throw new UsageError(`--origin "${origin}" is not a URL such as https://phuong.example.vn`);
    }
  }
  const report = await check(source, { ...values, origin, fields, pageSize, timeZone });
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  return report.error || report.shown.length === 0 ? 1 : 0;
}

/** Bytes, content type, base URL and (for a URL) the response's status and headers. */
async function read(source, origin, describingHeaders) {
  if (/^https?:\/\//i.test(source)) {
    const headers = {
      accept: 'application/json, application/feed+json, application/rss+xml, application/atom+xml, */*',
    };
    if (origin) headers.origin = new URL(origin).origin;
    const response = await fetch(source, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(20_000),
    });
    return {
      kind: 'url',
      url: response.url || source,
      status: response.status,
      ok: response.ok,
      contentType: response.headers.get('content-type') ?? '',
      headers: Object.fromEntries(REPORTED_HEADERS.map((name) => [name, response.headers.get(name)])),
      // What the element keeps of the answer besides its body (fetch-body.ts), for the adapters.
      describing: Object.fromEntries(
        describingHeaders
          .map((name) => [name, response.headers.get(name)])
          .filter(([, value]) => value !== null),
      ),
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  }
  const path = resolve(source);
  const TYPES = {
    '.json': 'application/json',
    '.xml': 'application/xml',
    '.rss': 'application/rss+xml',
    '.atom': 'application/atom+xml',
  };
  return {
    kind: 'file',
    url: pathToFileURL(path).href,
    ok: true,
    contentType: TYPES[extname(path).toLowerCase()] ?? '',
    bytes: await readFile(path),
  };
}

export async function check(source, options) {
  const hasDom = await provideDomParser();
  const [
    { decodeBody },
    { parseSource },
    { loadSourcePatternSupport },
    dates,
    { formatViews },
    { messagesFor },
    { sortItems },
    { patternMistake, describeMistake },
    { ARCHIVE_PAGE_CAP },
    { DESCRIBING_HEADERS },
  ] = await Promise.all([
    load('sources/decode.js'),
    load('sources/detect.js'),
    load('sources/source-date-format.js'),
    load('i18n/format-date.js'),
    load('i18n/format-views.js'),
    load('i18n/messages.js'),
    load('news-feed/sort-items.js'),
    load('i18n/date-pattern-mistakes.js'),
    load('news-feed/archive-cap.js'),
    load('data/fetch-body.js'),
  ]);
  const report = {
    source,
    lang: options.lang,
    timeZone: options.timeZone,
    dom: hasDom,
    shown: [],
    dropped: [],
    // What the element would say in the console about the options, as it says it.
    warnings: [],
  };
  const mistake = patternMistake(options['date-format']);
  if (mistake) report.warnings.push(describeMistake(mistake));
  let response;
  try {
    response = await read(source, options.origin, DESCRIBING_HEADERS);
  } catch (error) {
    report.error = { kind: 'network', message: describeFailure(error) };
    return report;
  }
  Object.assign(report, { url: response.url, contentType: response.contentType });
  if (response.kind === 'url') {
    report.status = response.status;
    report.headers = response.headers;
    report.origin = options.origin ?? null;
    report.advice = advise(response.headers, options.origin);
  }
  if (!response.ok) {
    report.error = { kind: 'http', message: `the server answered HTTP ${response.status}` };
    return report;
  }
  try {
    if (options['source-date-format']) await loadSourcePatternSupport();
    if (dates.needsPatternSupport(options['date-format'])) await dates.patternSupport.load();
    const page = await parseSource(
      decodeBody(response.bytes, response.contentType),
      response.contentType,
      options.format,
      {
        // Relative links resolve against the source's URL; a local file has none worth linking to.
        baseUrl: options.base ? new URL(options.base).href : response.url,
        headers: response.describing,
        timeZone: options.timeZone,
        fields: options.fields,
        sourceDateFormat: options['source-date-format'],
      },
    );
    const messages = messagesFor(options.lang);
    const now = Date.now();
    const shown = sortItems(page.items, options.sort).slice(0, options.pageSize);
    const pages = pageCountOf(response.describing, page);
    Object.assign(report, {
      format: page.format,
      title: page.title,
      total: page.total,
      pages,
      next: page.next,
      coverage: coverageOf(page, pages, options.sort, ARCHIVE_PAGE_CAP),
      itemCount: page.items.length,
      dropped: page.dropped,
      shown: shown.map((item) => ({
        id: item.id,
        title: item.title,
        url: item.url,
        category: item.category,
        date: item.publishedAt
          ? dates.formatDate(item.publishedAt, {
              locale: options.lang,
              timeZone: options.timeZone,
              // The pattern its author meant, as the element reads it (said once, in the warnings).
              format: mistake?.intended ?? options['date-format'],
              dateOnly: item.publishedDateOnly,
              now,
              messages,
            })
          : undefined,
        publishedAt: item.publishedAt?.toISOString(),
        views:
          item.views === undefined
            ? undefined
            : formatViews(item.views, options.lang, options['views-format'], messages),
      })),
    });
  } catch (error) {
    report.error = { kind: error.kind ?? 'format', message: error.message };
  }
  return report;
}

/** The source's page count: WordPress says it; otherwise it is known only for a source without a next page. */
function pageCountOf(describing, page) {
  const said = Number(describing?.['x-wp-totalpages']);
  if (Number.isInteger(said) && said > 0) return said;
  if (page.total && page.items.length) return Math.ceil(page.total / page.items.length);
  return page.next ? undefined : 1;
}

/**
 * What a search, a category and the sort would see of the whole source: its server's answer where the
 * adapter says the server can be asked, else the first page and up to `cap` more (archive-cap.ts).
 */
function coverageOf(page, pages, sort, cap) {
  if (!page.next) return [];
  const readable = 1 + cap;
  const partOf = (what) =>
    pages !== undefined && pages <= readable
      ? `${what} reads all ${pages} pages of the source, one request each, before it shows.`
      : `${what} sees only the first ${readable} pages of ${pages ?? 'an unknown number of'} pages ` +
        `(${readable * page.items.length} of ${page.total ?? 'the'} items): the rest are never considered.`;
  const asked = (query) => page.ask?.(query) !== undefined;
  const notes = [];
  if (sort === 'most-viewed' && !asked({ mostViewed: true })) {
    notes.push(`The server cannot sort by views: sort="most-viewed" ${partOf('').trim()}`);
  }
  if (!asked({ search: 'x' })) notes.push(partOf('A search'));
  if (!asked({ category: page.items.find((item) => item.category)?.category ?? '' })) {
    notes.push(partOf('A category'));
  }
  return notes;
}

function describeFailure(error) {
  const cause = error.cause?.code ?? error.cause?.message;
  if (error.name === 'TimeoutError') return 'no answer within 20 seconds';
  return cause ? `${error.message} (${cause})` : error.message;
}

/** What a ward's web team should change on the server, in plain words. */
function advise(headers, origin) {
  const advice = [];
  const allowed = headers['access-control-allow-origin'];
  if (!allowed) {
    advice.push(
      'No Access-Control-Allow-Origin: a page on another origin cannot read this source. <news-feed> will show ' +
        '"Không kết nối được tới nguồn tin." / "Could not reach the news source." and the browser console will ' +
        'name the missing header. Send `Access-Control-Allow-Origin: https://your-site.example` (or `*` for a ' +
        'public feed), or serve the feed from the same origin as the page.',
    );
  } else if (allowed !== '*' && origin && allowed !== new URL(origin).origin) {
    advice.push(
      `Access-Control-Allow-Origin is "${allowed}", not ${new URL(origin).origin}: that page cannot read it.`,
    );
  }
  const exposed = (headers['access-control-expose-headers'] ?? '').toLowerCase();
  if (headers['x-wp-totalpages'] && allowed && !/x-wp-totalpages|\*/.test(exposed)) {
    advice.push(
      'X-WP-Total / X-WP-TotalPages are sent but not exposed: a page on another origin cannot page through the ' +
        'posts. Add `Access-Control-Expose-Headers: X-WP-Total, X-WP-TotalPages`.',
    );
  }
  if (!headers['cache-control'] && !headers['etag'] && !headers['last-modified']) {
    advice.push(
      'No Cache-Control, ETag or Last-Modified: every visit downloads the whole feed again. ' +
        '`Cache-Control: public, max-age=60` and an ETag make repeat visits cheap.',
    );
  }
  return advice;
}

function print(report) {
  const line = (label, value) =>
    value !== undefined && value !== null && console.log(`${label.padEnd(14)} ${value}`);
  line('Source', report.url ?? report.source);
  if (report.status !== undefined) line('HTTP', report.status);
  if (report.headers) {
    console.log('\nHeaders that matter:');
    for (const [name, value] of Object.entries(report.headers))
      console.log(`  ${name}: ${value ?? '(not sent)'}`);
  }
  if (report.advice?.length) {
    console.log('\nAdvice:');
    for (const advice of report.advice) console.log(`  • ${advice}`);
  }
  if (report.warnings?.length) {
    console.log('\nWarnings:');
    for (const warning of report.warnings) console.log(`  • ${warning}`);
  }
  console.log('');
  if (report.error) {
    console.log(`Error (${report.error.kind}): ${report.error.message}`);
    return;
  }
  line('Format', report.format);
  line('Feed title', report.title);
  line(
    'Items',
    `${report.itemCount} read, ${report.dropped.length} left out, ${report.shown.length} would show`,
  );
  line(
    'Total',
    report.total === undefined ? undefined : `${report.total} items in ${report.pages ?? '?'} pages`,
  );
  line('Next page', report.next);
  if (report.coverage?.length) {
    console.log('\nWhat searches and sorts see:');
    for (const note of report.coverage) console.log(`  • ${note}`);
  }
  if (report.dropped.length) {
    console.log('\nLeft out:');
    for (const drop of report.dropped) console.log(`  #${drop.index + 1} ${drop.label}: ${drop.reason}`);
  }
  if (report.shown.length) {
    console.log(
      `\nFirst ${Math.min(5, report.shown.length)} as shown (lang ${report.lang}, zone ${report.timeZone ?? 'this machine'}):`,
    );
    report.shown.slice(0, 5).forEach((item, index) => {
      console.log(`  ${index + 1}. ${item.title}`);
      const meta = [item.category, item.date, item.views].filter(Boolean).join(' | ');
      if (meta) console.log(`     ${meta}`);
      if (item.url) console.log(`     ${item.url}`);
    });
  } else {
    console.log('\nNothing would show: the element displays its "empty" message.');
  }
}

// Run as the `news-elements` command (npx, a symlink in node_modules/.bin), not when imported by a test.
const invoked = process.argv[1] && (await import('node:fs')).realpathSync(process.argv[1]);
if (invoked === (await import('node:fs')).realpathSync(new URL(import.meta.url))) {
  const argv = process.argv.slice(2);
  const publishing = argv.find((arg) => !arg.startsWith('-')) === 'publish';
  (publishing ? publish(argv) : main(argv)).then(
    (code) => (process.exitCode = code),
    (error) => {
      if (error instanceof UsageError) {
        console.error(`news-elements: ${error.message}\n\n${publishing ? PUBLISH_USAGE : USAGE}`);
        process.exitCode = 2;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    },
  );
}

/**
 * `news-elements publish <url-or-file> --out <dir>`: reads a source to its last page through the elements'
 * own pipeline and writes it as a static native feed (pages and index) that any file server or CDN can
 * serve to <news-feed src="<dir>/feed.json">.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { provideDomParser } from '../node-dom.mjs';
import { readFields, readTimeZone, readWhole, parseCommandLine, UsageError } from '../source-options.mjs';
import { nativePages, pageName } from './native-pages.mjs';
import { readSourcePage, sourceUrl } from '../read-source.mjs';
import { addPrerendered } from './prerendered-files.mjs';
import { swapFolder } from './swap-folder.mjs';

const lib = new URL('../../dist/lib/', import.meta.url);
const load = (path) => import(new URL(path, lib).href);

export const PUBLISH_USAGE = `Usage: news-elements publish <url-or-file> --out <dir> [options]

Reads a news source to its last page, the way <news-feed> does, and writes it into <dir> as a static feed:
feed.json, feed-2.json, … (newest first) and an index with which <news-feed src="<dir>/feed.json"> searches,
filters and sorts the whole archive; and news-feed.html, the first page pre-rendered as <news-feed> shows
it, for a CMS to paste (readable without JavaScript; the script takes it over). Unchanged files are left
untouched; a failed run leaves <dir> as it was.

Options:
  --out <dir>               the folder to write (required); it is replaced as a whole
  --format <f>              auto (default), native, jsonfeed, wordpress, rss, custom
  --fields <json>           dot paths, e.g. '{"items":"data.danhSach","title":"tieuDe","date":"ngayDang"}'
  --source-date-format <p>  date-fns parse pattern for source dates no built-in form reads
  --time-zone <zone>        IANA zone for source dates without an offset (default: this machine's)
  --page-size <n>           items per published page (default 10)
  --lang <vi|en|…>          language of the pre-rendered list (default: vi)
  --date-format <f>         dates of the pre-rendered list: auto (default), relative, short, medium, long, a pattern
  --layout <l>              layout of the pre-rendered list: list (default), grid, compact, ticker
  --base-url <url>          the public URL <dir> will be served from (the HTML then names its files absolutely)
  --articles                also write articles/<id>.html: a pre-rendered <news-article> per item with a body
  --timeout <s>             seconds before a request of the source counts as failed (default 20)
  --max-pages <n>           stop with an error beyond this many source pages (default 10000)
  -h, --help                this text

Exit status: 0 written (or already up to date), 1 when the source fails, 2 on wrong usage.`;

/** The command line's options, checked; throws UsageError on anything wrong. */
export function publishOptions(argv) {
  const { values, positionals } = parseCommandLine(argv, {
    out: { type: 'string' },
    layout: { type: 'string', default: 'list' },
    'base-url': { type: 'string' },
    articles: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '20' },
    'max-pages': { type: 'string', default: '10000' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { help: true };
  const [command, source, ...rest] = positionals;
  if (command !== 'publish' || !source || rest.length)
    throw new UsageError('expected: publish <url-or-file> --out <dir>');
  if (!values.out) throw new UsageError('--out <dir> is required: the folder to write the feed into');
  const formats = ['auto', 'native', 'jsonfeed', 'wordpress', 'rss', 'custom'];
  if (!formats.includes(values.format)) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  const fields = readFields(values.fields);
  const timeZone = readTimeZone(values['time-zone']);
  const layouts = ['list', 'grid', 'compact', 'ticker'];
  if (!layouts.includes(values.layout)) throw new UsageError(`--layout must be one of ${layouts.join(', ')}`);
  if (values['base-url']) {
    try {
      new URL(values['base-url']);
    } catch {
      throw new UsageError(
        `--base-url "${values['base-url']}" is not a URL such as https://phuong.example.vn/tin/`,
      );
    }
  }
  return {
    source,
    url: sourceUrl(source),
    out: resolve(values.out),
    format: values.format,
    fields,
    sourceDateFormat: values['source-date-format'],
    timeZone,
    pageSize: readWhole(values['page-size'], 'page-size', 1),
    lang: values.lang,
    dateFormat: values['date-format'],
    layout: values.layout,
    baseUrl: values['base-url'],
    articles: values.articles,
    timeoutMs: readWhole(values.timeout, 'timeout', 1) * 1000,
    maxPages: readWhole(values['max-pages'], 'max-pages', 1),
  };
}

/** Says how far the reading is, on one rewritten line, only where a person watches (a terminal). */
function progress(stream = process.stderr) {
  if (!stream.isTTY) return { say() {}, done() {} };
  return {
    say(text) {
      stream.write(`\r\x1b[K${text}`);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}

/**
 * Every page of the source, following its `next` links to the end, joined as the element joins the pages it
 * loads (repeats left out). Throws the first page's failure, or any later page's: a partial archive is
 * never published.
 */
export async function readWholeSource(options, report = progress()) {
  const { appendPage } = await load('data/append-page.js');
  const seen = new Set([options.url]);
  let page = await readSourcePage(options.url, options);
  let pages = 1;
  for (;;) {
    const estimate =
      page.total && page.items.length ? Math.ceil(page.total / (page.items.length / pages)) : '?';
    report.say(`Reading ${options.source}: page ${pages} of ${estimate}, ${page.items.length} items`);
    const next = page.next;
    if (!next || seen.has(next)) break;
    if (pages >= options.maxPages) {
      throw Object.assign(new Error(`the source has more than ${options.maxPages} pages (see --max-pages)`), {
        kind: 'format',
      });
    }
    seen.add(next);
    page = appendPage(page, await readSourcePage(next, options));
    pages++;
  }
  report.done();
  return { page, pages };
}

const json = (value) => Buffer.from(`${JSON.stringify(value)}\n`);

/** `stem.<hash of bytes>.json`: a name that changes exactly when the content does, cacheable for ever. */
const contentName = (stem, bytes) =>
  `${stem}.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.json`;

/** The archive index's name: every page names it, so it keeps its name (a new view count changes it). */
export const INDEX_NAME = 'index.json';

/**
 * The files of the published folder, as a Map of relative path → bytes: the pages, each pointing at the
 * archive index, the index, and the text a search looks in, named by its content (see `ArchiveIndex`,
 * src/sources/archive-index.ts).
 */
export async function publishedFiles(items, options, title) {
  const { buildArchiveIndex } = await load('news-feed/archive-index-build.js');
  const { pageSize, timeZone } = options;
  const pages = Array.from({ length: Math.max(1, Math.ceil(items.length / pageSize)) }, (_, n) =>
    pageName(n + 1),
  );
  // The searched text is named by its content, and the index names it.
  const draft = buildArchiveIndex(items, { pages, pageSize, searchName: '' });
  const search = json(draft.search);
  const searchName = contentName('search', search);
  const files = new Map();
  for (const [name, page] of nativePages(items, {
    pageSize,
    title,
    timeZone,
    extra: { index: INDEX_NAME },
  })) {
    files.set(name, json(page));
  }
  files.set(INDEX_NAME, json({ ...draft.index, search: searchName }));
  files.set(searchName, search);
  return files;
}

export async function publish(argv) {
  const options = publishOptions(argv);
  if (options.help) {
    console.log(PUBLISH_USAGE);
    return 0;
  }
  await provideDomParser();
  const { sortItems } = await load('news-feed/sort-items.js');
  let whole;
  try {
    whole = await readWholeSource(options);
  } catch (error) {
    // As `check` prints a source's failure.
    console.error(`Error (${error.kind ?? 'network'}): ${error.message}`);
    console.error(`Nothing was written: ${options.out} is as it was.`);
    return 1;
  }
  const { page, pages } = whole;
  for (const drop of page.dropped) console.warn(`Left out #${drop.index + 1} ${drop.label}: ${drop.reason}`);
  if (!page.items.length) {
    console.error('Error (format): the source has no items to publish');
    console.error(`Nothing was written: ${options.out} is as it was.`);
    return 1;
  }
  const items = sortItems(page.items, 'newest');
  const files = await publishedFiles(items, options, page.title);
  await addPrerendered(files, items, options);
  const { written, kept, removed } = await swapFolder(options.out, files);
  console.log(
    `Published ${items.length} items from ${pages} source page${pages === 1 ? '' : 's'} into ${options.out}: ` +
      (written.length || removed.length
        ? `${written.length} written, ${kept.length} unchanged, ${removed.length} removed.`
        : 'already up to date, nothing rewritten.'),
  );
  return 0;
}

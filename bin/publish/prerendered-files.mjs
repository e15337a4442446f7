/**
 * The pre-rendered HTML of a published folder (src/prerender/, built into dist/lib/prerender/):
 * `news-feed.html`, the first page as <news-feed> renders it, and with `--articles` one
 * `articles/<id>.html` per item with a body. Both are fragments for a CMS to paste or a build to include,
 * not whole pages.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageName } from './native-pages.mjs';

const lib = new URL('../../dist/lib/', import.meta.url);
const load = (path) => import(new URL(path, lib).href);

/** The element's attributes that publish options set, left out where they say what the element defaults to. */
function feedAttributes(options) {
  const attributes = {
    lang: options.lang,
    'time-zone': options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  if (options.pageSize !== 10) attributes['page-size'] = String(options.pageSize);
  if (options.dateFormat !== 'auto') attributes['date-format'] = options.dateFormat;
  if (options.layout !== 'list') attributes.layout = options.layout;
  return attributes;
}

/**
 * When the first page's data was read, for the element's stored copy: as the published news-feed.html says
 * when the published feed.json holds the same bytes (an unchanged source then rewrites no HTML either, and
 * the copy ages from when the news last changed), else now.
 */
async function firstPageTime(out, bytes) {
  try {
    if (Buffer.compare(await readFile(join(out, pageName(1))), bytes) === 0) {
      const html = await readFile(join(out, 'news-feed.html'), 'utf8');
      const marker = 'data-saved-at="';
      const at = html.indexOf(marker);
      const time = at < 0 ? NaN : parseInt(html.slice(at + marker.length), 10);
      if (time > 0) return time;
    }
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  return Date.now();
}

/**
 * A file name for an item id: the id itself when it is made of URL-safe characters, else those characters
 * and a short hash of the id (two ids never share a name, and every name needs no escaping in a URL).
 */
export function articleFileName(id) {
  const safe = id
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 80);
  if (safe === id && safe) return `${safe}.html`;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  return `${safe ? `${safe}-` : ''}${hash}.html`;
}

/**
 * Adds the pre-rendered files to `files` (path → bytes, as publishedFiles made them). `items` are the
 * published items in page order. Where the folder will be served from (`--base-url`) the elements name
 * their files absolutely, so the HTML can be pasted on any page; without it, relatively to the folder.
 */
export async function addPrerendered(files, items, options) {
  // Lit reads `document` as its modules load: the DOM shim goes first, finished (it loads asynchronously,
  // so in one import graph Lit could load beside it, before it, and meet read-source.mjs's stand-in).
  await load('prerender/node-page.js');
  const { prerenderFeed } = await load('prerender/prerender-feed.js');
  // A base without its final slash names the folder all the same.
  const base = options.baseUrl
    ? options.baseUrl.replace(/\/?$/, '/')
    : pathToFileURL(join(options.out, '/')).href;
  const at = (path) => new URL(path, base).href;
  const firstPage = files.get(pageName(1));
  const html = await prerenderFeed({
    firstPage: firstPage.toString('utf8'),
    src: options.baseUrl ? at(pageName(1)) : pageName(1),
    sourceUrl: at(pageName(1)),
    attributes: feedAttributes(options),
    savedAt: await firstPageTime(options.out, firstPage),
    pageUrl: options.baseUrl && at('news-feed.html'),
  });
  files.set('news-feed.html', Buffer.from(`${html}\n`));
  if (!options.articles) return;
  const { prerenderArticle } = await load('prerender/prerender-article.js').catch((error) => {
    if (error.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('jsdom')) throw error;
    throw new Error('--articles sanitizes bodies with the optional dependency jsdom: npm install jsdom@26');
  });
  const { lang, 'time-zone': timeZone } = feedAttributes(options);
  const attributes = { lang, 'time-zone': timeZone };
  if (options.dateFormat !== 'auto') attributes['date-format'] = options.dateFormat;
  for (const [index, item] of items.entries()) {
    if (!item.contentHtml) continue;
    const page = pageName(Math.floor(index / options.pageSize) + 1);
    const path = `articles/${articleFileName(item.id)}`;
    const article = await prerenderArticle({
      page: files.get(page).toString('utf8'),
      id: item.id,
      src: options.baseUrl ? at(page) : `../${page}`,
      sourceUrl: at(page),
      attributes,
      pageUrl: options.baseUrl && at(path),
    });
    files.set(path, Buffer.from(`${article}\n`));
  }
}

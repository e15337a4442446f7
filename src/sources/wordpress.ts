import { parseInert } from '../sanitize/parse-inert.js';
import { NewsError } from '../errors.js';
import { foldText } from '../util/fold-text.js';
import { htmlToText } from '../sanitize/html-to-text.js';
import { normalizeDrafts, text, type ItemDraft } from './normalize.js';
import { describe, isObject, type JsonObject } from './shape.js';
import type { AdapterContext, AskServer, NewsPage } from './types.js';

/** A WordPress REST v2 post: `{ id, title: { rendered } }` at least. */
/** Text of a `*.rendered` HTML field, entities decoded (`&#8211;` → `–`). */
const rendered = (field: unknown): string | undefined =>
  isObject(field) && typeof field.rendered === 'string' ? field.rendered : undefined;

/** `/wp-json/wp/v2/posts`, or `?rest_route=/wp/v2/posts`: the endpoint that knows sticky posts. */
const POSTS_ENDPOINT = /\/wp\/v2\/posts(?:$|[?&#/])|rest_route=%2Fwp%2Fv2%2Fposts(?:$|[&#])/;

const READ_MORE = /^(?:continue reading|read more|more|đọc tiếp|xem tiếp|xem thêm|tiếp tục đọc)\b/i;

/**
 * WordPress REST v2 posts (`/wp-json/wp/v2/posts?_embed`): an array of posts or one post. Featured image,
 * category, tags and authors come from `_embedded` (present with `?_embed`); the total and the next page from
 * the `X-WP-Total` and `X-WP-TotalPages` headers, when the server exposes them.
 */
export async function adaptWordPress(payload: unknown, context: AdapterContext): Promise<NewsPage> {
  const posts = Array.isArray(payload)
    ? payload
    : isObject(payload) && 'id' in payload
      ? [payload]
      : undefined;
  if (!posts) {
    throw new NewsError(
      'format',
      `A WordPress source needs an array of posts (or one post); found ${describe(payload)}.`,
    );
  }
  const page: NewsPage = await normalizeDrafts(
    posts.map((post) => toDraft(post)),
    context,
  );
  const { total, totalPages } = wordPressPaging(
    context.headers?.['x-wp-total'],
    context.headers?.['x-wp-totalpages'],
  );
  if (total !== undefined) page.total = total;
  const next = totalPages && nextPage(context.baseUrl, totalPages);
  if (next) page.next = next;
  if (Array.isArray(payload)) page.ask = askWordPress(context.baseUrl, termIds(posts));
  return page;
}

/**
 * What the REST API answers over all posts: `search`, `categories`/`tags` by id (known from the terms the
 * posts embed), and, of the posts endpoint only, `sticky`. It cannot order by a meta field such as views.
 */
function askWordPress(url: string, terms: Map<string, [string, number]>): AskServer {
  return ({ search, category, mostViewed, pinned }) => {
    if (mostViewed || (pinned && !POSTS_ENDPOINT.test(url))) return undefined;
    const asked = new URL(url);
    asked.searchParams.delete('page');
    if (search?.trim()) asked.searchParams.set('search', search.trim());
    if (category?.trim()) {
      const term = terms.get(foldText(category).trim());
      if (!term) return undefined;
      asked.searchParams.set(term[0], String(term[1]));
    }
    if (pinned) asked.searchParams.set('sticky', 'true');
    return asked.href;
  };
}

/** The query parameter and id of each embedded category and tag, by folded name. */
function termIds(posts: unknown[]): Map<string, [string, number]> {
  const ids = new Map<string, [string, number]>();
  for (const post of posts) {
    const groups = isObject(post) && isObject(post._embedded) ? post._embedded['wp:term'] : undefined;
    for (const term of Array.isArray(groups) ? groups.flat() : []) {
      if (!isObject(term) || typeof term.id !== 'number' || typeof term.name !== 'string') continue;
      const parameter =
        term.taxonomy === 'category' ? 'categories' : term.taxonomy === 'post_tag' ? 'tags' : '';
      const name = foldText(decoded(term.name) ?? '').trim();
      if (parameter && !ids.has(name)) ids.set(name, [parameter, term.id]);
    }
  }
  return ids;
}

/**
 * `total` from the `X-WP-Total` header and the page count from `X-WP-TotalPages`; missing or unreadable
 * values are left out.
 */
export function wordPressPaging(
  total: string | null | undefined,
  totalPages: string | null | undefined,
): { total?: number; totalPages?: number } {
  const read = (value: string | null | undefined) =>
    value && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  const paging: { total?: number; totalPages?: number } = {};
  const count = read(total);
  if (count !== undefined) paging.total = count;
  const pages = read(totalPages);
  if (pages !== undefined) paging.totalPages = pages;
  return paging;
}

/** WordPress pages by `?page=`: the next one exists while the server's `X-WP-TotalPages` says so. */
export function nextPage(url: string, totalPages: number): string | undefined {
  const next = new URL(url);
  const current = Number(next.searchParams.get('page') ?? '1') || 1;
  if (current >= totalPages) return undefined;
  next.searchParams.set('page', String(current + 1));
  return next.href;
}

function toDraft(raw: unknown): ItemDraft {
  if (!isObject(raw)) return { raw };
  const embedded: JsonObject = isObject(raw._embedded) ? raw._embedded : {};
  const draft: ItemDraft = {
    raw,
    id: raw.id,
    title: decoded(rendered(raw.title)),
    url: raw.link,
    summary: excerptText(rendered(raw.excerpt)),
    contentHtml: rendered(raw.content),
    published: gmt(raw.date_gmt) ?? raw.date,
    updated: gmt(raw.modified_gmt) ?? raw.modified,
    pinned: raw.sticky === true || undefined,
    locked: isObject(raw.content) && raw.content.protected === true,
    // A `views` post meta registered with `show_in_rest`, as view counter plugins keep it.
    views: isObject(raw.meta) ? raw.meta.views : undefined,
    category: termNames(embedded, 'category')[0],
    tags: termNames(embedded, 'post_tag'),
    authors: Array.isArray(embedded.author)
      ? embedded.author.map((author) => (isObject(author) ? decoded(author.name) : undefined))
      : undefined,
  };
  const media = Array.isArray(embedded['wp:featuredmedia']) ? embedded['wp:featuredmedia'][0] : undefined;
  if (isObject(media) && typeof media.source_url === 'string') {
    const details: JsonObject = isObject(media.media_details) ? media.media_details : {};
    draft.image = {
      src: media.source_url,
      alt: decoded(media.alt_text),
      caption: decoded(rendered(media.caption)),
      width: details.width,
      height: details.height,
      srcset: sameShapeSizes(details),
    };
  }
  return draft;
}

/**
 * The widths WordPress made of an upload (`medium`, `large`…), for `srcset`: those of the upload's shape only,
 * since a srcset offers one picture at several sizes, and WordPress crops some (`thumbnail` is square).
 */
function sameShapeSizes(details: JsonObject): unknown[] | undefined {
  if (!isObject(details.sizes)) return undefined;
  const { width, height } = details;
  const shape = typeof width === 'number' && typeof height === 'number' && height > 0 ? width / height : 0;
  return Object.values(details.sizes).flatMap((size) =>
    isObject(size) &&
    typeof size.width === 'number' &&
    typeof size.height === 'number' &&
    (!shape || Math.abs(size.width / size.height - shape) < 0.02)
      ? [{ src: size.source_url, width: size.width }]
      : [],
  );
}

/** WordPress writes `date_gmt` without an offset; it is UTC. Null for unpublished drafts. */
function gmt(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(value.trim())
    ? `${value.trim()}Z`
    : undefined;
}

function decoded(value: unknown): string | undefined {
  return typeof value === 'string' ? text(htmlToText(value)) : undefined;
}

/** Names of the first embedded taxonomy whose terms are `taxonomy`. */
function termNames(embedded: JsonObject, taxonomy: string): string[] {
  const groups = Array.isArray(embedded['wp:term']) ? embedded['wp:term'] : [];
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    const terms = group.filter((term): term is JsonObject => isObject(term) && term.taxonomy === taxonomy);
    if (terms.length) return terms.map((term) => decoded(term.name)).filter((name) => name !== undefined);
  }
  return [];
}

/** The excerpt as plain text, without the "Continue reading" link and with `[…]` reduced to `…`. */
function excerptText(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const doc = parseInert(html, 'text/html');
  doc.querySelectorAll('a').forEach((link) => {
    if (link.matches('.more-link, .read-more') || READ_MORE.test((link.textContent ?? '').trim()))
      link.remove();
  });
  doc.querySelectorAll('.screen-reader-text, script, style').forEach((node) => node.remove());
  doc.querySelectorAll('br, p, div, li').forEach((node) => node.append(' '));
  const plain = text(doc.body.textContent ?? '');
  return plain?.replace(/\s*\[\s*(?:…|\.\.\.)\s*\]$/, '…').replace(/\s*(?:…|\.\.\.)\s*…$/, '…');
}

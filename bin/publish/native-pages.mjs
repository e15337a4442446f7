/**
 * Normalized items as the native format's pages (schema/native-feed.schema.json): `feed.json`,
 * `feed-2.json`, …, `pageSize` items each, newest first, each with `total` and the `next` page's name
 * (relative, so the folder can be served from anywhere). Stable output for the same items: the same bytes,
 * and so the same ETags, on every run.
 */

/** The file name of page `n` (from 1). */
export const pageName = (n) => (n === 1 ? 'feed.json' : `feed-${n}.json`);

/** A calendar day as the source gave it (no time of day), in the zone it was read in. */
function dayIn(date, timeZone) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** One normalized item as native JSON: dates as ISO 8601, fields in a fixed order, empty ones left out. */
export function nativeItem(item, timeZone) {
  const published = item.publishedAt
    ? item.publishedDateOnly
      ? dayIn(item.publishedAt, timeZone)
      : item.publishedAt.toISOString()
    : undefined;
  const out = {
    id: item.id,
    title: item.title,
    url: item.url,
    summary: item.summary,
    contentHtml: item.contentHtml,
    image: item.image,
    publishedAt: published,
    updatedAt: item.updatedAt?.toISOString(),
    views: item.views,
    category: item.category,
    tags: item.tags?.length ? item.tags : undefined,
    authors: item.authors?.length ? item.authors : undefined,
    attachments: item.attachments?.length ? item.attachments : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}

/**
 * The pages, as `[name, object]` pairs. `extra` is merged into every page (the index's address, for one).
 */
export function nativePages(items, { pageSize, title, timeZone, extra = {} }) {
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  const pages = [];
  for (let n = 1; n <= count; n++) {
    const page = {
      ...(title ? { title } : {}),
      total: items.length,
      ...extra,
      ...(n < count ? { next: pageName(n + 1) } : {}),
      items: items.slice((n - 1) * pageSize, n * pageSize).map((item) => nativeItem(item, timeZone)),
    };
    pages.push([pageName(n), page]);
  }
  return pages;
}

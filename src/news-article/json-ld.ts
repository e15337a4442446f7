import { isoDay, isoWithOffset } from '../i18n/time-zone.js';
import type { NewsItem } from '../sources/types.js';

/**
 * A signature in capitals (`BAN TUYÊN GIÁO QUẬN ỦY`, `UBND PHƯỜNG`) is an office, not a person: Vietnamese
 * portals sign an institution's articles that way.
 */
export function isOrganisation(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi') && /\s/.test(name.trim());
}

export interface JsonLdContext {
  timeZone: string | undefined;
  lang: string;
  pageUrl: string;
}

/** schema.org NewsArticle for search engines, from what the article shows. */
export function newsArticleJsonLd(item: NewsItem, { timeZone, lang, pageUrl }: JsonLdContext): object {
  const when = (date: Date) =>
    item.publishedDateOnly && date === item.publishedAt
      ? isoDay(date, timeZone)
      : isoWithOffset(date, timeZone);
  const authors = (item.authors ?? []).map((name) => ({
    '@type': isOrganisation(name) ? 'Organization' : 'Person',
    name,
  }));
  const publisher = authors.find((author) => author['@type'] === 'Organization');
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    url: item.url ?? pageUrl,
    mainEntityOfPage: pageUrl,
    inLanguage: lang,
  };
  if (item.summary) data.description = item.summary;
  if (item.image) data.image = [item.image.src];
  if (item.publishedAt) data.datePublished = when(item.publishedAt);
  const modified = item.updatedAt ?? item.publishedAt;
  if (modified) data.dateModified = when(modified);
  if (authors.length) data.author = authors;
  if (publisher) data.publisher = publisher;
  if (item.category) data.articleSection = item.category;
  if (item.tags?.length) data.keywords = item.tags.join(', ');
  if (item.views !== undefined) {
    data.interactionStatistic = {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/ReadAction',
      userInteractionCount: item.views,
    };
  }
  return data;
}

/** JSON that cannot end the `<script>` it sits in, even when the page is serialized and parsed again. */
export function scriptSafeJson(value: object): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

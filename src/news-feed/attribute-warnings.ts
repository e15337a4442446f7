import {
  CHOICES,
  chosen,
  DEFAULT_PAGE_SIZE,
  unknownHidden,
  HIDEABLE,
  type CheckedAttributes,
} from './attribute-choices.js';

/**
 * An editor's typo must not pass unnoticed: names, in the console, each attribute just set to a value the
 * element cannot use, and what it uses instead. Loaded only by a feed that has one.
 */
export function warnInvalidAttributes(
  feed: CheckedAttributes,
  changed: ReadonlyMap<PropertyKey, unknown>,
): void {
  const warn = (attribute: string, value: unknown, instead: string) =>
    console.warn(`news-feed: ${attribute}="${String(value)}" ${instead}.`);
  if (changed.has('pageSize') && !(Number.isInteger(feed.pageSize) && feed.pageSize >= 1)) {
    const shown = Math.round(feed.pageSize) >= 1 ? Math.round(feed.pageSize) : DEFAULT_PAGE_SIZE;
    warn(
      'page-size',
      feed.getAttribute('page-size') ?? feed.pageSize,
      `is not a whole number from 1 up: showing ${shown} items a page`,
    );
  }
  for (const name of ['layout', 'sort', 'paging'] as const) {
    if (changed.has(name) && chosen(CHOICES[name], feed[name]) !== feed[name]) {
      warn(name, feed[name], `is not one of ${CHOICES[name].join(', ')}: using ${CHOICES[name][0]}`);
    }
  }
  const unknown = changed.has('hide') ? unknownHidden(feed.hide) : [];
  if (unknown.length) {
    warn('hide', feed.hide, `names ${unknown.join(', ')}, not one of ${HIDEABLE.join(' ')}: ignored`);
  }
}

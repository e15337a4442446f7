/** The words each attribute takes; the first is what the element uses for any other. */
export const CHOICES = {
  layout: ['list', 'grid', 'compact', 'ticker'],
  sort: ['newest', 'most-viewed', 'source'],
  paging: ['none', 'more', 'pages'],
} as const;
export const HIDEABLE = ['image', 'summary', 'date', 'views', 'category', 'source'] as const;
export const DEFAULT_PAGE_SIZE = 10;

/** `value` when it is one of `choices`, else the first choice. */
export const chosen = <T extends string>(choices: readonly T[], value: string): T =>
  choices.includes(value as T) ? (value as T) : choices[0];

export interface CheckedAttributes extends Pick<HTMLElement, 'getAttribute'> {
  pageSize: number;
  layout: string;
  sort: string;
  paging: string;
  hide: string;
}

/**
 * Whether an attribute just set holds a value the element cannot use: cheap, so that every feed asks, and
 * only one with a typo downloads the sentences that name it (attribute-warnings.ts).
 */
export function hasInvalidAttribute(
  feed: CheckedAttributes,
  changed: ReadonlyMap<PropertyKey, unknown>,
): boolean {
  return (
    (changed.has('pageSize') && !(Number.isInteger(feed.pageSize) && feed.pageSize >= 1)) ||
    (['layout', 'sort', 'paging'] as const).some(
      (name) => changed.has(name) && chosen(CHOICES[name], feed[name]) !== feed[name],
    ) ||
    (changed.has('hide') && unknownHidden(feed.hide).length > 0)
  );
}

export const unknownHidden = (hide: string): string[] =>
  hide.split(/\s+/).filter((word) => word && !(HIDEABLE as readonly string[]).includes(word));

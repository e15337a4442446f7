/**
 * The data block `news-elements publish` puts in a pre-rendered element's light DOM: the native JSON of the
 * first page it rendered, and when it was published (`data-saved-at`, milliseconds since the epoch).
 */
export const DATA_MARKER = 'data-news-prerendered';

/**
 * Whether `host` was pre-rendered (a declarative shadow root, or the data block, from `news-elements
 * publish`) and not yet shown by the element itself: then the take-over part (take-over.ts) goes first.
 */
export const isPrerendered = (host: HTMLElement & { hasUpdated: boolean }): boolean =>
  !host.hasUpdated &&
  Boolean(host.shadowRoot?.hasChildNodes() || host.querySelector(`script[${DATA_MARKER}]`));

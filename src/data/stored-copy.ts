import * as parts from '../parts.js';
/**
 * The last good answer of each source, kept in localStorage so that the next visit shows news at once.
 * Namespaced and versioned; size-capped; and storage that throws (private mode, blocked third-party
 * storage, quota) only means nothing is kept.
 */
const isObject = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null;

export const PREFIX = 'news-elements:v1:';
/** Larger sources are not worth a slot of the origin's ~5 MB. */
const MAX_CHARS = 400_000;

export interface StoredCopy {
  text: string;
  contentType: string;
  /** The final URL after redirects. */
  url: string;
  /**
   * The response's `SOURCE_HEADERS` (sources/headers.ts): what the answer means besides its body, such as
   * WordPress's page count, so that a repeat visit pages as the first did.
   */
  headers: Record<string, string>;
  savedAt: number;
}

export function readStoredCopy(url: string): StoredCopy | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + url);
    if (!raw) return undefined;
    const copy = JSON.parse(raw) as Partial<StoredCopy>;
    if (typeof copy.text !== 'string' || typeof copy.savedAt !== 'number' || typeof copy.url !== 'string') {
      return undefined;
    }
    // Copies kept by earlier versions have no headers: read as sent without any, until they are replaced.
    return { ...copy, headers: isObject(copy.headers) ? copy.headers : {} } as StoredCopy;
  } catch {
    return undefined;
  }
}

export function writeStoredCopy(url: string, copy: StoredCopy): Promise<void> | undefined {
  if (copy.text.length > MAX_CHARS) return;
  const value = JSON.stringify(copy);
  try {
    localStorage.setItem(PREFIX + url, value);
  } catch {
    // Most likely the quota: make room by dropping our oldest copies (code that a full storage alone needs,
    // so it loads then), and try once more. Nothing kept on this visit is no failure: the widget works
    // without.
    return parts.makeRoom
      .load()
      .then(({ dropOldest }) => {
        dropOldest(3);
        localStorage.setItem(PREFIX + url, value);
      })
      .catch(() => undefined);
  }
}

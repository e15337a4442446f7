/**
 * Web Storage that never throws: private modes, blocked cookies and full quotas make `localStorage` and
 * `sessionStorage` throw on access, and a preference must never break the article.
 */
export function readStored(kind: 'local' | 'session', key: string): string | null {
  try {
    return storage(kind).getItem(key);
  } catch {
    return null;
  }
}

/** Returns whether the value was stored. */
export function writeStored(kind: 'local' | 'session', key: string, value: string): boolean {
  try {
    storage(kind).setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

const storage = (kind: 'local' | 'session'): Storage => (kind === 'local' ? localStorage : sessionStorage);

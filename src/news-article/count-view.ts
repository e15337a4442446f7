import { readStored, writeStored } from './safe-storage.js';

/** Articles counted in this page's life, for when sessionStorage is unavailable. */
const counted = new Set<string>();

/**
 * One POST `{id, url}` per article per browser session. It is fired and forgotten (`keepalive` lets it
 * finish when the visitor leaves at once); a failure is logged, never shown: a lost count is not the
 * reader's problem.
 */
export function countView(countUrl: string, id: string, url: string): void {
  let endpoint: string;
  try {
    endpoint = new URL(countUrl, document.baseURI).href;
  } catch {
    console.warn(`news-article: count-url "${countUrl}" is not a URL.`);
    return;
  }
  const key = `news-elements:viewed:${endpoint}:${id}`;
  if (counted.has(key) || readStored('session', key)) return;
  counted.add(key);
  writeStored('session', key, '1');
  const body = JSON.stringify({ id, url });
  fetch(endpoint, {
    method: 'POST',
    body,
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
  }).then(
    (response) => {
      if (!response.ok)
        console.warn(`news-article: counting the view at ${endpoint} answered HTTP ${response.status}.`);
    },
    (error: unknown) => console.warn(`news-article: counting the view at ${endpoint} failed:`, error),
  );
}

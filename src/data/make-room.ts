import { PREFIX, readStoredCopy } from './stored-copy.js';

/** Removes our `count` oldest stored copies (never another script's keys), when the storage is full. */
export function dropOldest(count: number): void {
  const ours: [string, number][] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) ours.push([key, readStoredCopy(key.slice(PREFIX.length))?.savedAt ?? 0]);
  }
  ours
    .sort((a, b) => a[1] - b[1])
    .slice(0, count)
    .forEach(([key]) => localStorage.removeItem(key));
}

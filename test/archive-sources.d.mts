/** Types of archive-sources.mjs, for the browser tests that import it. */
export interface ArchiveItem {
  id: string;
  title: string;
  url: string;
  summary: string;
  publishedAt: Date;
  views: number;
  category: string;
}
export const PUBLISHED_ARCHIVE: number;
export function archiveItems(count?: number): ArchiveItem[];
export const CUSTOM_FIELDS: Record<string, string>;
export function sourcePage(
  items: ArchiveItem[],
  format: 'native' | 'jsonfeed' | 'rss' | 'custom',
  page: number,
  perPage?: number,
): { type: string; body: unknown };

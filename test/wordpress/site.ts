import { executeServerCommand } from '@web/test-runner-commands';

// Assertions here compare text, never elements: a failing `expect(element)` has chai describe a live
// element graph, which held a test page for minutes.

/** What scripts/wordpress/seed.php wrote of the seed (seed.json), through the suite's server. */
export interface Site {
  /** The WordPress site, on an origin other than the test page's. */
  url: string;
  published: number;
  perPage: number;
  sticky: number;
  protected: number;
  withInlineImage: number;
  draft: number;
  scheduled: number;
}

export const site = (await executeServerCommand('wordpress', { action: 'site' })) as Site;

/** The same site through the test page's own origin (the suite's reverse proxy). */
export const SAME_ORIGIN = `${location.origin}/wordpress`;

/** The posts endpoint with `_embed`, on the site's origin or through the page's own (`SAME_ORIGIN`). */
export const postsUrl = (base = site.url, query = ''): string =>
  `${base}/wp-json/wp/v2/posts?_embed${query ? `&${query}` : ''}`;

export type Service = 'apache' | 'php-fpm' | 'mariadb';

/** Stops one of the site's services: Apache (connection refused), PHP-FPM (503) or MariaDB (500). */
export const stopService = (service: Service): Promise<unknown> =>
  executeServerCommand('wordpress', { action: 'stop', service });

export const startService = (service: Service): Promise<unknown> =>
  executeServerCommand('wordpress', { action: 'start', service });

/** Changes the site as an editor would (scripts/wordpress/edit.php). */
export const editSite = (change: 'unpublish-oldest' | 'republish'): Promise<unknown> =>
  executeServerCommand('wordpress', { action: 'edit', change });

/** `news-elements check <args> --json`, run by the suite's server: its report. */
export const checkSource = (...args: string[]): Promise<Record<string, unknown>> =>
  executeServerCommand('wordpress', { action: 'check', args }) as Promise<Record<string, unknown>>;

/** Whatever a test stopped runs again before the next one. */
afterEach(async () => {
  for (const service of ['mariadb', 'php-fpm', 'apache'] as const) await startService(service);
});

export interface RestPost {
  id: number;
  link: string;
  sticky: boolean;
  title: { rendered: string };
  excerpt: { rendered: string; protected: boolean };
  meta: { views: number };
  categories: number[];
  _embedded?: Record<string, unknown>;
}

/** Every published post, newest first, straight from the REST API: what the widget's answers are checked against. */
export async function allPosts(): Promise<RestPost[]> {
  const response = await fetch(postsUrl(site.url, 'per_page=100'));
  return (await response.json()) as RestPost[];
}

/** A post's title as the visitor reads it (entities decoded, NFC). */
export function titleOf(post: RestPost): string {
  const parsed = new DOMParser().parseFromString(post.title.rendered, 'text/html');
  return (parsed.body.textContent ?? '').normalize('NFC').trim();
}

/** The posts as the site's home page lists them, and the widget by default: sticky first, then the newest. */
export const homeOrder = (posts: RestPost[]): RestPost[] => [
  ...posts.filter((post) => post.sticky),
  ...posts.filter((post) => !post.sticky),
];

export interface PublishRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The published folder's files, each with a hash of its bytes. */
  files: Record<string, string>;
}

/** `news-elements publish <args> --out <folder>`, run by the suite's server; the folder is `/published/<name>/`. */
export const publishSource = (name: string, ...args: string[]): Promise<PublishRun> =>
  executeServerCommand('wordpress', { action: 'publish', name, args }) as Promise<PublishRun>;

import type { RetryPolicy } from './retry.js';

/**
 * For a page the visitor asked for while the list stays on screen: patient enough to outlast a web server's
 * restart of a few seconds (the waits before the fourth attempt add up to 3.5 s at least, 10.5 s at most).
 * Only the feed's paging uses it, so it lives beside that code rather than in every page's download.
 */
export const VISITOR_RETRY_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 10_000 };

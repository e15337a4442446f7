import { reactEsm } from '../react/react-esm.mjs';

/**
 * The policy a careful portal sends: nothing inline, nothing from elsewhere, and Trusted Types enforced for
 * every HTML and script sink. The elements must work under it with no `unsafe-inline` anywhere.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const page = (title, body, scripts) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script src="/csp/record-violations.js"></script>
    ${scripts}
  </head>
  <body>
    ${body}
  </body>
</html>`;

const FEED = `<news-feed src="/test/fixtures/native-basic.json" time-zone="Asia/Ho_Chi_Minh" cache="0"></news-feed>`;

/** Pages under /csp/, each served with STRICT_CSP. They load the built bundles, as a portal would. */
const PAGES = {
  '/csp/feed.html': page(
    'Module bundle',
    FEED,
    '<script type="module" src="/dist/news-elements.js"></script>',
  ),
  '/csp/feed-classic.html': page(
    'Classic bundle',
    FEED,
    '<script src="/dist/news-elements.iife.js" defer></script>',
  ),
  '/csp/article.html': page(
    'Article',
    '<news-article src="/test/fixtures/article-basic.json" article-id="bv-122" time-zone="Asia/Ho_Chi_Minh" cache="0"></news-article>',
    '<script type="module" src="/dist/news-elements.js"></script>',
  ),
  // Proof that the policy bites: an inline script and a string written to innerHTML must both be refused.
  '/csp/control.html': page(
    'Control',
    '<p id="target"></p><script>window.inlineRan = true;</script>',
    '<script src="/csp/control.js" defer></script>',
  ),
};

/**
 * Runs first in every page, before any other script: records every CSP violation and uncaught error on
 * `window.cspReport`, for the test to read from the parent document.
 */
const RECORD = `window.cspReport = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspReport.violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile + ':' + event.lineNumber,
  });
});
window.addEventListener('error', (event) => window.cspReport.errors.push(String(event.error || event.message)));
window.addEventListener('unhandledrejection', (event) => window.cspReport.errors.push(String(event.reason)));`;

const CONTROL = `try {
  document.getElementById('target').innerHTML = '<b>not trusted</b>';
  window.innerHtmlWritten = true;
} catch (error) {
  window.innerHtmlError = error.name;
}`;

export function cspServer() {
  return async function csp(context, next) {
    if (!context.path.startsWith('/csp/')) return next();
    const html = PAGES[context.path];
    const script = { '/csp/record-violations.js': RECORD, '/csp/control.js': CONTROL }[context.path];
    if (html === undefined && script === undefined) return next();
    context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
    context.type = html === undefined ? 'application/javascript' : 'text/html';
    context.body = html ?? script;
  };
}

/** Every test-only server this folder and test/react add, for the one line in web-test-runner.config.mjs. */
export function integrationServers() {
  return [cspServer(), reactEsm()];
}

import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ENTRY, importMapTag, integrityOf } from '../../scripts/release-info.mjs';

/**
 * A CDN that serves other bytes than were released, under `/integrity/<altered>/<file>`: the built `dist/`
 * file, except that the one named by `<altered>` (`none`, `entry` for the module, or a part's name such as
 * `rss`) gets a line of code added that records it ran (`window.alteredRan`). The pages pin what was built,
 * with the hashes `scripts/release-info.mjs` gives, so the browser must refuse the altered file:
 * - `/integrity/page/<altered>/classic.html` pastes the classic loader (its own hash on the tag);
 * - `/integrity/page/<altered>/import-map.html` pastes the import map of release-info and the module, under a
 *   Content-Security-Policy that allows the inline map only through the hash release-info printed for it.
 */
const dist = resolve(import.meta.dirname, '../../dist');
const altering = (file) =>
  `\n;(window.alteredRan = window.alteredRan || []).push(${JSON.stringify(file)});\n`;

/** `entry` → news-elements.js; `rss` → rss-<hash>.js. */
function fileOf(altered) {
  if (altered === 'entry') return ENTRY;
  return readdirSync(dist).find((file) => file.startsWith(`${altered}-`) && file.endsWith('.js'));
}

const RECORD = `window.pageErrors = [];
window.consoleErrors = [];
const consoleError = console.error;
console.error = (...args) => { window.consoleErrors.push(args.map(String).join(' ')); consoleError(...args); };
window.addEventListener('error', (event) => window.pageErrors.push(String(event.error || event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) => window.pageErrors.push('CSP: ' + event.effectiveDirective));`;

const page = (head, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Integrity</title>
    <script src="/integrity/record.js"></script>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>`;

const FEEDS = `<news-feed id="native" src="/test/fixtures/native-basic.json" cache="0"></news-feed>
    <news-feed id="rss" src="/test/fixtures/sources/rss2.xml" cache="0"></news-feed>`;

export function integrityServer() {
  return async function integrity(context, next) {
    if (!context.path.startsWith('/integrity/')) return next();
    context.set('Cache-Control', 'no-store');
    const segments = context.path.split('/').slice(2);
    if (segments[0] === 'record.js') {
      context.type = 'application/javascript';
      context.body = RECORD;
      return;
    }
    if (segments[0] === 'page') {
      const [, altered, name] = segments;
      const base = `/integrity/${altered}/`;
      if (name === 'classic.html') {
        const hash = integrityOf(resolve(dist, 'news-elements.iife.js'));
        context.type = 'text/html';
        context.body = page(
          `<script src="${base}news-elements.iife.js" integrity="${hash}" defer></script>`,
          FEEDS,
        );
        return;
      }
      if (name === 'import-map.html') {
        const map = importMapTag(base, dist);
        const hash = integrityOf(resolve(dist, ENTRY));
        context.set('Content-Security-Policy', `script-src 'self' ${map.cspSource}`);
        context.type = 'text/html';
        context.body = page(
          `${map.tag}\n<script type="module" src="${base}${ENTRY}" integrity="${hash}"></script>`,
          FEEDS,
        );
        return;
      }
      return next();
    }
    // `/integrity/<altered>/<file>`: the built file, altered if it is the one named.
    const [altered, file] = segments;
    if (segments.length !== 2 || !/^[\w.-]+\.js$/.test(file)) return next();
    let bytes;
    try {
      bytes = await readFile(resolve(dist, file), 'utf8');
    } catch {
      context.status = 404;
      return;
    }
    context.type = 'application/javascript';
    context.body = fileOf(altered) === file ? bytes + altering(file) : bytes;
  };
}

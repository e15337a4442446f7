import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_PATH } from './scripts/launch-chromium.mjs';
import { CHROMIUM_TEST_FLAGS } from './test/engines.mjs';

/**
 * The browser suite against a real WordPress (`npm run test:wordpress`, which installs, starts and seeds it:
 * scripts/wordpress/). Test pages are served from this runner's origin: the site at NEWS_WP_URL is another
 * origin, and `/wordpress/…` on this origin reaches the same site through a reverse proxy, as when the widget
 * sits on the WordPress site's own pages.
 */
const run = promisify(execFile);
const STATE = process.env.NEWS_WP_STATE || '/var/tmp/news-elements-wordpress';
const SCRIPTS = new URL('./scripts/wordpress/', import.meta.url).pathname;
const SITE = JSON.parse(await readFile(`${STATE}/seed.json`, 'utf8'));
const SAME_ORIGIN_PREFIX = '/wordpress';
/** Where `publish` writes, served under `/published/<name>/` on the test pages' origin, as a static host would. */
const PUBLISHED = await mkdtemp(join(tmpdir(), 'news-wp-published-'));
const CLI = new URL('./bin/news-elements.mjs', import.meta.url).pathname;

/** The files of a published folder, each with a hash of its bytes: to tell whether a run changed any. */
async function publishedFiles(dir) {
  const files = {};
  for (const name of (await readdir(dir).catch(() => [])).sort()) {
    files[name] = createHash('sha256')
      .update(await readFile(join(dir, name)))
      .digest('hex');
  }
  return files;
}

/**
 * `executeServerCommand('wordpress', { action })`: `site` answers what seed.json says of the seed;
 * `stop`/`start` with `service` (`apache`, `php-fpm`, `mariadb`) stop or start one of the site's services,
 * for faults that come from the real server; `edit` with `change` changes the site as an editor would
 * (scripts/wordpress/edit.php); `check` with `args` runs `news-elements check … --json` (bin/, on dist/lib)
 * and answers its report; `publish` with `args` and `name` runs `news-elements publish … --out` into the
 * folder served at `/published/<name>/`, and answers its exit status, output and files.
 */
function wordpressCommands() {
  return {
    name: 'news-elements-wordpress',
    async executeCommand({ command, payload }) {
      if (command !== 'wordpress') return undefined;
      if (payload.action === 'site') return SITE;
      if (payload.action === 'stop' || payload.action === 'start') {
        await run('bash', [`${SCRIPTS}${payload.action}.sh`, payload.service]);
        return true;
      }
      if (payload.action === 'publish') {
        const out = join(PUBLISHED, basename(payload.name));
        const result = await run(process.execPath, [CLI, 'publish', ...payload.args, '--out', out]).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (failure) => ({ code: failure.code, stdout: failure.stdout, stderr: failure.stderr }),
        );
        return { ...result, files: await publishedFiles(out) };
      }
      if (payload.action === 'check') {
        const { stdout } = await run(process.execPath, [CLI, 'check', ...payload.args, '--json']).catch(
          // Exit status 1 (nothing would show) still prints the report.
          (failure) => failure,
        );
        return JSON.parse(stdout);
      }
      if (payload.action === 'edit') {
        await run('bash', [`${SCRIPTS}edit.sh`, payload.change]);
        return true;
      }
      throw new Error(`wordpress: unknown action ${payload.action}`);
    },
  };
}

/** `/published/<name>/<file>` → what `publish` wrote there, with an ETag a conditional request can match. */
async function publishedFolder(ctx, next) {
  const [, prefix, name, file] = ctx.path.split('/');
  if (prefix !== 'published' || !name || !file) return next();
  let bytes;
  try {
    bytes = await readFile(join(PUBLISHED, basename(name), basename(file)));
  } catch {
    ctx.status = 404;
    return;
  }
  const etag = `"${createHash('sha1').update(bytes).digest('hex')}"`;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', 'no-cache');
  if (ctx.get('if-none-match') === etag) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = bytes;
}

/** `/wordpress/…` → the site, headers and status as it sent them; a site that is down is a 502, as from a proxy. */
async function sameOriginProxy(ctx, next) {
  if (!ctx.path.startsWith(`${SAME_ORIGIN_PREFIX}/`)) return next();
  const headers = {};
  for (const name of ['accept', 'if-none-match', 'if-modified-since']) {
    if (ctx.get(name)) headers[name] = ctx.get(name);
  }
  let response;
  try {
    response = await fetch(SITE.url + ctx.url.slice(SAME_ORIGIN_PREFIX.length), {
      headers,
      redirect: 'manual',
    });
  } catch {
    ctx.status = 502;
    ctx.body = 'Bad gateway';
    return;
  }
  ctx.status = response.status;
  for (const [name, value] of response.headers) {
    if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)) {
      ctx.set(name, value);
    }
  }
  ctx.body = Buffer.from(await response.arrayBuffer());
}

export default {
  // Named *.wordpress.ts, so that the main suite's `**/*.test.ts` (which has no WordPress) leaves them out.
  files: ['test/wordpress/**/*.wordpress.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Faults restart real services: a test waits for them.
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), wordpressCommands()],
  middleware: [sameOriginProxy, publishedFolder],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_TEST_FLAGS,
      },
    }),
  ],
};

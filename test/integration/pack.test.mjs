/**
 * The tarball `npm pack` makes, installed the way a site installs it, after `npm run build`: into a fresh
 * Vite project and a fresh plain-HTML project, with `npm install <tarball>` taking the dependencies from the
 * npm cache that `npm ci` filled (`--offline`; `--prefer-offline`, the registry only for what the cache
 * lacks, if that fails). Then:
 * - the Vite app imports the element classes, which register nothing, and registers them through `define`
 *   under names of its own; a second page imports `news-elements/define.js`, which registers both; the
 *   build carries one copy of Lit, the package's dependency;
 * - a consumer file type-checks against the package's typings, and a wrong value is rejected (so the types
 *   are real, not `any`);
 * - the plain-HTML pages load the module, the classic loader and the one-file build from node_modules.
 * Every page is opened in the system Chromium and must render the news. Run with `npm run test:package`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/launch-chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'news-pack-'));
const cleanups = [() => rmSync(work, { recursive: true, force: true })];
after(async () => {
  await browser?.close();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A fresh project with only a package.json, and the tarball installed into it as a user would. */
function freshProject(name, tarball) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }, null, 2));
  const install = ['install', tarball, '--omit=optional', '--no-audit', '--no-fund', '--loglevel=error'];
  try {
    run('npm', [...install, '--offline'], dir);
  } catch {
    // The cache lacks something (another npm, another lock file): ask the registry for that only.
    run('npm', [...install, '--prefer-offline'], dir);
  }
  const news = join(dir, 'public');
  mkdirSync(news);
  cpSync(join(root, 'test/fixtures/native-basic.json'), join(news, 'news.json'));
  return dir;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** A static file server for one folder, on a free port. */
async function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    // Chromium keeps connections open: end them, or close() waits for them to time out.
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${server.address().port}`;
}

let browser;
/** One Chromium for every page of this file. */
async function chromium() {
  browser ??= await launchChromium();
  return browser;
}
/** Opens a page and returns what its script put on `window.result` once it has settled. */
async function resultOf(url) {
  const page = await (await chromium()).newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.result, { timeout: 20_000 });
    return { ...(await page.evaluate(() => window.result)), errors };
  } finally {
    await page.close();
  }
}

/** Page code that waits for a feed to render and reports its titles, for `resultOf`. */
const REPORT = `
async function report(feed, extra = {}) {
  await new Promise((resolve) => {
    feed.addEventListener('news-load', resolve, { once: true });
    feed.addEventListener('news-error', resolve, { once: true });
  });
  await feed.updateComplete;
  const titles = [...feed.shadowRoot.querySelectorAll('[part~="title"]')].map((node) => node.textContent.trim());
  Object.assign(window, { result: { status: feed.status, titles, ...extra } });
}`;

let tarball;
before(() => {
  const [pack] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
  );
  tarball = join(work, pack.filename);
});

describe('the tarball in a fresh Vite project', () => {
  let app;
  let url;

  before(async () => {
    app = freshProject('vite-app', tarball);
    writeFileSync(
      join(app, 'vite.config.js'),
      `export default { build: { rolldownOptions: { input: { main: 'index.html', define: 'define.html' } } } };\n`,
    );
    writeFileSync(
      join(app, 'index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>App</title>
<script type="module" src="./main.ts"></script></head><body></body></html>\n`,
    );
    writeFileSync(
      join(app, 'main.ts'),
      `import { NewsArticleElement, NewsFeedElement, type NewsItem } from 'news-elements';
${REPORT}

// Importing the classes registers nothing: the app names the elements itself.
const registeredOnImport = ['news-feed', 'news-article'].filter((name) => customElements.get(name));
NewsFeedElement.define('ward-news');
NewsArticleElement.define('ward-article');
const feed = document.createElement('ward-news') as NewsFeedElement;
feed.src = '/news.json';
feed.pageSize = 3;
document.body.append(feed);
const first: NewsItem | undefined = feed.items[0];
void first;
void report(feed, {
  registeredOnImport,
  wardNews: customElements.get('ward-news') === NewsFeedElement,
  wardArticle: customElements.get('ward-article') === NewsArticleElement,
  newsFeed: Boolean(customElements.get('news-feed')),
});
`,
    );
    writeFileSync(
      join(app, 'define.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Define</title>
<script type="module" src="./define.ts"></script></head><body><news-feed src="/news.json"></news-feed></body></html>\n`,
    );
    writeFileSync(
      join(app, 'define.ts'),
      `import 'news-elements/define.js';
import type { NewsFeedElement } from 'news-elements/news-feed.js';
${REPORT}
// The package's typings map the tag to its class.
const feed: NewsFeedElement = document.querySelector('news-feed')!;
void report(feed, { article: Boolean(customElements.get('news-article')) });
`,
    );
    writeFileSync(
      join(app, 'types-check.ts'),
      `import { NewsFeedElement, type NewsItem } from 'news-elements';
import 'news-elements/define.js';

const feed: NewsFeedElement = document.createElement('news-feed');
feed.pageSize = 5;
feed.paging = 'pages';
const items: readonly NewsItem[] = feed.items;
const when: Date | undefined = items[0]?.publishedAt;
void when;
feed.addEventListener('news-select', (event) => event.detail.item.title.toUpperCase());
// @ts-expect-error page-size is a number
feed.pageSize = 'five';
// @ts-expect-error no such paging
feed.paging = 'infinite';
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            strict: true,
            noEmit: true,
            skipLibCheck: false,
          },
          files: ['types-check.ts'],
        },
        null,
        2,
      ),
    );
    run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app);
    url = await serve(join(app, 'dist'));
  });

  it('installs with its dependencies, and no copy of Lit inside the package', () => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/news-elements/package.json'), 'utf8'));
    assert.equal(installed.name, 'news-elements');
    for (const dependency of Object.keys(installed.dependencies)) {
      assert.ok(readdirSync(join(app, 'node_modules')).includes(dependency.split('/')[0]), dependency);
    }
    assert.deepEqual(readdirSync(join(app, 'node_modules/news-elements')).includes('node_modules'), false);
  });

  it('imports the classes without registering, and registers them through define', async () => {
    const result = await resultOf(`${url}/index.html`);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.registeredOnImport, []);
    assert.equal(result.wardNews, true);
    assert.equal(result.wardArticle, true);
    assert.equal(result.newsFeed, false, 'define("ward-news") registers that name only');
    assert.equal(result.status, 'ready');
    assert.equal(result.titles.length, 3);
  });

  it('registers both elements by importing news-elements/define.js', async () => {
    const result = await resultOf(`${url}/define.html`);
    assert.deepEqual(result.errors, []);
    assert.equal(result.status, 'ready');
    assert.equal(result.article, true);
    assert.ok(result.titles.length > 0);
  });

  it("bundles one copy of Lit, the app's, not the package's prebuilt bundle", () => {
    const code = readdirSync(join(app, 'dist/assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(app, 'dist/assets', file), 'utf8'))
      .join('\n');
    // Each copy of lit-html announces its version once, on globalThis.litHtmlVersions.
    assert.equal(code.match(/litHtmlVersions/g)?.length ?? 0, 1, 'one lit-html');
  });

  it('type-checks a consumer file against the typings, rejecting wrong values', () => {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    // The same file with its @ts-expect-error lines taken away must fail: the typings are not `any`.
    const check = readFileSync(join(app, 'types-check.ts'), 'utf8');
    writeFileSync(join(app, 'types-check.ts'), check.replace(/^\/\/ @ts-expect-error.*\n/gm, ''));
    assert.throws(
      () =>
        run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app),
      (error) => /types-check\.ts\(\d+,\d+\): error TS2322/.test(error.stdout),
    );
  });
});

describe('the tarball in a fresh plain-HTML project', () => {
  let url;

  before(async () => {
    const site = freshProject('html-site', tarball);
    const dist = 'node_modules/news-elements/dist';
    const page = (
      script,
      extra = '',
    ) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Site</title>
${script}</head><body><news-feed src="public/news.json" page-size="2"></news-feed>
<script>${REPORT}
customElements.whenDefined('news-feed').then(() => report(document.querySelector('news-feed')${extra}));
</script></body></html>\n`;
    writeFileSync(
      join(site, 'module.html'),
      page(`<script type="module" src="${dist}/news-elements.js"></script>`),
    );
    writeFileSync(
      join(site, 'classic.html'),
      page(`<script src="${dist}/news-elements.iife.js" defer></script>`),
    );
    writeFileSync(
      join(site, 'standalone.html'),
      page(`<script src="${dist}/news-elements.standalone.iife.js" defer></script>`),
    );
    url = await serve(site);
  });

  for (const page of ['module', 'classic', 'standalone']) {
    it(`renders the news with the ${page} bundle from node_modules`, async () => {
      const result = await resultOf(`${url}/${page}.html`);
      assert.deepEqual(result.errors, []);
      assert.equal(result.status, 'ready');
      assert.equal(result.titles.length, 2);
    });
  }
});

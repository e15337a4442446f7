import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RolldownMagicString } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error a plain module of the demo's, without types
import { portalFooter, portalHeader } from './demo/portal-chrome.mjs';
// @ts-expect-error a plain module of the build's, without types
import { alignChunkNames } from './scripts/align-chunk-names.mjs';
// @ts-expect-error a plain module of the build's, without types
import { minifyHtmlLiterals } from './scripts/minify-html-literals.mjs';

const root = import.meta.dirname;

/**
 * `news-elements.iife.js`: for CMSs that strip `type="module"`, a classic script that loads the module
 * build from beside itself. Both files therefore share one copy of every chunk: a page never downloads the
 * elements twice, and lazy parts (the article, DOMPurify, RSS, date-fns) stay lazy for classic pages too.
 *
 * The module's Subresource Integrity hash is written into the loader at build time, and the module is
 * fetched through a `<link rel="modulepreload" integrity>` before it is imported: a page that pins the loader
 * with `integrity` thereby pins the module too, and a module that differs by one byte never runs. A link's
 * `href` is not a Trusted Types sink (a script's `src` is), so this needs no policy of its own; a browser
 * without `modulepreload` (Safari before 17) imports the module unverified, as it would without the loader.
 */
const classicLoaderSource = (integrity: string) => `(() => {
  const script = document.currentScript;
  const url = new URL('news-elements.js', (script && script.src) || document.baseURI).href;
  const integrity = '${integrity}';
  const load = () => import(url).catch((error) => console.error('news-elements: could not load ' + url, error));
  const link = document.createElement('link');
  if (!link.relList.supports('modulepreload')) return void load();
  Object.assign(link, { rel: 'modulepreload', integrity, href: url, onload: load });
  if (script && script.crossOrigin) link.crossOrigin = script.crossOrigin;
  if (script && script.nonce) link.nonce = script.nonce;
  link.onerror = () => console.error('news-elements: ' + url + ' is not the file this loader was built with ' +
    '(integrity ' + integrity + ') or could not be downloaded; copy both files from one release.');
  document.head.append(link);
})();
`;

/**
 * Collapses the white space and comments inside the `css` template literals of `*.styles.ts` files: the
 * minifier leaves template strings as written, and style sheets are a large share of the feed's bytes.
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'news-elements-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      // Edited in place through a MagicString, so that the source map still points into the .styles.ts file.
      const edited = new RolldownMagicString(code);
      for (const { index, 0: whole, 1: body } of code.matchAll(/css`([^`]*)`/g)) {
        const tight = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/\(\s+/g, '(')
          .replace(/\s+\)/g, ')')
          .replace(/\s*([*/])\s*/g, '$1')
          .replace(/;}/g, '}')
          // A colon followed by space only ends a property name (selectors write \`:host\`, \`:not(\`).
          .replace(/:\s+/g, ':')
          .replace(/([\s:(,-])0\.(\d)/g, '$1.$2')
          .trim();
        edited.overwrite(index, index + whole.length, `css\`${tight}\``);
      }
      return { code: edited };
    },
  };
}

/** Line breaks and indentation in Lit's html`…` templates of src/, as one space (see the module). */
function minifyHtmlTemplates(): Plugin {
  return {
    name: 'news-elements-minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('html`')) return null;
      const tight: string = minifyHtmlLiterals(code, id);
      // A misread template would most likely leave code that does not parse: fail the build, not the page.
      this.parse(tight);
      return { code: tight, map: null };
    },
  };
}

/** The demo pages' shared masthead, menu and footer (see demo/portal-chrome.mjs). */
function portalChrome(): Plugin {
  return {
    name: 'news-elements-demo-portal-chrome',
    transformIndexHtml(html, context) {
      return html
        .replace('<!-- portal-header -->', portalHeader(context.path))
        .replace('<!-- portal-footer -->', portalFooter);
    },
  };
}

/**
 * `THIRD-PARTY-LICENSES.txt` beside the bundles: the minifier drops the licence comments of the packages
 * bundled in (Lit's BSD-3-Clause asks that redistributions carry its notice), so their licences ship as a
 * file, listing exactly the packages the output contains.
 */
function thirdPartyLicenses(): Plugin {
  return {
    name: 'news-elements-third-party-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages = new Map<string, string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(id);
          if (match) packages.set(match[2], match[1]);
        }
      }
      const notices = [...packages].sort().map(([name, dir]) => {
        const { version, license } = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
        const file = readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry));
        const text = file ? readFileSync(resolve(dir, file), 'utf8').trim() : `License: ${license}`;
        return `${name}@${version}, ${license}\n\n${text}`;
      });
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `news-elements bundles these packages:\n\n${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
      });
    },
  };
}

/**
 * Each `import()` of one of our chunks goes through `importPart` (src/util/import-part.ts), which the
 * entry installs on a global: a retry then asks for a fresh URL, and a missing file is reported as a setup
 * problem. The call names the other chunks the part imports statically (the WordPress adapter's fold-text),
 * which `importPart` asks for with the part: the browser would find them only once the part had arrived, one
 * more round trip. A chunk that is a part itself is left to its own callers (the article, for its extras;
 * `fields`, which the pipeline asks for beside the custom adapter). Only the page bundle: npm consumers' bundlers own their chunk loading.
 */
function partImports(): Plugin {
  const call = '__newsPart';
  // A declaration at the end: hoisted, and the chunk's static imports stay first (scripts/size.mjs reads them).
  const alias = `\nfunction ${call}(s,d){return globalThis[Symbol.for("news-elements.import-part")](s,import.meta.url,d)}`;
  return {
    name: 'news-elements-part-imports',
    apply: 'build',
    renderChunk(code, chunk, _options, { chunks }) {
      /** A chunk's static imports, and theirs: what is loaded once it runs. */
      const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
        for (const imported of chunks[fileName]?.imports ?? []) {
          if (!seen.has(imported)) closure(imported, seen.add(imported));
        }
        return seen;
      };
      const loaded = closure(chunk.fileName, new Set([chunk.fileName]));
      // A part that another part imports (the article, for its extras) is loaded by its own callers first.
      const parts = new Set(Object.values(chunks).flatMap((other) => other.dynamicImports));
      const rewritten = code.replace(
        /\bimport\((["'`])(\.\/[^"'`]+\.js)\1\)/g,
        (_, quote: string, file: string) => {
          const alongside = [...closure(file.slice(2))].filter(
            (imported) => !loaded.has(imported) && !parts.has(imported),
          );
          const list = alongside.length ? `,${JSON.stringify(alongside.join(' '))}` : '';
          return `${call}(${quote}${file}${quote}${list})`;
        },
      );
      return rewritten === code ? null : { code: rewritten + alias, map: null };
    },
  };
}

/**
 * `parts.json` beside the bundle: every part src/parts.ts declares (its name, its comment's `what | when`)
 * with the file it ended up in. The size report lists the parts from it, and the tests that fail each part's
 * download check that they cover every one: a part added to parts.ts is measured and tested without another
 * list to keep.
 */
export function readPartDeclarations(): { name: string; what: string; when: string; module: string }[] {
  const text = readFileSync(resolve(root, 'src/parts.ts'), 'utf8');
  const declared = text.matchAll(
    /\/\*\* (.+?) \| (.+?) \*\/\nexport const (\w+) = part\(\(\) => import\('(.+?)'\)\);/g,
  );
  return [...declared].map(([, what, when, name, module]) => ({
    name,
    what,
    when,
    module: resolve(root, 'src', module.replace(/\.js$/, '.ts')),
  }));
}

function partsManifest(): Plugin {
  return {
    name: 'news-elements-parts-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const declared = readPartDeclarations();
      const count = (readFileSync(resolve(root, 'src/parts.ts'), 'utf8').match(/\bimport\('/g) ?? []).length;
      if (declared.length !== count) {
        this.error(`src/parts.ts: ${count - declared.length} part(s) without a "/** what | when */" line`);
      }
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const parts = declared.map(({ name, what, when, module }) => {
        const chunk = chunks.find((output) => output.moduleIds.includes(module));
        if (!chunk) this.error(`src/parts.ts: part "${name}" is in no file of the build`);
        return { name, what, when, file: chunk.fileName };
      });
      this.emitFile({ type: 'asset', fileName: 'parts.json', source: `${JSON.stringify(parts, null, 2)}\n` });
    },
  };
}

/** Writes the classic loader once the module is on disk, with the hash of the module's final bytes. */
function classicLoader(): Plugin {
  let outDir = '';
  return {
    name: 'news-elements-classic-loader',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const module = readFileSync(resolve(outDir, 'news-elements.js'));
      const integrity = `sha384-${createHash('sha384').update(module).digest('base64')}`;
      writeFileSync(resolve(outDir, 'news-elements.iife.js'), classicLoaderSource(integrity));
    },
  };
}

/**
 * Which modules share a file: the build's one decision about where code lives (src/parts.ts says what loads
 * on demand, and when). Without these rules, modules that several parts use would be files of their own,
 * each one more request after the part that needs it.
 * - Everything the entry imports stays in `news-elements.js`: rolldown would otherwise move modules that
 *   parts share with the entry (errors.ts) into a file the entry imports, a round trip on every page.
 * - The article's own modules that its extras and DOMPurify use too stay in the article's file: those parts
 *   load only after the article.
 */
const PART_GROUPS = [
  { name: 'news-elements', tags: ['$initial' as const], priority: 2 },
  {
    name: 'news-article',
    test: /\/src\/(news-article\/(news-article|safe-storage|article-source|article-date)|sanitize\/sanitize-rules|util\/srcset)\.ts$/,
    priority: 1,
  },
];

/**
 * `vite` serves the demo (demo/, its sample data in demo/public/); `vite build` writes what pages load: the
 * ES module `news-elements.js` with its lazy chunks beside it, and the classic loader.
 */
export default defineConfig({
  root: resolve(root, 'demo'),
  server: { port: 5173, strictPort: true },
  plugins: [
    portalChrome(),
    minifyCssLiterals(),
    minifyHtmlTemplates(),
    partImports(),
    partsManifest(),
    alignChunkNames(),
    classicLoader(),
    thirdPartyLicenses(),
  ],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
    rolldownOptions: {
      // Code that lazy chunks share with the entry may stay in the entry: a separate common chunk would be
      // found only after the entry is parsed, one more round trip on every first visit.
      preserveEntrySignatures: 'allow-extension',
      // Lib mode keeps ES output unminified for re-bundling; these files go straight into pages, where
      // tree-shaking annotations tell nobody anything.
      output: { minify: true, comments: { annotation: false }, codeSplitting: { groups: PART_GROUPS } },
      // Terser takes most of a build; a note saying so on every build is noise.
      checks: { pluginTimings: false },
    },
    copyPublicDir: false,
    lib: {
      entry: resolve(root, 'src/bundle.ts'),
      formats: ['es'],
      fileName: () => 'news-elements.js',
    },
  },
});

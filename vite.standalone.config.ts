import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import split from './vite.config.js';

const root = import.meta.dirname;

/**
 * `vite build --config vite.standalone.config.ts`, run after the split build into the same `dist/`: the
 * one-file builds for CMSs whose media library takes one file at a time. Everything the split build loads on
 * demand is inlined (`codeSplitting: false` also overrides any chunking rule of the split build), the module
 * as `news-elements.standalone.js` and the same code as the classic script `news-elements.standalone.iife.js`
 * (its exports on `window.NewsElements`). Same minifier, CSS and licence handling as the split build; no
 * classic loader, since the classic form is a bundle of its own.
 */
export default defineConfig({
  ...split,
  // No classic loader (the classic form is a bundle of its own) and no parts.json (it has no parts).
  plugins: split.plugins?.filter(
    (plugin) =>
      !(
        plugin &&
        'name' in plugin &&
        ['news-elements-classic-loader', 'news-elements-parts-manifest'].includes(plugin.name)
      ),
  ),
  build: {
    ...split.build,
    emptyOutDir: false,
    // One file to upload, nothing beside it: no source map for a browser to ask for (the split build's maps
    // cover the same sources).
    sourcemap: false,
    rolldownOptions: {
      ...split.build?.rolldownOptions,
      output: { ...split.build?.rolldownOptions?.output, codeSplitting: false },
    },
    lib: {
      // define.ts registers both elements at once, as a file with every part inside should.
      entry: resolve(root, 'src/define.ts'),
      name: 'NewsElements',
      formats: ['es', 'iife'],
      fileName: (format) => `news-elements.standalone${format === 'es' ? '' : `.${format}`}.js`,
    },
  },
});

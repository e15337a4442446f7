import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/**
 * `vite` serves the demo (demo/, its sample data in demo/public/); `vite build` writes the two bundles a
 * page loads: one self-contained ES module and one classic script, both registering the elements.
 */
export default defineConfig({
  root: resolve(root, 'demo'),
  server: { port: 5173, strictPort: true },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    // Lib mode keeps ES output unminified for re-bundling; these files go straight into pages.
    rolldownOptions: { output: { minify: true } },
    copyPublicDir: false,
    lib: {
      entry: resolve(root, 'src/define.ts'),
      name: 'NewsElements',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'news-elements.js' : 'news-elements.iife.js'),
    },
  },
});

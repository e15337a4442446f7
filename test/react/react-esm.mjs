import { build } from 'esbuild';

/**
 * Serves React 19 and react-dom/client as one ES module at `/__react/react.js` for the browser tests. React
 * ships CommonJS only, which the test runner's node resolution cannot hand to a browser; bundling it once
 * with esbuild (already the runner's TypeScript compiler) avoids a CommonJS plugin for the whole suite.
 * The development build, because its warnings (bad props, act() misuse) are what a test wants to see.
 */
export function reactEsm() {
  let bundle;
  return async function react(context, next) {
    if (context.path !== '/__react/react.js') return next();
    bundle ??= build({
      stdin: {
        contents: `import React from 'react';
          import { createRoot } from 'react-dom/client';
          import { flushSync } from 'react-dom';
          export { React, createRoot, flushSync };`,
        resolveDir: import.meta.dirname,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      write: false,
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text);
    context.type = 'application/javascript';
    context.body = await bundle;
  };
}

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { faultServer } from './test/fault-server.mjs';
import { integrationServers } from './test/csp/csp-server.mjs';
import { launchers, stopEngines } from './test/engines.mjs';
import { integrityServer } from './test/integrity/integrity-server.mjs';
import { standaloneServer } from './test/standalone/standalone-server.mjs';
import { prerenderServer } from './test/prerender/prerender-server.mjs';

/**
 * `executeServerCommand('block-urls', { urls })`: the page's requests for those URL patterns fail from then on,
 * cached or not, as when the network drops (Chromium's own request blocking, through the DevTools protocol).
 * An empty list lifts the block.
 */
function blockUrls() {
  // One DevTools session per test page: the block lives in the session that set it, so the same one lifts it.
  const sessions = new Map();
  return {
    name: 'news-elements-block-urls',
    async executeCommand({ command, payload, session }) {
      if (command !== 'block-urls') return undefined;
      let client = sessions.get(session.id);
      if (!client) {
        client = await session.browser.getPage(session.id).createCDPSession();
        await client.send('Network.enable');
        sessions.set(session.id, client);
      }
      await client.send('Network.setBlockedURLs', { urls: payload.urls });
      if (!payload.urls.length) {
        await client.detach();
        sessions.delete(session.id);
      }
      return true;
    },
  };
}

/**
 * TypeScript through esbuild, except the built files under /dist/: pages load those exactly as released (a
 * Subresource Integrity hash holds only for the bytes it was made from, and the bundles' tests are about
 * the release's code, not esbuild's rewrite of it).
 */
function typeScript() {
  const plugin = esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' });
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));
  return plugin;
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page in the same headless browser is a background tab, where Chromium
  // defers work that these tests wait for (the suite is short enough to run serially).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [typeScript(), blockUrls(), { name: 'news-elements-engines', serverStop: stopEngines }],
  middleware: [
    faultServer(),
    ...integrationServers(),
    standaloneServer(),
    integrityServer(),
    prerenderServer(),
  ],
  browsers: await launchers(),
};

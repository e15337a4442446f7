import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { faultServer } from './test/fault-server.mjs';
import { integrationServers } from './test/csp/csp-server.mjs';
import { integrityServer } from './test/integrity/integrity-server.mjs';
import { standaloneServer } from './test/standalone/standalone-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/launch-chromium.mjs';

/** The zone test pages run in, as a visitor's browser would: tests of the default zone assert against it. */
export const VISITOR_TIME_ZONE = 'America/New_York';

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
  plugins: [typeScript(), blockUrls()],
  middleware: [faultServer(), ...integrationServers(), standaloneServer(), integrityServer()],
  browsers: [
    chromeLauncher({
      // Pin the visitor's zone so that "default: the visitor's zone" is asserted against a known zone.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await page.emulateTimezone(VISITOR_TIME_ZONE);
        return page;
      },
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [
          ...CHROMIUM_FLAGS,
          '--disable-component-update',
          '--disable-sync',
          // Test pages share one browser; a page in the background must run its timers at full speed.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // The leak test forces garbage collection and reads the heap.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
};

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { faultServer } from './test/fault-server.mjs';
import { integrationServers } from './test/csp/csp-server.mjs';

/** The system Chromium (Debian's package); nothing here downloads a browser. */
export const VISITOR_TIME_ZONE = 'America/New_York';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second page in the same headless browser is a background tab, where Chromium
  // defers work that these tests wait for (the suite is short enough to run serially).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [faultServer(), ...integrationServers()],
  browsers: [
    chromeLauncher({
      // Pin the visitor's zone so that "default: the visitor's zone" is asserted against a known zone.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await page.emulateTimezone(VISITOR_TIME_ZONE);
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
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

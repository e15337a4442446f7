import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/launch-chromium.mjs';

/**
 * The three engines a visitor's browser runs on, each from Debian's packages (nothing downloads a browser):
 * Chromium; Firefox ESR, driven by puppeteer-core over WebDriver BiDi; WebKitGTK's MiniBrowser, driven by
 * WebKitWebDriver over classic WebDriver under an X display. `NEWS_ENGINES=chromium,firefox` picks some; by
 * default every installed engine runs, and CI requires all three.
 */

/** The zone test pages run in, as a visitor's browser would: tests of the default zone assert against it. */
export const VISITOR_TIME_ZONE = 'America/New_York';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const ENGINES = {
  chromium: { installed: () => existsSync(CHROMIUM_PATH), apt: 'chromium', launcher: chromium },
  firefox: { installed: () => existsSync(FIREFOX_PATH), apt: 'firefox-esr', launcher: firefox },
  webkit: {
    installed: () => existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER) && hasX(),
    apt: 'webkit2gtk-driver xvfb',
    launcher: webkit,
  },
};

/** The engines this run uses, and a line saying which and why. */
export function chosenEngines() {
  const asked = process.env.NEWS_ENGINES?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of asked ?? []) {
    if (!ENGINES[name]) throw new Error(`NEWS_ENGINES: no engine "${name}" (chromium, firefox, webkit)`);
  }
  const names = asked ?? Object.keys(ENGINES);
  const missing = names.filter((name) => !ENGINES[name].installed());
  if (missing.length && (asked || process.env.CI)) {
    const apt = missing.map((name) => ENGINES[name].apt).join(' ');
    throw new Error(`Not installed: ${missing.join(', ')}. Install with: apt-get install -y ${apt}`);
  }
  const used = names.filter((name) => !missing.includes(name));
  console.log(
    `engines: ${used.join(', ')}` +
      (missing.length
        ? ` (not installed, skipped: ${missing.join(', ')}; apt-get install -y ${missing.map((name) => ENGINES[name].apt).join(' ')})`
        : ''),
  );
  return used;
}

/** What every test run of Chromium adds to CHROMIUM_FLAGS (the WordPress suite's config too). */
export const CHROMIUM_TEST_FLAGS = [
  ...CHROMIUM_FLAGS,
  '--disable-component-update',
  '--disable-sync',
  // Test pages share one browser; a page in the background must run its timers at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function chromium() {
  return chromeLauncher({
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
        ...CHROMIUM_TEST_FLAGS,
        // The leak test forces garbage collection and reads the heap.
        '--js-flags=--expose-gc',
        '--enable-precise-memory-info',
      ],
    },
  });
}

function firefox() {
  return chromeLauncher({
    // The launcher's own puppeteer-core, told to speak WebDriver BiDi to Firefox.
    puppeteer,
    createPage: async ({ context }) => {
      const page = await context.newPage();
      await page.emulateTimezone(VISITOR_TIME_ZONE);
      return page;
    },
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        // As in Chromium: a test page in the background runs its timers at full speed.
        'dom.min_background_timeout_value': 0,
        'dom.timeout.enable_budget_timer_throttling': false,
        'intl.accept_languages': 'en-US',
      },
    },
  });
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** An X display for MiniBrowser: the session's own, or Xvfb when Debian's package is there. */
function hasX() {
  return Boolean(process.env.DISPLAY) || spawnSync('sh', ['-c', 'command -v Xvfb']).status === 0;
}

const children = [];
process.once('exit', () => children.forEach((child) => child.kill()));

/** Starts Xvfb on a display it picks itself (`-displayfd`), unless the session has one. */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(xvfb);
  const number = await new Promise((resolve, reject) => {
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    xvfb.stdout.once('data', (data) => resolve(String(data).trim()));
  });
  return `:${number}`;
}

async function waitForDriver(port) {
  for (let tries = 0; tries < 100; tries++) {
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/status`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/**
 * WebKitGTK through its WebDriver. MiniBrowser needs an X display and a `LANG` (else `navigator.language` is
 * `C`); `pageLoadStrategy: none` returns from navigation at once (the test runner's page reports over its own
 * socket), where `eager` sometimes hung.
 */
async function webkit() {
  const port = await startWebKitDriver();
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: WEBKIT_CAPABILITIES,
  });
}

export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  // webdriverio asks for WebDriver BiDi by default; WebKitWebDriver speaks classic WebDriver only.
  'wdio:enforceWebDriverClassic': true,
  pageLoadStrategy: 'none',
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};

/** WebKitWebDriver on a free loopback port, with a display, a language and the visitor's zone; its port. */
export async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: await display(), LANG: 'en_US.UTF-8', TZ: VISITOR_TIME_ZONE },
    stdio: 'ignore',
  });
  children.push(driver);
  await waitForDriver(port);
  return port;
}

/** Launchers for the chosen engines. */
export function launchers() {
  return Promise.all(chosenEngines().map((name) => ENGINES[name].launcher()));
}

/** Stops the drivers and displays this run started. */
export function stopEngines() {
  children.forEach((child) => child.kill());
}

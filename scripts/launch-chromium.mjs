import puppeteer from 'puppeteer-core';

/** The system Chromium: Debian's package, or CHROME_PATH. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags every headless run here needs: no sandbox as root, and no background networking (its connections
 * are refused here, many at a time). The test runner adds its own to these.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
];

/** The system Chromium, headless, with CHROMIUM_FLAGS and `extraArgs`. Nothing downloads a browser. */
export function launchChromium(extraArgs = []) {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}

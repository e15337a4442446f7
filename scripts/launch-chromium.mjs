import puppeteer from 'puppeteer-core';

/**
 * The system Chromium (Debian's package, or CHROME_PATH), headless, with the flags this workplace needs: no
 * sandbox as root, and no background networking (its connections are refused here, many at a time).
 * Nothing downloads a browser. `extraArgs` add to these, e.g. for benchmarks.
 */
export function launchChromium(extraArgs = []) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

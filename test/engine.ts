import { sendKeys } from '@web/test-runner-commands';

/**
 * Which engine a test page runs in, and the tests that need what only one engine's driver gives the test
 * runner. A test that needs such a thing is written `itNeeds('devtools-media', 'title', fn)`: it runs where
 * the need is met and is reported as skipped elsewhere, with its reason in the title; each behaviour that
 * matters to visitors also has an engine-neutral test beside it.
 */
const ua = navigator.userAgent;
export const engine: 'chromium' | 'firefox' | 'webkit' = ua.includes('Firefox/')
  ? 'firefox'
  : ua.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/** What some tests need, where it is met, and why elsewhere not. */
const NEEDS = {
  'devtools-request-blocking': {
    met: engine === 'chromium',
    why: "fails requests mid-page through Chromium's DevTools protocol; engine-neutral: the fault server's part blocking",
  },
  'devtools-media': {
    met: engine === 'chromium',
    why: 'emulates print, reduced motion or a dark scheme, which only the DevTools protocol offers the test runner',
  },
  'devtools-gc': {
    met: engine === 'chromium' && typeof (globalThis as { gc?: unknown }).gc === 'function',
    why: "forces garbage collection and reads the heap, which only Chromium's --expose-gc gives",
  },
  'modulepreload-integrity': {
    met: engine !== 'webkit',
    why: "WebKit loads a modulepreload whose integrity does not match (it fires load, not error): the classic loader cannot pin the module there; the standalone file's script tag can",
  },
  'sanitizer-api': {
    met: typeof (Document as { parseHTML?: unknown }).parseHTML === 'function',
    why: 'this engine has no HTML Sanitizer API (Document.parseHTML): its pages use DOMPurify, tested beside it',
  },
} as const;

export type Need = keyof typeof NEEDS;

/** Whether this engine meets a need (for a `before` that sets up what only such tests use). */
export const meets = (need: Need): boolean => NEEDS[need].met;

/** `it`, skipped where the need is not met, saying why in its title. */
export function itNeeds(
  need: Need,
  title: string,
  test: (this: Mocha.Context) => void | PromiseLike<unknown>,
): Mocha.Test {
  const { met, why } = NEEDS[need];
  return met ? it(title, test) : it.skip(`${title} [skipped in ${engine}: ${why}]`, test);
}

/** `describe`, skipped where the need is not met, saying why in its title. */
export function describeNeeds(
  need: Need,
  title: string,
  suite: (this: Mocha.Suite) => void,
): Mocha.Suite | void {
  const { met, why } = NEEDS[need];
  return met ? describe(title, suite) : describe.skip(`${title} [skipped in ${engine}: ${why}]`, suite);
}

/**
 * Shift+Tab as each driver can press it: puppeteer (Chromium, Firefox) holds Shift down around a Tab; classic
 * WebDriver (WebKit) takes only whole presses, the chord among them.
 */
export async function pressShiftTab(): Promise<void> {
  if (engine === 'webkit') {
    await sendKeys({ press: 'Shift+Tab' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/**
 * The device profiles of the bench, one definition for every script that emulates them (bench/run.mjs,
 * bench/profile.mjs): the viewport, the CPU slowdown and the network.
 */

/** Lighthouse "slow 4G" (DevTools throttling): 150 ms × 3.75 RTT, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up. */
export const SLOW_4G = {
  latency: 150 * 3.75,
  download: (1.6 * 1024 * 1024 * 0.9) / 8,
  upload: (750 * 1024 * 0.9) / 8,
};

export const PROFILES = {
  desktop: { viewport: { width: 1280, height: 900 }, cpu: 1, network: undefined },
  mobile: {
    viewport: { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    cpu: 4,
    network: SLOW_4G,
  },
};

/** Puts `page` (puppeteer) under `profile`, in the zone of the bench's pages. */
export async function emulateProfile(page, profile) {
  await page.setViewport(profile.viewport);
  await page.emulateTimezone('Asia/Ho_Chi_Minh');
  if (profile.cpu > 1) await page.emulateCPUThrottling(profile.cpu);
  if (profile.network) await page.emulateNetworkConditions(profile.network);
}

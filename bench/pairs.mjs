#!/usr/bin/env node
/**
 * The render pairs of `npm run bench` alone, at one size: for quick before/after checks of a change.
 *
 *   node bench/pairs.mjs [--items 20] [--pairs 10] [--warmups 2] [--compare ../other-checkout]
 *
 * Same server, pages and fresh context per run as bench/run.mjs. Prints per-phase medians and the median
 * (p25–p75) of the paired widget/baseline ratios, the figure that survives a noisy machine. `--compare`
 * serves a second checkout's dist/ (built) too and runs its widget in every pair as well, in rotating
 * order, so that "before" and "after" share the same minutes of the machine.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/launch-chromium.mjs';
import { startServer } from './server.mjs';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '20' },
    pairs: { type: 'string', default: '10' },
    warmups: { type: 'string', default: '2' },
    compare: { type: 'string' },
  },
});
const count = Number(values.items);
const servers = { widget: await startServer({ root: resolve(import.meta.dirname, '..') }) };
if (values.compare) servers.other = await startServer({ root: resolve(values.compare) });
const browser = await launchChromium(['--disable-extensions']);

const quantile = (list, q) => {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};
const median = (list) => quantile(list, 0.5);

/** `side` is widget, other (the --compare checkout's widget) or baseline. */
async function renderOnce(side) {
  const impl = side === 'baseline' ? 'baseline' : 'widget';
  const server = side === 'other' ? servers.other : servers.widget;
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.emulateTimezone('Asia/Ho_Chi_Minh');
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await page.goto(`${server.origin}/render.html?impl=${impl}`, { waitUntil: 'load' });
    await page.waitForFunction('window.benchReady === true', { timeout: 10_000 });
    if (impl === 'widget') await page.evaluate(() => customElements.whenDefined('news-feed'));
    const result = await page.evaluate((n) => window.runOnce(n), count);
    if (result.rendered !== count) throw new Error(`${side} rendered ${result.rendered} of ${count} items`);
    return result;
  } finally {
    await context.close();
  }
}

const sides = ['widget', 'baseline', ...(values.compare ? ['other'] : [])];
try {
  for (let i = 0; i < Number(values.warmups); i++) for (const side of sides) await renderOnce(side);
  const runs = Object.fromEntries(sides.map((side) => [side, []]));
  for (let i = 0; i < Number(values.pairs); i++) {
    // Rotate the order so that no side always runs first, on a cooler or warmer machine.
    const order = sides.map((_, k) => sides[(k + i) % sides.length]);
    for (const side of order) runs[side].push(await renderOnce(side));
  }
  for (const side of sides) {
    const m = (key) =>
      median(runs[side].map((r) => r[key]))
        .toFixed(1)
        .padStart(6);
    const ratios = runs[side].map((r, i) => r.total / runs.baseline[i].total);
    console.log(
      `${side.padEnd(8)} data ${m('data')}  render ${m('render')}  paint ${m('paint')}  total ${m('total')}` +
        (side === 'baseline'
          ? ''
          : `  ratio ${median(ratios).toFixed(2)}× (p25–p75 ${quantile(ratios, 0.25).toFixed(2)}–` +
            `${quantile(ratios, 0.75).toFixed(2)})`),
    );
  }
  if (values.compare) {
    const diff = runs.widget.map((r, i) => r.total - runs.other[i].total);
    const dataDiff = runs.widget.map((r, i) => r.data - runs.other[i].data);
    console.log(
      `widget − other, paired: total ${median(diff).toFixed(1)} ms (p25–p75 ${quantile(diff, 0.25).toFixed(1)}` +
        `–${quantile(diff, 0.75).toFixed(1)}), insert → data ${median(dataDiff).toFixed(1)} ms`,
    );
  }
} finally {
  await browser.close();
  for (const server of Object.values(servers)) await server.close();
}

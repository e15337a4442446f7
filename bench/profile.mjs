#!/usr/bin/env node
/**
 * Where the widget's time goes at 20 items: a CPU profile (V8's sampler, 100 µs) of the render bench page,
 * from inserting `<news-feed>` to the painted list, over several fresh visits. Samples are attributed to source files through the bundle's source maps; V8's
 * own work (Intl, JSON, the parser) is named as such, with the source file that called it; "(idle)" is time
 * the page waited (network, timers, frames). What the sampler calls "(program)" (the engine's own work:
 * style, layout, paint, compiling) is broken down from a trace of the same visits.
 *
 *   npx vite build && node bench/profile.mjs [--items 20] [--runs 8] [--top 25]
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/launch-chromium.mjs';
import { sourceLookup } from '../scripts/size-sources.mjs';
import { SEED_PATTERN } from './pages.mjs';
import { startServer } from './server.mjs';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '20' },
    runs: { type: 'string', default: '8' },
    top: { type: 'string', default: '25' },
  },
});
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const count = Number(values.items);
const lookups = new Map(
  readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .map((name) => [name, sourceLookup(dist, name)]),
);

/** The source file (or V8's own bucket) of a profile node's frame, or undefined for a frame of V8 itself. */
function sourceOf(frame) {
  if (!frame.url) return undefined;
  const file = frame.url.split('/').pop();
  const lookup = lookups.get(file);
  if (!lookup) return frame.url.includes('/bench/') ? 'bench harness' : frame.url;
  return lookup(frame.lineNumber, frame.columnNumber).source;
}

/** Self time by bucket: a source file, or `V8 <function> ← <source file that called it>`. */
function attribute(profile, into) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const bucketOf = new Map();
  const bucket = (id) => {
    if (bucketOf.has(id)) return bucketOf.get(id);
    const { callFrame } = nodes.get(id);
    let name = sourceOf(callFrame);
    if (!name) {
      const own = callFrame.functionName || '(anonymous)';
      if (own.startsWith('(')) name = own;
      else {
        let up = parent.get(id);
        while (up !== undefined && !sourceOf(nodes.get(up).callFrame)) up = parent.get(up);
        name = `V8 ${own} ← ${up === undefined ? '?' : sourceOf(nodes.get(up).callFrame)}`;
      }
    }
    bucketOf.set(id, name);
    return name;
  };
  profile.samples.forEach((id, i) => {
    const name = bucket(id);
    into.set(name, (into.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
}

/** Trace events of the renderer's main thread that say what "(program)" was; they do not nest in each other. */
const ENGINE_WORK = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  ParseHTML: 'HTML parser',
  ParseAuthorStyleSheet: 'style sheets',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
};

/** Milliseconds of each kind of engine work on the main thread of `events`, added to `into`. */
function engineWork(events, into) {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  for (const event of events) {
    const kind = ENGINE_WORK[event.name];
    if (!kind || event.ph !== 'X' || (main && (event.pid !== main.pid || event.tid !== main.tid))) continue;
    into.set(kind, (into.get(kind) ?? 0) + (event.dur ?? 0) / 1000);
  }
}

const server = await startServer({ root });
const browser = await launchChromium(['--disable-extensions']);
const samples = new Map();
const engine = new Map();
const walls = { data: [], total: [] };
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.emulateTimezone('Asia/Ho_Chi_Minh');
      await page.goto(`${server.origin}/render.html?impl=widget`, { waitUntil: 'load' });
      await page.evaluate(() => customElements.whenDefined('news-feed'));
      const session = await page.createCDPSession();
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
      await page.tracing.start({
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      const times = await page.evaluate(
        (n, pattern) =>
          new Promise((done) => {
            const feed = document.createElement('news-feed');
            for (const [name, value] of [
              ['src', `/data/items-${n}.json`],
              ['page-size', String(n)],
              ['lang', 'vi'],
              ['time-zone', 'Asia/Ho_Chi_Minh'],
              ['date-format', pattern],
            ])
              feed.setAttribute(name, value);
            const start = performance.now();
            feed.addEventListener(
              'news-load',
              async () => {
                const data = performance.now() - start;
                await feed.updateComplete;
                await window.afterNextPaint();
                done({ data, total: performance.now() - start });
              },
              { once: true },
            );
            document.querySelector('main').append(feed);
          }),
        count,
        SEED_PATTERN,
      );
      attribute((await session.send('Profiler.stop')).profile, samples);
      engineWork(JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents, engine);
      walls.data.push(times.data);
      walls.total.push(times.total);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const runs = Number(values.runs);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`# Where <news-feed>'s time goes at ${count} items (${runs} fresh visits, desktop)\n`);
console.log(
  `- ${os.cpus()[0]?.model} × ${os.cpus().length}, load average ${os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')}; ${new Date().toISOString()}\n`,
);
console.log(
  `Insert → painted: median ${median(walls.total).toFixed(0)} ms (insert → \`news-load\`: ${median(walls.data).toFixed(0)} ms). ` +
    "Self time by source, ms per visit (mean), over the whole profile (it also holds the harness's waits):\n",
);
console.log('| where | ms per visit |');
console.log('| --- | ---: |');
for (const [name, ms] of [...samples].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
  console.log(`| ${name} | ${(ms / runs).toFixed(1)} |`);
}
const work = [...engine].sort((a, b) => b[1] - a[1]);
console.log(
  `\nOf the engine's own work ("(program)" and V8 above), from the trace: ${work
    .map(([kind, ms]) => `${kind} ${(ms / runs).toFixed(1)} ms`)
    .join(', ')}.`,
);

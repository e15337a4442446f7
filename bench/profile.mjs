#!/usr/bin/env node
/**
 * Where the widget's time goes at 20 items, under one of the bench's device profiles (bench/profiles.mjs):
 *
 * 1. A CPU profile (V8's sampler, 100 µs) of the render bench page, from inserting `<news-feed>` to the
 *    painted list, over several fresh visits. Samples are attributed to source files through the bundle's
 *    source maps; V8's own work (Intl, JSON, the parser) is named as such, with the source file that called
 *    it; "(idle)" is time the page waited (network, timers, frames). What the sampler calls "(program)" (the
 *    engine's own work: style, layout, paint, compiling) is broken down from a trace of the same visits.
 * 2. The longest task of each first visit to the mock ward page (the bench's time-to-content page), for the
 *    widget and for the one-string page, from a trace with the sampler in it: what started the task, the
 *    engine's work inside it (compile, style, layout, paint…) and its script time by source file.
 *
 *   npx vite build && node bench/profile.mjs [--mobile] [--items 20] [--runs 8] [--visits 6] [--top 25]
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/launch-chromium.mjs';
import { sourceLookup } from '../scripts/size-sources.mjs';
import { SEED_PATTERN } from './pages.mjs';
import { emulateProfile, PROFILES } from './profiles.mjs';
import { startServer } from './server.mjs';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '20' },
    runs: { type: 'string', default: '8' },
    top: { type: 'string', default: '25' },
    visits: { type: 'string', default: '6' },
    mobile: { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const count = Number(values.items);
const profileName = values.mobile ? 'mobile' : 'desktop';
const profile = PROFILES[profileName];
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
  if (!lookup) {
    if (frame.url.includes('/bench/')) return `bench/${file}`;
    return frame.url.includes('.html') ? `${file.split('?')[0]}, inline script` : frame.url;
  }
  return lookup(frame.lineNumber, frame.columnNumber).source;
}

/**
 * Self time by bucket: a source file, or `V8 <function> ← <source file that called it>`; only the samples
 * taken from `from` to `to` (µs, the profile's clock) when given. Nodes name their children (a CDP profile)
 * or their parent (a trace's sampler chunks).
 */
function attribute(profile, into, from = -Infinity, to = Infinity) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) {
    if (node.parent !== undefined) parent.set(node.id, node.parent);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
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
  let time = profile.startTime ?? 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    time += delta;
    if (time < from || time > to) return;
    const name = bucket(id);
    into.set(name, (into.get(name) ?? 0) + delta / 1000);
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
  // The page's main thread: the one that did the most of this work (about:blank's renderer did little).
  const byThread = new Map();
  for (const event of events) {
    const kind = ENGINE_WORK[event.name];
    if (!kind || event.ph !== 'X') continue;
    const thread = `${event.pid}:${event.tid}`;
    if (!byThread.has(thread)) byThread.set(thread, { total: 0, work: new Map() });
    const entry = byThread.get(thread);
    entry.total += event.dur ?? 0;
    entry.work.set(kind, (entry.work.get(kind) ?? 0) + (event.dur ?? 0) / 1000);
  }
  const [main] = [...byThread.values()].sort((a, b) => b.total - a.total);
  for (const [kind, ms] of main?.work ?? []) into.set(kind, (into.get(kind) ?? 0) + ms);
}

/** The trace of a ward visit: the timeline, compiles, and the sampler, whose samples land in the trace. */
const TASK_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler',
  'loading',
];
/** Trace events whose self time is script (the sampler splits it by source file). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.run',
  'v8.callFunction',
  'V8.Execute',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'EventDispatch',
  'HandlePostMessage',
]);

/** Trace events of the tasks that come before the page can observe tasks (the navigation's commit). */
const BEFORE_THE_PAGE = new Set(['DocumentLoader::CommitNavigation', 'CpuProfiler::StartProfiling']);

/** What a trace event's self time inside a task counts as. */
function kindOf(name) {
  if (ENGINE_WORK[name]) return ENGINE_WORK[name];
  if (SCRIPT_EVENTS.has(name)) return 'script';
  if (/compile/i.test(name)) return 'compile';
  if (/GC|garbage/i.test(name)) return 'garbage collection';
  if (name === 'RunTask' || name === 'ThreadControllerImpl::RunTask') return 'task, unaccounted';
  return name;
}

/** The main thread of the renderer that parsed `page` (the first one was about:blank's). */
function mainThreadOf(events, page) {
  const parse = events.find(
    (event) => event.name === 'ParseHTML' && event.args?.beginData?.url?.includes(page),
  );
  return parse && { pid: parse.pid, tid: parse.tid };
}

/** The sampler's profile of `thread`, its chunks joined, in the trace's clock (µs). */
function sampledProfile(events, thread) {
  const mine = events.filter(
    (event) => (event.name === 'Profile' || event.name === 'ProfileChunk') && event.pid === thread.pid,
  );
  const started = mine.find((event) => event.name === 'Profile' && event.tid === thread.tid) ?? mine[0];
  if (!started) return undefined;
  const profile = { startTime: started.args.data.startTime, nodes: [], samples: [], timeDeltas: [] };
  for (const chunk of mine) {
    if (chunk.name !== 'ProfileChunk' || chunk.id !== started.id) continue;
    const { cpuProfile, timeDeltas } = chunk.args.data;
    profile.nodes.push(...(cpuProfile?.nodes ?? []));
    profile.samples.push(...(cpuProfile?.samples ?? []));
    profile.timeDeltas.push(...(timeDeltas ?? []));
  }
  return profile;
}

/** Tasks of a visit this long or longer are long tasks (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;

/**
 * The tasks of a visit's trace on the page's main thread: the longest described in full (what started it:
 * the events directly under it; self time by kind of work, from the trace; script time by source, from the
 * sampler), and every long task by its duration and the largest event directly in it.
 */
function visitTasks(events, page) {
  const thread = mainThreadOf(events, page);
  if (!thread) throw new Error(`profile: no main thread parsed ${page} in the trace`);
  const onMain = events.filter(
    (event) => event.ph === 'X' && event.pid === thread.pid && event.tid === thread.tid,
  );
  const within = (task) =>
    onMain
      .filter((event) => event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + task.dur)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const profile = sampledProfile(events, thread);
  const describe = (task) => {
    const inside = within(task);
    const self = new Map(inside.map((event) => [event, event.dur ?? 0]));
    const stack = [];
    const started = new Map();
    for (const event of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
      const up = stack.at(-1);
      if (up) self.set(up, self.get(up) - (event.dur ?? 0));
      if (up === task) {
        const url = event.args?.data?.url ?? '';
        const label = `${event.name}${url ? ` (${url.split('/').pop()})` : ''}`;
        started.set(label, (started.get(label) ?? 0) + event.dur / 1000);
      }
      stack.push(event);
    }
    const work = new Map();
    for (const [event, time] of self) {
      const kind = kindOf(event.name);
      work.set(kind, (work.get(kind) ?? 0) + time / 1000);
    }
    const script = new Map();
    if (profile) attribute(profile, script, task.ts, task.ts + task.dur);
    const [lead] = [...started].sort((x, y) => y[1] - x[1]);
    const harness = [...script.keys()].some((source) => source.startsWith('pptr:'));
    return {
      duration: task.dur / 1000,
      lead: harness ? 'the harness (puppeteer)' : lead?.[0],
      started,
      work,
      script,
    };
  };
  // The navigation's commit (with the sampler starting in it) comes before the page can observe tasks.
  const tasks = onMain
    .filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
    .filter((event) => event.dur >= LONG_TASK_MS * 1000)
    .filter((event) => !within(event).some((inner) => BEFORE_THE_PAGE.has(inner.name)))
    .sort((a, b) => b.dur - a.dur)
    .map(describe);
  return { longest: tasks[0], long: tasks };
}

/** One first visit to the ward page under the profile, traced; resolves to its longest task. */
async function wardVisit(impl, preload) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await emulateProfile(page, profile);
    await page.tracing.start({ categories: TASK_CATEGORIES });
    await page.goto(`${server.origin}/ward.html?impl=${impl}&preload=${preload ? 1 : 0}`, {
      waitUntil: 'load',
      timeout: 60_000,
    });
    await page.waitForFunction('window.probe && window.probe.title > 0', { timeout: 60_000, polling: 50 });
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 60_000 }).catch(() => {});
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    const probe = await page.evaluate(() => ({ ...window.probe }));
    const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    return { ...visitTasks(traceEvents, '/ward.html'), probe };
  } finally {
    await context.close();
  }
}

const server = await startServer({ root });
const browser = await launchChromium(['--disable-extensions']);
const samples = new Map();
const engine = new Map();
const walls = { data: [], total: [] };
/** The longest task of each ward visit, by page: `widget` and `string` (the one-string page). */
const tasks = {};
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await emulateProfile(page, profile);
      await page.goto(`${server.origin}/render.html?impl=widget`, { waitUntil: 'load', timeout: 60_000 });
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
  for (let visit = 0; visit < Number(values.visits); visit++) {
    for (const preload of [false, true]) {
      const order = visit % 2 ? ['string', 'widget'] : ['widget', 'string'];
      for (const impl of order) (tasks[impl] ??= []).push(await wardVisit(impl, preload));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const runs = Number(values.runs);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
if (runs > 0) {
  console.log(`# Where <news-feed>'s time goes at ${count} items (${runs} fresh visits, ${profileName})\n`);
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
}

const NAMES = { widget: '`<news-feed>`', string: 'the one-string page' };
const sum = (maps) => {
  const total = new Map();
  for (const map of maps) for (const [key, ms] of map) total.set(key, (total.get(key) ?? 0) + ms);
  return [...total].sort((a, b) => b[1] - a[1]);
};
const titles = {};
for (const impl of ['widget', 'string']) {
  const visits = tasks[impl];
  const n = visits.length;
  const longest = visits.map(
    (v) => v.longest ?? { duration: 0, started: new Map(), work: new Map(), script: new Map() },
  );
  const durations = longest.map((task) => task.duration);
  titles[impl] = visits.map((v) => v.probe.title);
  console.log(
    `\n## The longest task of a first visit to the ward page, ${NAMES[impl]} (${n} visits, ${profileName}, ` +
      'half of them with the preload)\n',
  );
  console.log(
    `Longest task: median ${median(durations).toFixed(0)} ms (${Math.min(...durations).toFixed(0)}–` +
      `${Math.max(...durations).toFixed(0)}; the Long Tasks API in the page said ` +
      `${median(visits.map((v) => v.probe.longestTask)).toFixed(0)}). Tasks over ${LONG_TASK_MS} ms: ` +
      `${visits.map((v) => v.long.length).join(', ')} a visit. First title painted: median ` +
      `${median(titles[impl]).toFixed(0)} ms.\n`,
  );
  const kinds = new Map();
  for (const task of visits.flatMap((v) => v.long)) {
    const entry = kinds.get(task.lead) ?? [];
    kinds.set(task.lead, [...entry, task.duration]);
  }
  console.log(
    `Every long task, by the largest event directly in it (how many; median ms): ${[...kinds]
      .sort((x, y) => y[1].length - x[1].length)
      .map(([lead, list]) => `${lead} ${list.length}× ${median(list).toFixed(0)}`)
      .join('; ')}.\n`,
  );
  console.log(
    `What ran directly in the longest, ms per visit (mean): ${sum(longest.map((v) => v.started))
      .slice(0, 8)
      .map(([name, ms]) => `${name} ${(ms / n).toFixed(1)}`)
      .join(', ')}.\n`,
  );
  console.log('| work inside the longest task (trace, self time) | ms per visit |');
  console.log('| --- | ---: |');
  for (const [kind, ms] of sum(longest.map((v) => v.work)).slice(0, 10)) {
    console.log(`| ${kind} | ${(ms / n).toFixed(1)} |`);
  }
  console.log('\n| its script and V8 time by source (sampler) | ms per visit |');
  console.log('| --- | ---: |');
  for (const [source, ms] of sum(longest.map((v) => v.script)).slice(0, Number(values.top) / 2)) {
    console.log(`| ${source} | ${(ms / n).toFixed(1)} |`);
  }
}
const paired = titles.widget.map((title, i) => title / titles.string[i]);
console.log(
  `\nFirst title, widget ÷ one-string page, paired by visit: median ${median(paired).toFixed(2)}× ` +
    `(${paired.map((r) => r.toFixed(2)).join(', ')}).`,
);

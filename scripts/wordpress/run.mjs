#!/usr/bin/env node
// `npm run test:wordpress`: installs the WordPress test site if it is missing, starts what is not running,
// seeds it unless it holds this seed, runs the browser suite against it (web-test-runner.wordpress.config.mjs),
// and stops what it started. Extra arguments go to web-test-runner (e.g. `--files test/wordpress/paging.test.ts`).
import { execFileSync, spawn } from 'node:child_process';

const here = new URL('.', import.meta.url).pathname;
const script = (name, args = [], stdio = 'inherit') =>
  execFileSync('bash', [`${here}${name}`, ...args], { stdio, encoding: 'utf8' });

const began = Date.now();
script('install.sh');
const started = script('start.sh', [], ['ignore', 'pipe', 'inherit']).split('\n').filter(Boolean);
let code = 1;
try {
  script('seed.sh');
  // The suite runs `news-elements check`, which runs the package's adapters from dist/lib.
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  console.log(`wordpress: site ready in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  code = await new Promise((resolve) => {
    const runner = spawn(
      'npx',
      ['web-test-runner', '--config', 'web-test-runner.wordpress.config.mjs', ...process.argv.slice(2)],
      { stdio: 'inherit' },
    );
    const forward = (signal) => runner.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    runner.on('exit', (status) => resolve(status ?? 1));
  });
} finally {
  // Faults stop and start services within the suite: whatever this run started is stopped, in any state.
  if (started.length) script('stop.sh', started);
  console.log(`wordpress: suite and site took ${((Date.now() - began) / 1000).toFixed(1)} s`);
}
process.exit(code);

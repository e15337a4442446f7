import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root, and its command line as npx runs it. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/news-elements.mjs`;

/** Runs the CLI; resolves with exit code and output (a non-zero exit is a result here, not a failure). */
export function run(...args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, env: { ...process.env, TZ: 'UTC' } },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

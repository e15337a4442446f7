/**
 * The command line's checks of the source options that `check` and `publish` share, each failing with a
 * UsageError (exit status 2) that says what a right value looks like.
 */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

/** `argv` read with the source options and `options`; an unknown or malformed option is a UsageError. */
export function parseCommandLine(argv, options) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { ...SOURCE_OPTIONS, ...options } });
  } catch (error) {
    throw new UsageError(error.message);
  }
}

/** `parseArgs` options of the source and of how it shows, as the elements' attributes of the same names. */
export const SOURCE_OPTIONS = {
  format: { type: 'string', default: 'auto' },
  fields: { type: 'string' },
  'source-date-format': { type: 'string' },
  'time-zone': { type: 'string' },
  'page-size': { type: 'string', default: '10' },
  lang: { type: 'string', default: 'vi' },
  'date-format': { type: 'string', default: 'auto' },
};

/** `--fields`: a JSON object of dot paths, or undefined when not given. */
export function readFields(value) {
  if (!value) return undefined;
  let fields;
  try {
    fields = JSON.parse(value);
  } catch (error) {
    throw new UsageError(`--fields is not JSON: ${error.message}`);
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
    throw new UsageError('--fields must be a JSON object of dot paths');
  }
  return fields;
}

/** `--time-zone`: an IANA zone this Node knows, or undefined when not given. */
export function readTimeZone(timeZone) {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new UsageError(`--time-zone "${timeZone}" is not an IANA zone such as Asia/Ho_Chi_Minh`);
  }
  return timeZone;
}

/** A whole-number option `--<name>` of at least `min`. */
export function readWhole(value, name, min) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    throw new UsageError(`--${name} must be a whole number ≥ ${min}`);
  }
  return number;
}

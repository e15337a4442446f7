/**
 * The command line's checks of the source options that `check` and `publish` share, each failing with a
 * UsageError (exit status 2) that says what a right value looks like.
 */
export class UsageError extends Error {}

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

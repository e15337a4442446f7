import { NewsError } from '../errors.js';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The payload's item list, or a format error that says what was found instead. */
export function itemList(payload: JsonObject, key: string, format: string): unknown[] {
  const list = payload[key];
  if (!Array.isArray(list)) {
    throw new NewsError('format', `A ${format} source needs an array "${key}"; found ${describe(list)}.`);
  }
  return list;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * A post of the REST API: a rendered title, or (with `_fields` trimming the title away) the `id`, `slug`,
 * `link` and `type` every post has.
 */
export const isWordPressPost = (value: unknown): value is JsonObject =>
  isObject(value) &&
  ((isObject(value.title) && typeof value.title.rendered === 'string') ||
    (typeof value.slug === 'string' && typeof value.link === 'string' && typeof value.type === 'string'));

/** JSON Feed's version URL; some generators write the bare number (`"1.1"`), which we accept too. */
export const JSON_FEED_VERSION = /^(?:https?:\/\/jsonfeed\.org\/version\/)?1(\.\d+)?\/?$/;

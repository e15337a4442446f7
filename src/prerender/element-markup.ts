import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { parseSource } from '../data/read-source.js';
import { mergePages, type MergedPage } from '../data/merge-pages.js';
import type { FormatSetting } from '../sources/detect.js';
import { scriptSafeJson } from '../news-article/json-ld.js';
import { DATA_MARKER } from '../element/prerendered.js';

/** Attribute values of a pre-rendered element: text, or `true` for a boolean attribute. */
export type Attributes = Record<string, string | true>;

/**
 * An element's start and end tags as static markup, for a template to put its content between (names are
 * checked against what the element observes, so none can break out of the tag; values are escaped for a
 * double-quoted attribute).
 */
export function elementTags(
  tag: string,
  element: { observedAttributes: string[] },
  attributes: Attributes,
): [StaticValue, StaticValue] {
  const known = new Set(element.observedAttributes);
  const text = Object.entries(attributes).map(([name, value]) => {
    if (!known.has(name)) throw new Error(`pre-rendering: <${tag}> has no attribute "${name}"`);
    return value === true ? name : `${name}="${escapeAttribute(value)}"`;
  });
  return [unsafeStatic(`<${tag} ${text.join(' ')}>`), unsafeStatic(`</${tag}>`)];
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/**
 * The attributes of a pre-rendered element: `lang` and `time-zone` always written (by default `vi` and this
 * machine's zone), so that the browser formats as the server did; and the `format` its data is read as.
 */
export function settledAttributes(given: Attributes | undefined, own: Attributes) {
  const attributes: Attributes = {
    lang: 'vi',
    'time-zone': Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...given,
    ...own,
  };
  const format = (attributes.format === true ? 'auto' : (attributes.format ?? 'auto')) as FormatSetting;
  return { attributes, lang: String(attributes.lang), timeZone: String(attributes['time-zone']), format };
}

/**
 * The data block a pre-rendered element carries in its light DOM (`takeOver` reads it): the source's
 * first answer as JSON that no `</script>` inside can end early, and when it was published.
 */
export function dataBlock(json: string, savedAt: number): StaticValue {
  const text = scriptSafeJson(JSON.parse(json) as object);
  return unsafeStatic(
    `<script type="application/json" ${DATA_MARKER} data-saved-at="${Math.round(savedAt)}">${text}</script>`,
  );
}

/**
 * A published native page as the element reads it: the same adapter (detected as the element's `format`
 * says) and merge, in the zone the element is given.
 */
export async function readPublished(
  json: string,
  url: string,
  format: FormatSetting,
  timeZone: string,
): Promise<MergedPage> {
  const page = await parseSource(json, 'application/json', format, { baseUrl: url, headers: {}, timeZone });
  return mergePages([{ url, page }]);
}

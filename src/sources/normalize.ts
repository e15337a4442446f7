import { IMAGE_DATA_URL } from '../util/data-image.js';
import { htmlToText } from '../sanitize/html-to-text.js';
import { readCount } from './count.js';
import { readDate, type NamedDateReader, type SourcePattern } from './dates/date-forms.js';
import { StoryIndex } from './story.js';
import type {
  AdapterContext,
  DroppedItem,
  NewsAttachment,
  NewsImage,
  NewsImageCandidate,
  NewsItem,
  NewsPage,
} from './types.js';

/** What an adapter pulls out of one raw item, before the checks every format shares. */
export interface ItemDraft {
  id?: unknown;
  title?: unknown;
  url?: unknown;
  summary?: unknown;
  contentHtml?: unknown;
  contentText?: unknown;
  image?: unknown;
  imageAlt?: unknown;
  imageCaption?: unknown;
  /** Other sizes of the image as a `srcset`, checked by the adapter that made it (see srcset.ts). */
  published?: unknown;
  updated?: unknown;
  views?: unknown;
  category?: unknown;
  tags?: unknown;
  authors?: unknown;
  attachments?: unknown;
  pinned?: unknown;
  locked?: unknown;
  /** The raw item (JSON value or XML element), read by `fields` overrides. */
  raw?: unknown;
}

const TITLE_FROM_TEXT_MAX = 90;

/** How long normalizing may hold the main thread before it lets the page breathe (input, paint). */
const SLICE_MS = 25;

/**
 * Thrown by an adapter that met a date with month or zone names without `readers.namedDate`: the pipeline
 * downloads the reader and runs the adapter again (JSON sources almost never have such dates).
 */
export class NeedsNamedDates extends Error {}

/** What reading a date takes from the context. */
interface DateReaders {
  pattern: SourcePattern | undefined;
  named: NamedDateReader | undefined;
}

/**
 * Checks and cleans drafts; an item with nothing to show or an impossible date is dropped, with why, and so
 * is one that repeats an earlier story (see `StoryIndex`); ids given to several stories are noted. A large
 * source (thousands of items) is worked through in slices, yielding between them, so no single task freezes
 * the page; a small one finishes in one go. Dates with month or zone names need `readers.namedDate` (see
 * `NeedsNamedDates`); the fields overrides, `readers.overrideFields`.
 */
export async function normalizeDrafts(
  drafts: ItemDraft[],
  context: AdapterContext,
): Promise<Pick<NewsPage, 'items' | 'dropped' | 'repeatedIds'>> {
  const items: NewsItem[] = [];
  const dropped: DroppedItem[] = [];
  const stories = new StoryIndex();
  const repeatedIds = new Set<string>();
  const { fields, readers } = context;
  const overrides = fields && readers?.overrideFields;
  const dates: DateReaders = {
    pattern:
      context.sourceDateFormat && readers?.pattern
        ? { pattern: context.sourceDateFormat, read: readers.pattern }
        : undefined,
    named: readers?.namedDate,
  };
  let sliceStart = performance.now();
  let yielded = false;
  for (let index = 0; index < drafts.length; index++) {
    const draft = overrides ? overrides(drafts[index], fields) : drafts[index];
    const result = normalizeDraft(draft, context, dates);
    if (!result) throw new NeedsNamedDates();
    const earlier = 'reason' in result ? undefined : stories.find(result);
    const reason =
      'reason' in result ? result.reason : earlier !== undefined && `it repeats item #${earlier + 1}`;
    if (reason) dropped.push({ index, label: labelOf(draft, index), reason });
    else {
      const item = result as NewsItem;
      if (stories.hasId(item)) repeatedIds.add(item.id);
      stories.add(item, index);
      items.push(item);
    }
    if (index % 32 === 31 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      yielded = true;
      sliceStart = performance.now();
    }
  }
  // After a long run, sorting and the first render get a task of their own too.
  if (yielded) await yieldToPage();
  return repeatedIds.size ? { items, dropped, repeatedIds: [...repeatedIds] } : { items, dropped };
}

/** A macrotask boundary: `scheduler.yield()` where the browser has it (it keeps our place in line). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Undefined when a date needs the named-date reader and it is not given. */
function normalizeDraft(
  draft: ItemDraft,
  context: AdapterContext,
  dates: DateReaders,
): NewsItem | { reason: string } | undefined {
  const url = absoluteUrl(draft.url, context.baseUrl);
  const summary = text(draft.summary);
  const contentHtml =
    typeof draft.contentHtml === 'string' && draft.contentHtml.trim() ? draft.contentHtml : undefined;
  // The body's text is needed only for an item without title and summary: parsing every item's HTML for
  // nothing cost seconds on a 5,000-item source.
  const title =
    scalarText(draft.title) ??
    shortenAtWord(
      summary ?? text(draft.contentText) ?? (contentHtml ? text(htmlToText(contentHtml)) : undefined),
    );
  if (!title) return { reason: 'it has no title and no text' };

  const published = readDate(draft.published, context.timeZone, dates.pattern, dates.named);
  if (published === null) return undefined;
  if (published && 'invalid' in published) return { reason: `its date ${published.invalid} is impossible` };
  const updated = readDate(draft.updated, context.timeZone, dates.pattern, dates.named);
  if (updated === null) return undefined;

  const id = scalarText(draft.id) ?? url ?? title;
  const item: NewsItem = { id, title };
  if (url) item.url = url;
  if (summary) item.summary = summary;
  if (contentHtml) item.contentHtml = contentHtml;
  const image = imageOf(draft, context.baseUrl);
  if (image) item.image = image;
  if (published) {
    item.publishedAt = published.date;
    if (published.dateOnly) item.publishedDateOnly = true;
  }
  if (updated && !('invalid' in updated)) item.updatedAt = updated.date;
  const views = readCount(draft.views);
  if (views !== undefined) item.views = views;
  const category = text(draft.category);
  if (category) item.category = category;
  const tags = texts(draft.tags);
  if (tags.length) item.tags = tags;
  const authors = texts(draft.authors);
  if (authors.length) item.authors = authors;
  const attachments = attachmentsOf(draft.attachments, context.baseUrl);
  if (attachments.length) item.attachments = attachments;
  if (draft.pinned === true) item.pinned = true;
  if (draft.locked === true) item.locked = true;
  return item;
}

/**
 * Strings of only these characters are NFC already (tab to U+02FF, precomposed Vietnamese, punctuation:
 * none decomposes and no two compose), so most text skips `normalize`, which was the largest cost of
 * normalizing a source.
 */
const MAYBE_NOT_NFC = /[^\t-\u02ff\u1e00-\u1eff\u2010-\u206f]/;
/** White space that collapsing would change: anything but a single plain space. */
const IRREGULAR_SPACE = /[^\S ]| {2}/;

/**
 * A character that draws something: not white space, a control, a default-ignorable (zero-width
 * characters, soft hyphen, Hangul fillers, bidi marks, variation selectors) or the blank Braille pattern.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/u;

/**
 * Trimmed, whitespace-collapsed, NFC text (some CMSs emit decomposed Vietnamese). Undefined when nothing
 * of it would show: empty, or only invisible characters, which would render as an empty heading.
 */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const composed = MAYBE_NOT_NFC.test(value) ? value.normalize('NFC') : value;
  const cleaned = (IRREGULAR_SPACE.test(composed) ? composed.replace(/\s+/g, ' ') : composed).trim();
  return VISIBLE.test(cleaned) ? cleaned : undefined;
}

/** `text`, or a number as written: `"title": 2025` is a title, `"id": 17` an id. */
const scalarText = (value: unknown): string | undefined =>
  typeof value === 'number' ? (Number.isFinite(value) ? String(value) : undefined) : text(value);

function texts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((entry) =>
      text(typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : entry),
    )
    .filter((entry): entry is string => entry !== undefined);
}

export function absoluteUrl(value: unknown, base: string): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    // Only links a visitor can follow safely; a `javascript:` link from a feed is an attack, not a link.
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function shortenAtWord(value: string | undefined): string | undefined {
  if (!value || value.length <= TITLE_FROM_TEXT_MAX) return value;
  const cut = value.slice(0, TITLE_FROM_TEXT_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_FROM_TEXT_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * An image's address: http(s), or a `data:` URL of a raster image, which the article's body keeps too
 * (`IMAGE_DATA_URL`), so a thumbnail shows in the list exactly when it shows in the article.
 */
function imageUrl(value: unknown, base: string): string | undefined {
  const raw = typeof value === 'string' ? value.trim() : '';
  if (IMAGE_DATA_URL.test(raw)) return raw;
  const url = absoluteUrl(raw, base);
  return url && /^https?:/.test(url) ? url : undefined;
}

function imageOf(draft: ItemDraft, base: string): NewsImage | undefined {
  const raw = draft.image;
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : { src: raw };
  const src = imageUrl(fields.src ?? fields.url, base);
  if (!src) return undefined;
  const image: NewsImage = { src };
  const alt = text(fields.alt ?? draft.imageAlt);
  if (alt) image.alt = alt;
  const caption = text(fields.caption ?? draft.imageCaption);
  if (caption) image.caption = caption;
  const width = readCount(fields.width);
  const height = readCount(fields.height);
  if (width && height) Object.assign(image, { width, height });
  const srcset = candidatesOf(fields.srcset, base);
  if (srcset.length) image.srcset = srcset;
  return image;
}

/** `[{ src, width }, …]` with safe absolute URLs and whole widths; anything else is dropped. */
function candidatesOf(value: unknown, base: string): NewsImageCandidate[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: Record<string, unknown> | null) => {
    const src = absoluteUrl(entry?.src ?? entry?.url, base);
    const width = readCount(entry?.width);
    // Only pictures a page may load, and no space or comma, which would end the srcset's entry.
    return src && width && /^https?:/.test(src) && !/[\s,]/.test(src) ? [{ src, width }] : [];
  });
}

function attachmentsOf(value: unknown, base: string): NewsAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: Record<string, unknown> | null) => {
    const url = absoluteUrl(entry?.url, base);
    if (!url) return [];
    const attachment: NewsAttachment = { url };
    const title = text(entry?.title);
    if (title) attachment.title = title;
    const type = text(entry?.type ?? entry?.mime_type);
    if (type) attachment.type = type;
    const size = readCount(entry?.size ?? entry?.size_in_bytes);
    if (size !== undefined) attachment.size = size;
    return [attachment];
  });
}

function labelOf(draft: ItemDraft, index: number): string {
  const label = scalarText(draft.id) ?? scalarText(draft.title) ?? text(draft.url);
  return label ? `"${label}"` : `#${index + 1}`;
}

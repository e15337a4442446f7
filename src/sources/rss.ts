import { parseInert } from '../sanitize/parse-inert.js';
import { NewsError } from '../errors.js';
import { htmlToText } from '../sanitize/html-to-text.js';
import { readNamedDate } from './dates/named-date.js';
import { normalizeDrafts, text, type ItemDraft } from './normalize.js';
import type { AdapterContext, NewsAttachment, NewsPage } from './types.js';

const NS: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/**
 * Namespaces of the core elements of RSS 0.90, 1.0 (RDF) and 2.0 (which has none). An `<rss>` root adds its
 * own: RSS 2.0 has no namespace, but servers still send it in the one Userland once gave it
 * (`http://backend.userland.com/rss2`), and whatever an `<rss>` declares as its default is RSS to it.
 */
const RSS_CORE = new Set([null, 'http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/', '']);
/** Atom 1.0 and 0.3 (whose entries date themselves with `issued`, `created` and `modified`). */
const ATOM_CORE = new Set([NS.atom, NS.atom03, null, '']);

const HTML_PAGE = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

type Kind = 'rss' | 'atom';

/**
 * RSS 0.9x, 1.0 (RDF) and 2.0, and Atom 1.0 and 0.3, from the decoded XML text. Relative URLs resolve
 * against `xml:base` and then `context.baseUrl`.
 */
export async function adaptXml(payload: unknown, context: AdapterContext): Promise<NewsPage> {
  if (typeof payload !== 'string') throw new NewsError('format', 'An RSS or Atom source must be XML text.');
  if (HTML_PAGE.test(payload)) throw htmlPage();
  const doc = parseXml(payload);
  const root = doc.documentElement;
  let kind: Kind;
  let channel: Element | undefined;
  let entries: Element[];
  let core = RSS_CORE;
  if (root.localName === 'rss') {
    kind = 'rss';
    core = new Set([...RSS_CORE, root.namespaceURI]);
    channel = children(root, 'channel', core)[0];
    entries = channel ? children(channel, 'item', core) : [];
  } else if (root.localName === 'RDF') {
    kind = 'rss';
    channel = children(root, 'channel', RSS_CORE)[0];
    entries = children(root, 'item', RSS_CORE);
  } else if (root.localName === 'feed' && ATOM_CORE.has(root.namespaceURI)) {
    kind = 'atom';
    core = ATOM_CORE;
    channel = root;
    entries = children(root, 'entry', ATOM_CORE);
  } else if (root.localName.toLowerCase() === 'html') {
    throw htmlPage();
  } else {
    const namespace = root.namespaceURI ? `in the namespace "${root.namespaceURI}"` : 'in no namespace';
    throw new NewsError(
      'format',
      `Expected RSS (<rss>, <rdf:RDF>) or Atom (<feed> in the Atom 1.0 or 0.3 namespace, or in none); ` +
        `the XML root element is <${root.nodeName}> ${namespace}.`,
    );
  }
  const drafts = entries.map((entry) =>
    kind === 'atom' ? atomDraft(entry, context) : rssDraft(entry, context, core),
  );
  // RSS dates are RFC 822: this adapter always reads named dates (the build keeps their reader in its file).
  const page: NewsPage = {
    ...(await normalizeDrafts(drafts, {
      ...context,
      readers: { ...context.readers, namedDate: readNamedDate },
    })),
  };
  if (channel) {
    const title = text(
      kind === 'atom' ? atomText(children(channel, 'title', core)[0]) : childText(channel, 'title', core),
    );
    if (title) page.title = title;
    const next = children(channel, 'link', new Set([NS.atom, ...(kind === 'atom' ? [null, ''] : [])])).find(
      (link) => link.getAttribute('rel') === 'next',
    );
    const href = next && resolve(next.getAttribute('href'), next, context.baseUrl);
    if (href) page.next = href;
  }
  return page;
}

const htmlPage = () =>
  new NewsError('format', 'Expected a feed (JSON, RSS or Atom) but got an HTML page; check the src URL.');

/** The document, or a parse error with the parser's line and column. */
export function parseXml(source: string): Document {
  const doc = parseInert(source.replace(/^\uFEFF/, ''), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    // Chromium and WebKit write the message in a <div>; Firefox in the element's first text, followed by the
    // host page's URL and caret art, which say nothing about the source.
    const detail = (error.querySelector('div') ?? error.firstChild)?.textContent ?? '';
    const where = /line (?:number )?(\d+)(?: at|,) column (\d+)/i.exec(detail);
    const reason =
      text(
        detail
          .replace(/^.*?error on line \d+ at column \d+:\s*/i, '')
          .replace(/^XML Parsing Error:\s*/i, '')
          .split('\n')[0],
      ) ?? 'malformed XML';
    throw new NewsError(
      'parse',
      `The XML is not well-formed${where ? ` at line ${where[1]}, column ${where[2]}` : ''}: ${reason}`,
    );
  }
  return doc;
}

/** Child elements named `name` (`prefix:local` for a known namespace, else a core element). */
function children(parent: Element, name: string, core: Set<string | null>): Element[] {
  const [prefix, local] = name.includes(':') ? name.split(':') : [undefined, name];
  return [...parent.children].filter((child) => {
    if (child.localName !== local) return false;
    if (prefix) return child.namespaceURI === NS[prefix] || child.prefix === prefix;
    return core.has(child.namespaceURI);
  });
}

function childText(parent: Element, name: string, core: Set<string | null>): string | undefined {
  return children(parent, name, core)[0]?.textContent ?? undefined;
}

/** An element's `xml:base` chain resolved against the feed URL. */
function baseOf(element: Element, feedUrl: string): string {
  const bases: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML_NS, 'base');
    if (base) bases.unshift(base);
  }
  return bases.reduce((acc, base) => {
    try {
      return new URL(base, acc).href;
    } catch {
      return acc;
    }
  }, feedUrl);
}

function resolve(value: string | null | undefined, element: Element, feedUrl: string): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  try {
    return new URL(raw, baseOf(element, feedUrl)).href;
  } catch {
    return undefined;
  }
}

/** An RSS item; `core` holds the namespaces of the feed's own elements. */
function rssDraft(item: Element, context: AdapterContext, core: Set<string | null>): ItemDraft {
  const base = context.baseUrl;
  const description = childText(item, 'description', core);
  const content = childText(item, 'content:encoded', core);
  const guid = children(item, 'guid', core)[0];
  const guidText = guid?.textContent?.trim();
  const linkEl = children(item, 'link', core)[0];
  const link =
    resolve(linkEl?.textContent, linkEl ?? item, base) ??
    (guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(guidText ?? '')
      ? resolve(guidText, guid, base)
      : undefined) ??
    resolve(item.getAttributeNS(NS.rdf, 'about'), item, base);
  const categories = [...children(item, 'category', core), ...children(item, 'dc:subject', core)].map((el) =>
    text(el.textContent),
  );
  const authors = [...children(item, 'author', core), ...children(item, 'dc:creator', core)].map((el) =>
    rssAuthor(el.textContent ?? ''),
  );
  const enclosures = children(item, 'enclosure', core);
  const attachments: NewsAttachment[] = [];
  let enclosureImage: string | undefined;
  for (const enclosure of enclosures) {
    const url = resolve(enclosure.getAttribute('url'), enclosure, base);
    if (!url) continue;
    const type = enclosure.getAttribute('type') ?? '';
    if (
      !enclosureImage &&
      (type.startsWith('image/') || (!type && /\.(?:jpe?g|png|gif|webp|avif)(?:\?|$)/i.test(url)))
    ) {
      enclosureImage = url;
    } else {
      attachments.push({
        url,
        type: type || undefined,
        size: Number(enclosure.getAttribute('length')) || undefined,
      });
    }
  }
  const image = enclosureImage ?? mediaImage(item, base) ?? firstImage(content ?? description, item, base);
  return {
    raw: item,
    id: guidText || link,
    title: htmlText(childText(item, 'title', core)),
    url: link,
    summary: htmlText(description) ?? htmlText(childText(item, 'dc:description', core)),
    contentHtml: content,
    image,
    published: childText(item, 'pubDate', core) ?? childText(item, 'dc:date', core),
    updated: childText(item, 'dcterms:modified', core),
    category: categories[0],
    tags: categories.slice(1),
    authors,
    attachments,
  };
}

/** `editor@example.com (Nguyễn Văn A)` → `Nguyễn Văn A`; a bare address stays. */
function rssAuthor(value: string): string {
  const m = /^\s*\S+@\S+\s*\((.+)\)\s*$/.exec(value);
  return m ? m[1] : value;
}

function atomDraft(entry: Element, context: AdapterContext): ItemDraft {
  const base = context.baseUrl;
  const links = children(entry, 'link', ATOM_CORE);
  const alternate =
    links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const url = alternate && resolve(alternate.getAttribute('href'), alternate, base);
  const contentEl = children(entry, 'content', ATOM_CORE)[0];
  const content = contentEl && !contentEl.hasAttribute('src') ? atomConstruct(contentEl) : {};
  const contentHtml = content.html;
  const summaryEl = children(entry, 'summary', ATOM_CORE)[0];
  const categories = children(entry, 'category', ATOM_CORE).map((el) =>
    text(el.getAttribute('label') ?? el.getAttribute('term') ?? undefined),
  );
  const enclosure = links.find(
    (link) =>
      link.getAttribute('rel') === 'enclosure' && (link.getAttribute('type') ?? '').startsWith('image/'),
  );
  const image =
    resolve(enclosure?.getAttribute('href'), enclosure ?? entry, base) ??
    mediaImage(entry, base) ??
    firstImage(contentHtml ?? atomConstruct(summaryEl).html, entry, base);
  const attachments = links
    .filter((link) => link.getAttribute('rel') === 'enclosure' && link !== enclosure)
    .map((link) => ({
      url: resolve(link.getAttribute('href'), link, base),
      type: link.getAttribute('type') ?? undefined,
      size: Number(link.getAttribute('length')) || undefined,
    }));
  return {
    raw: entry,
    id: childText(entry, 'id', ATOM_CORE) ?? url,
    title: atomText(children(entry, 'title', ATOM_CORE)[0]),
    url,
    summary: atomText(summaryEl),
    contentHtml,
    contentText: content.text,
    image,
    // Atom 0.3 says `issued` (and `created`) for when an entry was published, and `modified` for `updated`.
    published: ['published', 'issued', 'created', 'updated', 'modified']
      .map((name) => childText(entry, name, ATOM_CORE))
      .find((value) => value !== undefined),
    updated: childText(entry, 'updated', ATOM_CORE) ?? childText(entry, 'modified', ATOM_CORE),
    category: categories[0],
    tags: categories.slice(1),
    authors: children(entry, 'author', ATOM_CORE).map((author) => childText(author, 'name', ATOM_CORE)),
    attachments,
  };
}

/**
 * An Atom text construct or content, as HTML or as text: Atom 1.0's `type` (`text`, `html`, `xhtml`), or
 * Atom 0.3's media type (`text/plain`, `text/html`, `application/xhtml+xml`) with its `mode`: `escaped`
 * text, or `xml` written inline. Other media types, and 0.3's `base64` mode, are not text to show.
 */
function atomConstruct(element: Element | undefined): { html?: string; text?: string } {
  if (!element) return {};
  const type = (element.getAttribute('type') ?? 'text').trim().toLowerCase();
  const mode = element.getAttribute('mode')?.trim().toLowerCase();
  if (mode === 'base64') return {};
  if (type === 'text' || type === 'text/plain') return { text: element.textContent ?? undefined };
  if (!['html', 'xhtml', 'text/html', 'application/xhtml+xml'].includes(type)) return {};
  const inline = mode !== 'escaped' && element.children.length > 0;
  return { html: inline ? xhtmlOf(element) : (element.textContent ?? undefined) };
}

/** Text of an Atom text construct (see `atomConstruct`). */
function atomText(element: Element | undefined): string | undefined {
  const construct = atomConstruct(element);
  return construct.html === undefined ? construct.text : htmlText(construct.html);
}

function xhtmlOf(element: Element): string {
  const div = [...element.children].find((child) => child.localName === 'div');
  return div ? div.innerHTML : element.innerHTML;
}

/** Text of something that may hold HTML (escaped or in CDATA): tags stripped, entities decoded. */
function htmlText(value: string | undefined | null): string | undefined {
  return typeof value === 'string' ? text(htmlToText(value)) : undefined;
}

/** An image from Media RSS: `media:content` (image medium or type, also inside `media:group`), `media:thumbnail`. */
function mediaImage(item: Element, base: string): string | undefined {
  const groups = children(item, 'media:group', RSS_CORE);
  const contents = [item, ...groups].flatMap((parent) => children(parent, 'media:content', RSS_CORE));
  const content = contents.find(
    (el) => el.getAttribute('medium') === 'image' || (el.getAttribute('type') ?? '').startsWith('image/'),
  );
  if (content) return resolve(content.getAttribute('url'), content, base);
  const thumbnails = [item, ...groups, ...contents].flatMap((parent) =>
    children(parent, 'media:thumbnail', RSS_CORE),
  );
  const thumbnail = thumbnails.find((el) => el.getAttribute('url'));
  return thumbnail ? resolve(thumbnail.getAttribute('url'), thumbnail, base) : undefined;
}

/** `src` of the first `<img>` in an HTML fragment (parsed inert: nothing loads). */
function firstImage(html: string | undefined | null, context: Element, base: string): string | undefined {
  if (!html || !/<img\b/i.test(html)) return undefined;
  const img = parseInert(html, 'text/html').querySelector('img[src]');
  return resolve(img?.getAttribute('src'), context, base);
}

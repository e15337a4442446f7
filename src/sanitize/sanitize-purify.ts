import createPurifier, { type Config } from 'dompurify';
import { trustedTypesPolicy } from './parse-inert.js';
import {
  ALLOWED_ATTR,
  DROPPED_WITH_CONTENT,
  fixUrls,
  SAFE_URL,
  TAGS,
  videoLink,
  videoParagraph,
  type Engine,
  type SanitizeOptions,
} from './sanitize-rules.js';

/**
 * The DOMPurify engine, for browsers without the HTML Sanitizer API: this module and DOMPurify are one chunk,
 * which other browsers never download.
 */

const CONFIG: Config = {
  ALLOWED_TAGS: TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URL,
  FORBID_CONTENTS: DROPPED_WITH_CONTENT,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

/** DOMPurify's hooks are registered once and read the options of the call in progress here. */
let active: SanitizeOptions | undefined;

/**
 * `view` is the window whose DOM parses and holds the result: the page's, or (pre-rendering in Node, see
 * src/prerender/) a DOM implementation's; `pageOrigin` is the origin the body will show on.
 */
export function purifyEngine(view: typeof globalThis = window, pageOrigin = view.location.origin): Engine {
  // A private instance: our hooks must not change how the host page's own DOMPurify behaves.
  const purify = createPurifier(view);
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe' || !(node instanceof view.Element)) return;
    const video = videoLink(node.getAttribute('src') ?? '');
    if (video) node.before(videoParagraph(node.ownerDocument, video, active?.videoLabel));
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof view.Element) fixUrls(node, active?.baseUrl ?? view.document.baseURI, pageOrigin);
  });
  const policy = trustedTypesPolicy() as Policy | null;
  return (html, options) => {
    active = options;
    try {
      const fragment = purify.sanitize(html, {
        ...CONFIG,
        // DOMPurify parses the string with DOMParser; under enforced Trusted Types it needs a policy for that.
        ...(policy ? { TRUSTED_TYPES_POLICY: policy } : {}),
      }) as unknown as DocumentFragment | null;
      // A payload that parses to no body at all (`<frameset>`) leaves nothing to show.
      return fragment ?? view.document.createDocumentFragment();
    } finally {
      active = undefined;
    }
  };
}

type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

/**
 * Parses remote HTML or XML into an inert document: DOMParser runs no script and loads nothing. Pages that
 * enforce Trusted Types (`require-trusted-types-for 'script'`) refuse a plain string here, so the text goes
 * through the `news-elements` policy. The policy passes text through unchanged and is used only to feed
 * DOMParser and DOMPurify (never a live document) and for the JSON-LD data block; it is private to this
 * package.
 */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  const policy = trustedTypesPolicy();
  return new DOMParser().parseFromString((policy ? policy.createHTML(text) : text) as string, type);
}

export interface InertPolicy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}

/**
 * Sets the text of a data block (`<script type="application/ld+json">`): Trusted Types guard script text
 * whatever the script's type, so it goes through the policy. Callers pass JSON they serialized themselves.
 */
export function setDataBlockText(script: HTMLScriptElement, json: string): void {
  const policy = trustedTypesPolicy();
  script.text = (policy ? policy.createScript(json) : json) as string;
}

let policy: InertPolicy | null | undefined;

/** The `news-elements` policy, made once; null without Trusted Types or when the page's CSP forbids the name. */
export function trustedTypesPolicy(): InertPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): InertPolicy } }
  ).trustedTypes;
  policy = null;
  if (!factory) return policy;
  try {
    policy = factory.createPolicy('news-elements', {
      createHTML: (input: string) => input,
      createScript: (input: string) => input,
      createScriptURL: (input: string) => input,
    });
  } catch (error) {
    console.warn('news-elements: the Trusted Types policy "news-elements" could not be created:', error);
  }
  return policy;
}

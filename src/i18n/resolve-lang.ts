/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else `<html lang>`, else the browser's.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return validLocale(lang);
      node = node.parentNode ?? null;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return validLocale(navigator.language || 'en');
}

/** A page may say `lang="vn"` or worse; Intl throws on malformed tags, so fall back rather than break. */
function validLocale(tag: string): string {
  const trimmed = tag.trim();
  if (trimmed.toLowerCase() === 'vn') return 'vi';
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * A `srcset` (`url 300w, url 2x`, …) with every URL made absolute against `base`, or undefined when any
 * candidate is not an http(s) or relative URL with a width or density descriptor: one bad candidate makes the
 * whole list suspect, and the `src` beside it still shows the picture.
 */
export function safeSrcset(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const candidates: string[] = [];
  for (const candidate of value.split(',')) {
    const [url, descriptor, ...rest] = candidate.trim().split(/\s+/);
    if (!url || rest.length || (descriptor !== undefined && !/^\d+(?:\.\d+)?[wx]$/.test(descriptor))) {
      return undefined;
    }
    let resolved: URL;
    try {
      resolved = new URL(url, base);
    } catch {
      return undefined;
    }
    if (!/^https?:$/.test(resolved.protocol)) return undefined;
    candidates.push(descriptor ? `${resolved.href} ${descriptor}` : resolved.href);
  }
  return candidates.join(', ');
}

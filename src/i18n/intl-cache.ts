/**
 * Intl formatters cost tens of microseconds each to create and are immutable: make each one once per
 * locale and options, and share it across every element on the page.
 */
const cache = new Map<string, unknown>();

function memo<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  memo('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  memo('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const pluralRules = (locale: string): Intl.PluralRules =>
  memo('plural', locale, {}, () => new Intl.PluralRules(locale));

export const relativeTimeFormat = (locale: string): Intl.RelativeTimeFormat =>
  memo('relative', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

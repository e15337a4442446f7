import type { NewsError } from '../errors.js';
import { DAY_MONTH_YEAR, HOUR_MINUTE } from './format-date.js';
import { dateTimeFormat } from './intl-cache.js';
import {
  fill,
  inLanguage,
  messagesFor,
  primarySubtag,
  type FailureMessages,
  type Messages,
} from './messages.js';
import { enFailures } from './messages/en/failures.js';
import { viFailures } from './messages/vi/failures.js';

/**
 * What failure notices say, in the page's language with its overrides. A page downloads this module at its
 * first failure: most pages never show one.
 */
const failureMessagesFor = (lang: string, overrides?: Partial<Messages>): FailureMessages =>
  inLanguage({ vi: viFailures, en: enFailures }, lang, overrides);

/** The short sentence a page shows for a failure; the console gets the integrator's detail. */
export function errorText(error: NewsError, lang: string, overrides?: Partial<Messages>): string {
  const messages = failureMessagesFor(lang, overrides);
  switch (error.kind) {
    case 'network':
      return messagesFor(lang, overrides).errorNetwork;
    case 'setup':
      return messagesFor(lang, overrides).errorSetup;
    case 'timeout':
      return messages.errorTimeout;
    case 'http':
      return fill(messages.errorHttp, { status: error.status ?? '' });
    case 'parse':
      return messages.errorParse;
    case 'format':
      return messages.errorFormat;
  }
}

/** The quiet note beside a stored list that could not be refreshed: what it is, and when it was saved. */
export function staleText(
  storedAt: number,
  lang: string,
  timeZone: string | undefined,
  overrides?: Partial<Messages>,
): string {
  const messages = failureMessagesFor(lang, overrides);
  const time = formatStamp(new Date(storedAt), lang, timeZone);
  return `${messages.staleNotice} ${fill(messages.updatedAt, { time })}`;
}

/** A short "when": `17:24, 21/08` in Vietnamese, `5:24 PM, Aug 21` in English, for notes such as "updated at". */
export function formatStamp(date: Date, locale: string, timeZone: string | undefined): string {
  if (primarySubtag(locale) !== 'vi') {
    const time = dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(date);
    return `${time}, ${dateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone }).format(date)}`;
  }
  // ICU writes a Vietnamese day and month as `21-08`; portals write `21/08`.
  const parts = dateTimeFormat(locale, { ...DAY_MONTH_YEAR, ...HOUR_MINUTE, timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value;
  return `${part('hour')}:${part('minute')}, ${part('day')}/${part('month')}`;
}

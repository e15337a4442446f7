import { lightFormatters } from 'date-fns/lightFormat';
import { offsetMinutes } from './time-zone.js';

/** Quoted literals (`'Ngày'`), and a quote written twice (`''`, one quote). */
const LITERAL = /''|'(?:''|[^'])*(?:'|$)/g;
/**
 * A letter that is no numeric field, or a run of one long enough to be a name (`MMM`, `ddd`): what
 * lightFormat would not write exactly as date-fns `format` does.
 */
const NOT_NUMERIC = /(?![yMdHhmsS])[a-zA-Z]|([MdHhms])\1\1/;
/** The pieces of a numeric pattern, as date-fns reads them: a field (a run of one letter) or a literal. */
const PIECE = new RegExp(`([yMdHhmsS])\\1*|${LITERAL.source}`, 'g');

/**
 * Whether `pattern` has only numeric fields (`dd/MM/yyyy | HH:mm`, as ward portals print dates): no month or
 * day names, no day period, no localized long forms (`P`, `p`), so it needs no locale data. Not so a day or
 * year with minutes and no month (`dd/mm/yyyy`, Word and Excel's months): pattern support reads that as its
 * author meant and says so (date-pattern-mistakes.ts), so that minutes never show where the month goes.
 */
export const isNumericPattern = (pattern: string): boolean => {
  const fields = pattern.replace(LITERAL, '');
  return !NOT_NUMERIC.test(fields) && !(/m/.test(fields) && !fields.includes('M') && /[dy]/.test(fields));
};

/**
 * A Date whose local fields are the wall clock of a zone: lightFormat's field writers read local fields, and
 * this date holds the zone's wall-clock time as its UTC time. A local Date built from those fields instead
 * would shift times that fall in a daylight-saving gap of the visitor's own zone.
 */
class WallClock extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
}

/**
 * A numeric pattern (see `isNumericPattern`) in `timeZone` (the visitor's when undefined), written by
 * date-fns' lightFormat field writers (`lightFormatters`, which date-fns exports beside lightFormat for
 * libraries): the pattern is known good and the date valid, so lightFormat's own checks would only cost
 * bytes on every page (a third of its size). `format` and a locale weigh kilobytes more.
 */
export function formatNumericPattern(date: Date, pattern: string, timeZone: string | undefined): string {
  const shown = timeZone ? new WallClock(date.getTime() + offsetMinutes(date, timeZone) * 60_000) : date;
  return pattern.replace(PIECE, (piece, field?: keyof typeof lightFormatters) =>
    field
      ? lightFormatters[field](shown, piece)
      : piece === "''"
        ? "'"
        : piece.slice(1, piece.endsWith("'") ? -1 : undefined).replace(/''/g, "'"),
  );
}

/**
 * A source that gave only a day must not show a made-up `00:00`: `dd/MM/yyyy | HH:mm` becomes `dd/MM/yyyy`.
 * Time fields (hours, minutes, seconds, day period) and the separators around them go.
 */
export function withoutTimeOfDay(pattern: string): string {
  const kept = pattern.replace(/'[^']*'|[^']+/g, (segment) =>
    segment.startsWith("'") ? segment : segment.replace(/[HhKkmsSaBb]+(?:[:.][HhKkmsSaBb]+)*/g, ''),
  );
  return kept.replace(/^[\s|,:.–-]+|[\s|,:.–-]+$/g, '');
}

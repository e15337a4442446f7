/**
 * `date-format` patterns written in another tool's language, which date-fns reads as something else:
 * Word and Excel's `dd/mm/yyyy` (in date-fns `mm` is minutes: 1 December shows as `01/15/2026`), PHP's
 * `d/m/Y H:i`, strftime's `%d/%m/%Y`, Moment's `DD/MM/YYYY`. Each is translated to the date-fns pattern
 * its author meant; the element uses that one and says so. Pure and small: the element and
 * `news-elements check` both ask it.
 */
export type PatternFamily = 'spreadsheet' | 'php' | 'strftime' | 'moment';

export interface PatternMistake {
  pattern: string;
  family: PatternFamily;
  /** The date-fns pattern the author meant. */
  intended: string;
}

const FAMILY_NAMES: Record<PatternFamily, string> = {
  spreadsheet: 'a Word/Excel pattern',
  php: 'a PHP date() pattern',
  strftime: 'a strftime pattern',
  moment: 'a Moment.js pattern',
};

/** strftime's conversions, as date-fns tokens. */
const STRFTIME: Record<string, string> = {
  d: 'dd',
  e: 'd',
  m: 'MM',
  b: 'MMM',
  h: 'MMM',
  B: 'MMMM',
  y: 'yy',
  Y: 'yyyy',
  H: 'HH',
  I: 'hh',
  M: 'mm',
  S: 'ss',
  p: 'a',
  a: 'EEE',
  A: 'EEEE',
  j: 'DDD',
};

/** PHP date()'s letters, as date-fns tokens. */
const PHP: Record<string, string> = {
  d: 'dd',
  j: 'd',
  D: 'EEE',
  l: 'EEEE',
  m: 'MM',
  n: 'M',
  M: 'MMM',
  F: 'MMMM',
  Y: 'yyyy',
  y: 'yy',
  H: 'HH',
  G: 'H',
  h: 'hh',
  g: 'h',
  i: 'mm',
  s: 'ss',
  A: 'a',
  a: 'aaa',
};

/** Literal text for date-fns: letters quoted, a quote doubled. */
const literal = (text: string): string =>
  /[a-z]/i.test(text) ? `'${text.replace(/'/g, "''")}'` : text.replace(/'/g, "''");

/** Splits a pattern into runs of one letter and runs of anything else, date-fns quotes kept whole. */
const runs = (pattern: string): string[] => pattern.match(/'(?:[^']|'')*'?|([a-zA-Z])\1*|[^a-zA-Z']+/g) ?? [];

function fromStrftime(pattern: string): string | undefined {
  if (!/%[a-zA-Z]/.test(pattern)) return undefined;
  return pattern
    .split(/(%[a-zA-Z%])/)
    .map((part) =>
      part.startsWith('%') && part.length === 2
        ? part === '%%'
          ? '%'
          : (STRFTIME[part[1]] ?? literal(part))
        : literal(part),
    )
    .join('');
}

/** PHP writes one letter a field (`d/m/Y H:i`); its year is `Y` and its minutes `i`, read otherwise here. */
function fromPhp(pattern: string): string | undefined {
  const bare = pattern.replace(/\\./g, '');
  const letters = bare.replace(/[^a-zA-Z]/g, '');
  if (!letters || pattern.includes("'") || /([a-zA-Z])\1/.test(bare)) return undefined;
  if ([...letters].some((letter) => !(letter in PHP))) return undefined;
  const monthAsMinutes = letters.includes('d') && letters.includes('m') && !letters.includes('M');
  if (!/[YijnG]/.test(letters) && !monthAsMinutes) return undefined;
  return pattern.replace(/\\(.)|([a-zA-Z])|(')/g, (_, escaped?: string, letter?: string) =>
    escaped ? literal(escaped) : letter ? PHP[letter] : "''",
  );
}

/**
 * Word, Excel and Moment: runs of letters, `m` for months unless right after an hour or right before
 * seconds (Excel's own rule); `D`/`Y` for day and year (Moment); `hh` with no AM/PM is 24-hour (Excel).
 */
function fromSpreadsheet(pattern: string): { intended: string; family: PatternFamily } | undefined {
  // Excel's AM/PM is date-fns's `a`.
  const marked = pattern.replace(/AM\/PM|A\/P/gi, 'a');
  const parts = runs(marked);
  const letters = parts.filter((part) => /^[a-zA-Z]/.test(part));
  const moment = letters.some((part) => /^[DY]+$/.test(part));
  const twelveHour = letters.some((part) => /^[aA]$/.test(part));
  const monthAt = (index: number): boolean => {
    const before = parts.slice(0, index).findLast((part) => /^[a-zA-Z]/.test(part));
    const after = parts.slice(index + 1).find((part) => /^[a-zA-Z]/.test(part));
    return !(before && /^[hH]/.test(before)) && !(after && /^s/.test(after));
  };
  const mAsMonth = parts.some((part, index) => /^m{1,4}$/.test(part) && monthAt(index));
  if (!moment && (!mAsMonth || letters.some((part) => part.startsWith('M')))) return undefined;
  const intended = parts
    .map((part, index) => {
      if (part.startsWith("'")) return part;
      if (/^m+$/.test(part)) return monthAt(index) ? part.toUpperCase() : part;
      if (/^D+$/.test(part)) return part.length <= 2 ? part.toLowerCase() : part;
      if (/^Y+$/.test(part)) return part.length === 2 ? 'yy' : 'yyyy';
      if (/^h+$/.test(part) && !twelveHour) return part.toUpperCase();
      return part === 'A' ? 'a' : part;
    })
    .join('');
  return { intended, family: moment ? 'moment' : 'spreadsheet' };
}

const found = new Map<string, PatternMistake | undefined>();

/** The mistake `pattern` looks like, if any; remembered, as a list formats thousands of dates with one. */
export function patternMistake(pattern: string): PatternMistake | undefined {
  if (found.has(pattern)) return found.get(pattern);
  let mistake: PatternMistake | undefined;
  const strftime = fromStrftime(pattern);
  if (strftime) mistake = { pattern, family: 'strftime', intended: strftime };
  else {
    const php = fromPhp(pattern);
    if (php) mistake = { pattern, family: 'php', intended: php };
    else {
      const sheet = fromSpreadsheet(pattern);
      if (sheet && sheet.intended !== pattern) mistake = { pattern, ...sheet };
    }
  }
  found.set(pattern, mistake);
  return mistake;
}

/** What to tell the page's author, in the console and in `news-elements check`. */
export function describeMistake(mistake: PatternMistake): string {
  return (
    `date-format="${mistake.pattern}" looks like ${FAMILY_NAMES[mistake.family]}, which date-fns reads ` +
    `otherwise (in date-fns mm is minutes, MM months); dates are shown with "${mistake.intended}": ` +
    `write date-format="${mistake.intended}"`
  );
}

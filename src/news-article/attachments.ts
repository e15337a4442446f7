import { numberFormat } from '../i18n/intl-cache.js';
import type { NewsAttachment } from '../sources/types.js';

const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/zip': 'ZIP',
};

/** What a visitor calls the file: its title, else the file name from the URL. */
export function attachmentName(attachment: NewsAttachment): string {
  if (attachment.title) return attachment.title;
  const path = new URL(attachment.url).pathname;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || attachment.url;
  } catch {
    return name || attachment.url;
  }
}

/** `PDF`, `DOCX`, `MP3`…: from the MIME type, else the URL's extension. */
export function attachmentType(attachment: NewsAttachment): string | undefined {
  const mime = attachment.type?.toLowerCase().split(';')[0].trim();
  if (mime && TYPES[mime]) return TYPES[mime];
  const extension = /\.([a-z0-9]{2,5})$/i.exec(new URL(attachment.url).pathname)?.[1];
  if (extension) return extension.toUpperCase();
  return mime?.split('/')[1]?.toUpperCase();
}

/** `1,5 MB` in Vietnamese, `1.5 MB` in English: the locale's number format, decimal units. */
export function attachmentSize(bytes: number | undefined, locale: string): string | undefined {
  if (bytes === undefined) return undefined;
  const [unit, value] =
    bytes >= 1e9
      ? ['gigabyte', bytes / 1e9]
      : bytes >= 1e6
        ? ['megabyte', bytes / 1e6]
        : bytes >= 1e3
          ? ['kilobyte', bytes / 1e3]
          : ['byte', bytes];
  // Short units are "1.5 MB", but short bytes stay singular in English ("615 byte"): bytes are spelt out.
  const unitDisplay = unit === 'byte' ? 'long' : 'short';
  return numberFormat(locale, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 }).format(value);
}

export function isAudio(attachment: NewsAttachment): boolean {
  return (
    /^audio\//i.test(attachment.type ?? '') || /\.(?:mp3|m4a|aac|ogg|oga|opus|wav)$/i.test(attachment.url)
  );
}

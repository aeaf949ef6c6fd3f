import type { Reference } from './reference';

/** Citation formats for a Reference: GOST R 7.0.100-2018, Chicago, BibTeX, RIS, CSL-JSON. */
const pad = (n: number) => String(n).padStart(2, '0');
const dmy = (d: Date) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;

function gostDate(date: Reference['date']): string | null {
  if (!date) return null;
  if (date.day && date.month) return `${pad(date.day)}.${pad(date.month)}.${date.year}`;
  if (date.month) return `${pad(date.month)}.${date.year}`;
  return String(date.year);
}

/** ГОСТ Р 7.0.100–2018, an electronic resource: Автор. Заглавие // Сайт : [сайт]. – Дата. – URL: … (дата обращения: …). */
export function gost(ref: Reference): string {
  const author = ref.authors.length ? `${ref.authors.join(', ')}. ` : '';
  const date = gostDate(ref.date);
  const resource = ref.language === 'ru' ? 'сайт' : 'website';
  const accessed = ref.language === 'ru' ? 'дата обращения' : 'accessed';
  return `${author}${ref.title} // ${ref.siteName} : [${resource}].${date ? ` – ${date}.` : ''} – URL: ${ref.url} (${accessed}: ${dmy(ref.accessed)}).`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function chicagoDate(date: Reference['date']): string | null {
  if (!date) return null;
  if (date.month && date.day) return `${MONTHS[date.month - 1]} ${date.day}, ${date.year}`;
  if (date.month) return `${MONTHS[date.month - 1]} ${date.year}`;
  return String(date.year);
}

/** Chicago (17th ed.), bibliography entry for a web page. */
export function chicago(ref: Reference): string {
  const author = ref.authors.length ? `${ref.authors.join(', ')}. ` : '';
  const date = chicagoDate(ref.date);
  const accessed = `${MONTHS[ref.accessed.getUTCMonth()]} ${ref.accessed.getUTCDate()}, ${ref.accessed.getUTCFullYear()}`;
  return `${author}“${ref.title}.” ${ref.siteName}.${date ? ` ${date}.` : ''} Accessed ${accessed}. ${ref.url}.`;
}

const bibEscape = (text: string) => text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[%&$#_^~]/g, (c) => `\\${c}`);

export function bibtex(ref: Reference): string {
  const fields: [string, string | undefined][] = [
    ['title', `{${bibEscape(ref.title)}}`],
    ['author', ref.authors.length ? `{${ref.authors.map((a) => `{${bibEscape(a)}}`).join(' and ')}}` : undefined],
    ['year', ref.date ? `{${ref.date.year}}` : undefined],
    ['month', ref.date?.month ? `{${ref.date.month}}` : undefined],
    ['howpublished', `{${bibEscape(ref.siteName)}}`],
    ['url', `{${ref.url}}`],
    ['urldate', `{${ref.accessed.toISOString().slice(0, 10)}}`],
    ['language', `{${ref.language === 'ru' ? 'russian' : 'english'}}`],
  ];
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = ${v}`).join(',\n');
  return `@misc{${ref.id.replace(/[^A-Za-z0-9_-]/g, '')},\n${body}\n}\n`;
}

const risLine = (tag: string, value: string) => `${tag}  - ${value.replace(/\r?\n/g, ' ')}\r\n`;

export function ris(ref: Reference): string {
  let out = risLine('TY', 'ELEC');
  out += risLine('TI', ref.title);
  for (const author of ref.authors) out += risLine('AU', author);
  if (ref.date) out += risLine('PY', String(ref.date.year));
  if (ref.date) out += risLine('DA', [ref.date.year, ref.date.month && pad(ref.date.month), ref.date.day && pad(ref.date.day)].filter(Boolean).join('/'));
  out += risLine('PB', ref.siteName);
  out += risLine('UR', ref.url);
  out += risLine('Y2', ref.accessed.toISOString().slice(0, 10));
  out += risLine('LA', ref.language);
  out += risLine('ID', ref.id);
  return `${out}${risLine('ER', '')}`;
}

export function cslJson(ref: Reference) {
  const parts = ref.date ? [[ref.date.year, ref.date.month, ref.date.day].filter((n): n is number => n !== undefined)] : undefined;
  return [
    {
      id: ref.id,
      type: ref.kind === 'statement' ? 'speech' : 'webpage',
      title: ref.title,
      author: ref.authors.map((literal) => ({ literal })),
      issued: parts ? { 'date-parts': parts } : undefined,
      accessed: { 'date-parts': [[ref.accessed.getUTCFullYear(), ref.accessed.getUTCMonth() + 1, ref.accessed.getUTCDate()]] },
      'container-title': ref.siteName,
      URL: ref.url,
      language: ref.language,
    },
  ];
}

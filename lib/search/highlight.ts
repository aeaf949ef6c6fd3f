/**
 * Highlighted snippets without HTML: ts_headline marks hits with private-use characters that
 * never occur in the texts (they are stripped before the headline is made), and the snippet
 * travels as plain parts that a component renders as text and <mark> elements.
 */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';
export const FRAGMENT_DELIMITER = '\uE002';

/** ts_headline's options: short fragments around the hits, marked with the characters above. */
export const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, FragmentDelimiter=${FRAGMENT_DELIMITER}, MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=2`;

export interface SnippetPart {
  text: string;
  hit: boolean;
}

const foldYo = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

/**
 * The headline is made from the text with ё folded to е (so that "ёлка" highlights for "елка");
 * folding changes no lengths, so each fragment is found in the folded text and its characters
 * taken from the original: the reader sees ё where the text has it.
 */
function restoreFragment(fragment: string, original: string, foldedOriginal: string): string {
  const plain = fragment.replaceAll(HIT_START, '').replaceAll(HIT_END, '');
  const at = foldedOriginal.indexOf(plain);
  if (at < 0) return fragment;
  let result = '';
  let offset = at;
  for (const char of fragment) {
    if (char === HIT_START || char === HIT_END) result += char;
    else result += original.slice(offset, (offset += char.length));
  }
  return result;
}

/** A headline as parts: fragments joined by " … ", hits flagged; ellipses where the text was cut. */
export function headlineToParts(headline: string, original: string): SnippetPart[] {
  const foldedOriginal = foldYo(original);
  const fragments = headline.split(FRAGMENT_DELIMITER).map((f) => restoreFragment(f, original, foldedOriginal));
  const parts: SnippetPart[] = [];
  const push = (text: string, hit: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += text;
    else parts.push({ text, hit });
  };
  fragments.forEach((fragment, index) => {
    const plain = fragment.replaceAll(HIT_START, '').replaceAll(HIT_END, '').trim();
    if (!plain) return;
    const cutBefore = !original.trimStart().startsWith(plain.slice(0, 20));
    if (index > 0 || cutBefore) push(index > 0 ? ' … ' : '… ', false);
    let hit = false;
    let buffer = '';
    for (const char of fragment.trim()) {
      if (char === HIT_START || char === HIT_END) {
        push(buffer, hit);
        buffer = '';
        hit = char === HIT_START;
      } else buffer += char;
    }
    push(buffer, hit);
    if (index === fragments.length - 1 && !original.trimEnd().endsWith(plain.slice(-20))) push(' …', false);
  });
  return parts;
}

/** The snippet as plain text with the hits' offsets (the API's shape). */
export function partsToText(parts: readonly SnippetPart[]): { text: string; highlights: [number, number][] } {
  let text = '';
  const highlights: [number, number][] = [];
  for (const part of parts) {
    if (part.hit) highlights.push([text.length, part.text.length]);
    text += part.text;
  }
  return { text, highlights };
}

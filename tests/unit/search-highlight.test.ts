import { describe, expect, it } from 'vitest';
import { FRAGMENT_DELIMITER as CUT, HIT_END as E, HIT_START as S, headlineToParts, partsToText } from '@/lib/search/highlight';

describe('search snippets', () => {
  it('turns a headline into text and hit parts, never HTML', () => {
    const original = 'The <b>CSTO</b> & partners';
    const parts = headlineToParts(`The <b>${S}CSTO${E}</b> & partners`, original);
    expect(parts).toEqual([
      { text: 'The <b>', hit: false },
      { text: 'CSTO', hit: true },
      { text: '</b> & partners', hit: false },
    ]);
  });

  it('restores ё where the headline was made from the folded text', () => {
    const original = 'Организация Объединённых Наций';
    const parts = headlineToParts(`Организация ${S}Объединенных${E} Наций`, original);
    expect(parts.find((p) => p.hit)?.text).toBe('Объединённых');
    expect(parts.map((p) => p.text).join('')).toBe(original);
  });

  it('marks where the text was cut and joins fragments with an ellipsis', () => {
    const original = 'One two three. Four five six. Seven eight nine.';
    const parts = headlineToParts(`two ${S}three${E}${CUT}${S}eight${E} nine`, original);
    const { text, highlights } = partsToText(parts);
    expect(text).toBe('… two three … eight nine …');
    expect(highlights.map(([at, length]) => text.slice(at, at + length))).toEqual(['three', 'eight']);
  });

  it('ignores marker characters that stand alone', () => {
    expect(partsToText(headlineToParts(`${S}${E}plain`, 'plain')).text).toBe('plain');
  });
});

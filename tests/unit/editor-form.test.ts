import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/editor/slug';
import { formDataToObject } from '@/lib/forms/form-data';
import { editorSchema, isRepeatedEditorField } from '@/lib/validation/editor';
import { fieldErrorsOf } from '@/lib/validation/field-errors';

// The editors' form schema as a form posts to it: strings in, typed input or field errors out.
function post(fields: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return editorSchema('statement').safeParse(formDataToObject(data, isRepeatedEditorField));
}

const valid: [string, string][] = [
  ['slug', 'a-statement'], ['originalLocale', 'ru'], ['version', '3'], ['date', ''], ['endDate', ''],
  ['texts.name.ru', 'Заявление'], ['texts.quote.ru', 'Цитата'], ['texts.quote.en', ' '],
  ['relations.SPEAKER', 'organisation:csto'], ['relations.SPEAKER', 'person:sergey-shveikin'], ['relations.MADE_AT', ''],
  ['evidence', 'csto-statement#p-3'], ['aliases.ru', 'ОДКБ\nКрасная книга\n'],
];

describe('editor form schema', () => {
  it('turns a posted form into the record input: repeated fields as lists, blanks as missing', () => {
    const result = post(valid);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      type: 'statement', slug: 'a-statement', version: 3, date: undefined,
      texts: { name: { ru: 'Заявление' }, quote: { ru: 'Цитата', en: undefined } },
      relations: { SPEAKER: [{ type: 'organisation', slug: 'csto' }, { type: 'person', slug: 'sergey-shveikin' }], MADE_AT: [] },
      evidence: [{ source: 'csto-statement', anchor: 'p-3' }],
      aliases: [{ locale: 'ru', text: 'ОДКБ', kind: 'ACRONYM' }, { locale: 'ru', text: 'Красная книга', kind: 'VARIANT' }],
    });
  });

  it('gives each field its own error: too long (with the limit), bad slug, bad date, wrong relation type', () => {
    const result = post([
      ...valid.filter(([name]) => !['slug', 'date', 'texts.name.ru'].includes(name)),
      ['slug', 'Not a slug'], ['date', '2018-13-45'], ['texts.name.ru', 'я'.repeat(501)], ['relations.MADE_AT', 'country:kazakhstan'],
    ]);
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      slug: [{ key: 'slug' }],
      date: [{ key: 'date' }],
      'texts.name.ru': [{ key: 'tooLong', values: { max: 500 } }],
      'relations.MADE_AT': [{ key: 'relation' }],
    });
  });

  it('never takes the type from the form, and ignores fields it does not know', () => {
    const result = post([...valid, ['type', 'organisation'], ['role', 'admin'], ['authorId', 'x']]);
    expect(result.data).toMatchObject({ type: 'statement' });
    expect(result.data).not.toHaveProperty('role');
    expect(result.data).not.toHaveProperty('authorId');
  });

  it('makes slugs from Russian or English names', () => {
    expect(slugify('Шанхайская организация сотрудничества')).toBe('shankhayskaya-organizatsiya-sotrudnichestva');
    expect(slugify('  Operation “PROXY” — 2018 ')).toBe('operation-proxy-2018');
    expect(slugify('Ёлка, щука; объём')).toBe('elka-shchuka-obem');
  });
});

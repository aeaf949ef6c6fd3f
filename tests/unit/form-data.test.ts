import { describe, expect, it } from 'vitest';
import { fieldsWithNullCharacter, formDataToObject, formValues } from '@/lib/forms/form-data';

/**
 * Found by the property tests of the server actions (tests/integration/action-properties): a
 * form field named like something every object inherits made the action wrapper throw (a 500),
 * and a NUL character got as far as PostgreSQL, which cannot store it.
 */
function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('form data', () => {
  it('echoes fields named constructor, toString or __proto__ as plain values, without touching prototypes', () => {
    const values = formValues(form([['constructor', 'a'], ['toString', 'b'], ['__proto__', 'c'], ['__proto__', 'd'], ['name', 'e']]));
    expect(Object.keys(values).sort()).toEqual(['__proto__', 'constructor', 'name', 'toString']);
    expect(values.constructor).toEqual(['a']);
    expect(values['__proto__']).toEqual(['c', 'd']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops prototype paths when building the object the schemas read', () => {
    const object = formDataToObject(form([['__proto__.polluted', 'x'], ['texts.constructor.en', 'y'], ['texts.name.en', 'Name']]));
    expect(object).toEqual({ texts: { name: { en: 'Name' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the fields that hold a NUL character, once each, and no others', () => {
    expect(fieldsWithNullCharacter(form([['a', 'x\u0000y'], ['a', '\u0000'], ['b', 'fine'], ['$ACTION_ID_1', '\u0000']]))).toEqual(['a']);
    expect(fieldsWithNullCharacter(form([['b', 'fine'], ['c', '%00']]))).toEqual([]);
  });
});

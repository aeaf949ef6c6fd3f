import fc from 'fast-check';
import type { z } from 'zod';
import { hostileStrings } from '../fixtures/hostile-strings';

/**
 * Arbitrary FormData for the server actions' property tests: the fields a form of that action
 * sends (named as the form names them, `texts.name.en`), each missing, valid, hostile or repeated,
 * plus fields no form has. A browser, a script or an attacker can post any of these.
 */
type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; keyType?: z.ZodType; entries?: Record<string, string> };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** The dotted form names a schema reads: `texts.name.en`, `relations.member`, `version`. */
export function formFieldNames(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, inner]) => formFieldNames(inner, join(key)));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return formFieldNames(def.innerType!, prefix);
    case 'pipe':
      // z.preprocess is a pipe from a transform: the form's names are those of what it feeds.
      return formFieldNames(defOf(def.in!).type === 'transform' ? def.out! : def.in!, prefix);
    case 'record': {
      const keys = defOf(def.keyType!).entries;
      return keys ? Object.values(keys).map(join) : [prefix];
    }
    default:
      return prefix ? [prefix] : [];
  }
}

const huge = fc.constantFrom(100_000, 1_000_000).chain((size) => fc.constantFrom('x', 'ё', '🇷🇺', '\u0000').map((unit) => unit.repeat(size)));

/** Any string a client could send. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\n\r\t') },
  { weight: 1, arbitrary: huge },
);

/** Field names no form has: prototype keys, forged authority, broken paths, Next's own. */
export const unknownName = fc.oneof(
  fc.constantFrom(
    '__proto__', 'constructor', 'prototype', 'texts.__proto__.polluted', '__proto__.polluted', 'constructor.prototype.polluted',
    'role', 'authorId', 'type', 'state', 'userId', 'deletedAt', '$ACTION_ID_0123', '$ACTION_REF_1', 'a..b', '.', '',
    'texts', 'texts.name', 'texts.name.en.deeper', 'relations', 'relations.__proto__', 'attributes.kind.x', 'locale',
  ),
  fc.string({ maxLength: 20 }),
);

export type FieldValue = string | string[] | Blob;
export type Valid = (field: string) => fc.Arbitrary<string> | undefined;

/** One value for a field: a plausible one when `valid` knows the field, or anything at all. */
function valueFor(field: string, valid: Valid): fc.Arbitrary<FieldValue> {
  const good = valid(field);
  const single = good ? fc.oneof({ weight: 3, arbitrary: good }, { weight: 2, arbitrary: anyText }) : anyText;
  return fc.oneof(
    { weight: 6, arbitrary: single },
    // Several values where the form sends one (or several where it repeats).
    { weight: 2, arbitrary: fc.array(single, { minLength: 2, maxLength: 4 }).map((list) => list.filter((item) => item !== undefined)) },
    // A file where text is expected.
    { weight: 1, arbitrary: fc.constant(new Blob(['not text'], { type: 'application/octet-stream' })) },
  );
}

/**
 * A whole form. Two out of three are hostile: each known field present or missing, with any
 * value, and up to three unknown fields. The rest are plausible (what the form would send, the
 * `required` fields always, perhaps one field spoilt), so the data layer behind the schema is
 * reached too.
 */
export function formArbitrary(fields: string[], valid: Valid, required: string[] = []) {
  const known = fc.record(Object.fromEntries(fields.map((field) => [field, valueFor(field, valid)])), { requiredKeys: [] });
  const unknown = fc.dictionary(unknownName, fc.oneof(anyText, fc.array(anyText, { maxLength: 3 })), { maxKeys: 3 });
  const hostile = fc.tuple(known, unknown).map(([k, u]) => [...Object.entries(u), ...Object.entries(k)]);
  const goodFields = fields.flatMap((field) => (valid(field) ? [[field, valid(field)!] as const] : []));
  const plausible = fc
    .tuple(
      fc.record(Object.fromEntries(goodFields), { requiredKeys: goodFields.map(([field]) => field).filter((field) => required.includes(field)) }),
      fc.option(fc.tuple(fc.constantFrom(...(fields.length ? fields : ['x'])), anyText), { freq: 2 }),
    )
    .map(([good, spoilt]) => Object.entries(spoilt ? { ...good, [spoilt[0]]: spoilt[1] } : good));
  return fc
    .tuple(fc.oneof({ weight: 2, arbitrary: hostile }, { weight: 1, arbitrary: plausible }), fc.constantFrom<string | undefined>('en', 'ru', undefined, 'de', ''))
    .map(([pairs, locale]): [string, FieldValue][] => {
      const entries = (pairs as [string, FieldValue | undefined][]).filter((entry): entry is [string, FieldValue] => entry[1] !== undefined);
      if (locale !== undefined) entries.unshift(['locale', locale]);
      return entries;
    });
}

export function toFormData(entries: [string, FieldValue][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) {
    if (value instanceof Blob) data.append(name, value, 'upload.bin');
    else for (const item of [value].flat()) data.append(name, item);
  }
  return data;
}

/** For a failure report: the form shortened (a megabyte of "x" is not worth printing). */
export function describeForm(entries: [string, FieldValue][]): string {
  const short = (text: string) => (text.length > 80 ? `${JSON.stringify(text.slice(0, 40))}…(${text.length} chars)` : JSON.stringify(text));
  return entries.map(([name, value]) => `${JSON.stringify(name)}=${value instanceof Blob ? '<file>' : [value].flat().map(short).join('|')}`).join(', ');
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { recordTypeNames } from '@/lib/validation/records';
import { hostileStrings } from '../fixtures/hostile-strings';

/**
 * Every zod schema in lib/validation, found by reading the folder (so a schema added later is
 * tested without touching this file): arbitrary input is either accepted or rejected with issues
 * that name a field, and the app's field-error mapping handles them; nothing throws.
 * Exported schemas are taken as they are; exported functions named `…Schema` are schema
 * factories and are called once per record type.
 */
const modules = import.meta.glob<Record<string, unknown>>('../../lib/validation/*.ts', { eager: true });

function schemasOf(): [string, z.ZodType][] {
  const found: [string, z.ZodType][] = [];
  for (const [file, exports] of Object.entries(modules)) {
    const moduleName = file.split('/').pop()!.replace(/\.ts$/, '');
    for (const [name, value] of Object.entries(exports)) {
      if (value instanceof z.ZodType) found.push([`${moduleName}.${name}`, value]);
      else if (typeof value === 'function' && /Schema$/.test(name)) {
        for (const type of recordTypeNames) {
          const made = (value as (type: string) => unknown)(type);
          if (made instanceof z.ZodType) found.push([`${moduleName}.${name}(${type})`, made]);
        }
      }
    }
  }
  return found;
}

const schemas = schemasOf();

/** Keys the schema reads (objects, and the options of unions of objects), to aim input at them. */
function keysOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, unknown>; options?: z.ZodType[]; in?: z.ZodType; innerType?: z.ZodType; schema?: z.ZodType } }).def;
  if (def.shape) return Object.keys(def.shape);
  if (def.options) return [...new Set(def.options.flatMap(keysOf))];
  for (const inner of [def.in, def.innerType, def.schema]) if (inner) return keysOf(inner);
  return [];
}

const leaf = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
);
const value = fc.oneof(leaf, fc.array(leaf, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), leaf, { maxKeys: 4 }));

function aimedAt(schema: z.ZodType) {
  const keys = keysOf(schema);
  const types = fc.constantFrom(...recordTypeNames);
  if (!keys.length) return fc.oneof(fc.anything(), value);
  return fc.oneof(
    fc.anything(),
    // The keys it reads, with arbitrary values (and a valid `type` some of the time, to get
    // past discriminated unions).
    fc.record(Object.fromEntries(keys.map((key) => [key, key === 'type' ? fc.oneof(types, value) : value])), { requiredKeys: [] }),
    // What a form or a query string gives: strings only.
    fc.record(Object.fromEntries(keys.map((key) => [key, fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ maxLength: 30 }))])), { requiredKeys: [] }),
  );
}

describe('every zod schema in lib/validation', () => {
  it('finds the schemas (a glob that matched nothing would test nothing)', () => {
    expect(schemas.length).toBeGreaterThan(20);
    const names = schemas.map(([name]) => name);
    for (const expected of ['records.recordSchema', 'search-query.searchQuerySchema', 'list-query.listQuerySchema(statement)', 'account.signInSchema']) {
      expect(names).toContain(expected);
    }
  });

  for (const [name, schema] of schemas) {
    it(`${name}: accepts or rejects with field issues, never throws`, () => {
      fc.assert(
        fc.property(aimedAt(schema), (input) => {
          const result = schema.safeParse(input);
          if (result.success) return;
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            expect(Array.isArray(issue.path)).toBe(true);
            expect(typeof issue.message).toBe('string');
          }
          expect(() => fieldErrorsOf(result.error)).not.toThrow();
        }),
        { numRuns: 150 },
      );
    });
  }
});

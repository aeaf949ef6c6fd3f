import { describe, expect, it } from 'vitest';
import {
  cleanQueryText, parseSearchQueryLeniently, searchHref, searchQuerySchema, suggestQuerySchema, truncateQuery,
} from '@/lib/validation/search-query';

describe('search query', () => {
  it('cleans what the database cannot take: NUL, control characters, lone surrogates', () => {
    expect(cleanQueryText('  a\u0000b\tc\n\u0007d  ')).toBe('a b c d');
    expect(cleanQueryText('x\uD83Dy\uDE42z')).toBe('xyz');
    expect(cleanQueryText('🙂 ОДКБ')).toBe('🙂 ОДКБ');
  });

  it('cuts an over-long query by characters, never through an emoji', () => {
    const cut = truncateQuery('🙂'.repeat(600));
    expect(Array.from(cut)).toHaveLength(500);
    expect(cut.endsWith('🙂')).toBe(true);
  });

  it('refuses what the API cannot answer, with the parameter named', () => {
    for (const bad of [{}, { q: '   ' }, { q: 'x'.repeat(501) }, { q: 'a', page: '-1' }, { q: 'a', type: 'unknown' }, { q: 'a', year: '1800' }, { q: 'a', other: '1' }]) {
      expect(searchQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(searchQuerySchema.parse({ q: ' ОДКБ ', type: 'organisation', page: '2' })).toEqual({
      q: 'ОДКБ', type: 'organisation', page: 2, pageSize: 20, locale: 'en',
    });
    expect(suggestQuerySchema.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
  });

  it('lets the page keep what parses and report the rest', () => {
    const { query, ignored, truncated } = parseSearchQueryLeniently({ q: 'csto', type: 'nope', country: 'kazakhstan', page: '0', pageSize: '5' });
    expect(query).toEqual({ q: 'csto', page: 1, pageSize: 20, country: 'kazakhstan' });
    expect(ignored.sort()).toEqual(['page', 'pageSize', 'type']);
    expect(truncated).toBe(false);
    expect(parseSearchQueryLeniently({}).query.q).toBe('');
  });

  it('writes links with only what is set, in a stable order', () => {
    expect(searchHref({ q: 'csto', page: 1, year: 2018, type: 'statement' })).toEqual({ pathname: '/search', query: { q: 'csto', type: 'statement', year: '2018' } });
    expect(searchHref({ q: 'csto', page: 3 }).query).toEqual({ q: 'csto', page: '3' });
  });
});

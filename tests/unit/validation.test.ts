import { describe, expect, it } from 'vitest';
import { parsePartialDate, partialDateSchema, slugSchema } from '@/lib/validation/common';
import { isLinkAllowed } from '@/lib/validation/link';
import { organisationSchema, statementSchema } from '@/lib/validation/records';

describe('record validation', () => {
  it('accepts Latin slugs and refuses others', () => {
    expect(slugSchema.safeParse('csto-collective-security-council').success).toBe(true);
    for (const bad of ['ОДКБ', 'Has Caps', 'double--hyphen', '-lead', 'x']) expect(slugSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('reads dates as precisely as the source gives them', () => {
    expect(parsePartialDate('2016-10')).toEqual({ date: new Date(Date.UTC(2016, 9, 1)), precision: 'MONTH' });
    expect(parsePartialDate('2003').precision).toBe('YEAR');
    expect(partialDateSchema.safeParse('2018-13-40').success).toBe(false);
  });

  it('requires a name in at least one language, and treats blanks as missing', () => {
    const base = { type: 'organisation', slug: 'csto', attributes: { kind: 'INTERNATIONAL_ORGANISATION' } };
    expect(organisationSchema.safeParse({ ...base, texts: { name: { ru: '  ', en: '' } } }).success).toBe(false);
    const parsed = organisationSchema.parse({ ...base, texts: { name: { ru: 'ОДКБ', en: ' ' } } });
    expect(parsed.texts.name).toEqual({ ru: 'ОДКБ', en: undefined });
  });

  it('refuses over-long text instead of truncating it', () => {
    const result = statementSchema.safeParse({
      type: 'statement', slug: 'long', texts: { name: { en: 'x'.repeat(501) }, quote: { en: 'q' } },
    });
    expect(result.success).toBe(false);
  });

  it('allows links only between the record types a role joins', () => {
    expect(isLinkAllowed('SPEAKER', 'statement', 'person')).toBe(true);
    expect(isLinkAllowed('SPEAKER', 'person', 'statement')).toBe(false);
    expect(isLinkAllowed('PART_OF', 'organisation', 'organisation')).toBe(true);
    expect(isLinkAllowed('PART_OF', 'organisation', 'conference')).toBe(false);
  });
});

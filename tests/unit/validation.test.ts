import { describe, expect, it } from 'vitest';
import { parsePartialDate, partialDateSchema, slugSchema } from '@/lib/validation/common';
import { isLinkAllowed } from '@/lib/validation/link';
import { organisationSchema, sourceSchema, statementSchema } from '@/lib/validation/records';

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

  it('takes only http and https web addresses for a source, so its link can never run script', () => {
    const source = (url: string) => ({ type: 'source', slug: 'a-source', attributes: { kind: 'NEWS', url }, texts: { name: { en: 'A source' } } });
    for (const good of ['https://www.odkb-csto.org/news/1', 'HTTP://example.org/a?b=c#d', '']) expect(sourceSchema.safeParse(source(good)).success, good).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:window.__xss(1)', 'javascript://example.org/%0aalert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd']) {
      const result = sourceSchema.safeParse(source(bad));
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message, bad).toBe('url');
    }
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

import { describe, expect, it } from 'vitest';
import { parseArguments } from '@/lib/oai/arguments';
import { endOf, parseOaiDate } from '@/lib/oai/dates';
import { decodeToken, encodeToken, type ResumptionState } from '@/lib/oai/resumption';
import { escapeXml } from '@/lib/oai/xml';

const parse = (query: string) => parseArguments(new URLSearchParams(query));

describe('OAI-PMH arguments', () => {
  it('accepts a harvest with a day range, until inclusive', () => {
    const result = parse('verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-31&set=statements');
    expect(result).toEqual({
      ok: true,
      request: {
        verb: 'ListRecords',
        args: { metadataPrefix: 'oai_dc', from: '2024-01-01', until: '2024-01-31', set: 'statements' },
        from: new Date('2024-01-01T00:00:00Z'),
        until: new Date('2024-02-01T00:00:00Z'),
      },
    });
  });

  it('takes seconds granularity; until ends a second later', () => {
    const result = parse('verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-01-01T10:00:00Z&until=2024-01-01T10:00:00Z');
    expect(result.ok && result.request.until).toEqual(new Date('2024-01-01T10:00:01Z'));
  });

  it.each([
    ['', 'badVerb'],
    ['verb=', 'badVerb'],
    ['verb=listrecords', 'badVerb'],
    ['verb=Identify&verb=ListSets', 'badVerb'],
    ['verb=Identify&metadataPrefix=oai_dc', 'badArgument'],
    ['verb=GetRecord&identifier=x', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&until=2024-02-30', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T25:00:00Z', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T10:00:00', 'badArgument'],
    ['verb=ListRecords&resumptionToken=x&set=statements', 'badArgument'],
    ['verb=ListSets&set=statements', 'badArgument'],
  ])('%s → %s', (query, code) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.code)).toEqual([code]);
  });

  it('lets resumptionToken stand alone', () => {
    expect(parse('verb=ListRecords&resumptionToken=abc')).toMatchObject({ ok: true, request: { args: { resumptionToken: 'abc' } } });
  });

  it('reads dates strictly', () => {
    expect(parseOaiDate('2024-02-29')).toEqual({ start: new Date('2024-02-29T00:00:00Z'), granularity: 'day' });
    expect(parseOaiDate('2023-02-29')).toBeNull();
    expect(parseOaiDate('2024-1-1')).toBeNull();
    expect(endOf(parseOaiDate('2024-12-31')!)).toEqual(new Date('2025-01-01T00:00:00Z'));
  });
});

describe('resumption tokens', () => {
  const state: ResumptionState = {
    v: 1, verb: 'ListRecords', type: 'STATEMENT', from: null, until: 1_700_000_000_000,
    after: { at: 1_600_000_000_123, id: '4f9d1b7e-0c1a-4d2b-9e3f-5a6b7c8d9e0f' }, cursor: 50, size: 126,
  };

  it('round-trips, and only for the verb that issued it', () => {
    const token = encodeToken(state);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeToken(token, 'ListRecords')).toEqual(state);
    expect(decodeToken(token, 'ListIdentifiers')).toBeNull();
  });

  it.each(['', 'not base64!', Buffer.from('[]').toString('base64url'), Buffer.from('{"v":2}').toString('base64url'), encodeToken({ ...state, cursor: -1 })])(
    'refuses %j',
    (token) => expect(decodeToken(token, 'ListRecords')).toBeNull(),
  );
});

it('escapes XML and drops characters XML cannot carry', () => {
  expect(escapeXml('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
});

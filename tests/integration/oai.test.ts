import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { statementFixtures } from '../helpers/records';

/**
 * A harvester's view of /oai: every response parsed as XML and checked for what OAI-PMH 2.0
 * requires, a full harvest through resumption tokens that gets every published record exactly
 * once, selective harvesting by datestamp, persistent deleted records, and the protocol's own
 * error codes for bad requests.
 */
pointAppAt();

type Handler = (request: Request) => Promise<Response>;
let GET: Handler;
let POST: Handler;
let prisma: PrismaClient;
let fixtures: ReturnType<typeof statementFixtures>;

beforeAll(async () => {
  ({ GET, POST } = (await import('@/app/oai/route')) as unknown as { GET: Handler; POST: Handler });
  prisma = (await import('@/lib/db/client')).db();
  fixtures = statementFixtures(prisma);
});

afterAll(async () => {
  await fixtures?.removeAll();
  await closeAppDatabase();
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  isArray: (name) => ['record', 'header', 'error', 'set', 'metadataFormat', 'dc:title', 'dc:description', 'dc:identifier', 'dc:type', 'dc:language', 'dc:relation', 'dc:creator', 'setSpec'].includes(name),
});

const BASE = 'http://localhost:3000/oai';
const DATESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Sends a request and checks the envelope every response must have; returns the root element. */
async function oai(query: string, expectedRequest?: Record<string, string> | 'plain'): Promise<Node> {
  const response = await GET(new Request(`${BASE}?${query}`));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml), xml.slice(0, 300)).toBe(true);
  const root = parser.parse(xml)['OAI-PMH'] as Node;
  expect(root['@xmlns']).toBe('http://www.openarchives.org/OAI/2.0/');
  expect(root.responseDate).toMatch(DATESTAMP);
  expect(Math.abs(Date.parse(root.responseDate) - Date.now())).toBeLessThan(60_000);
  const request = typeof root.request === 'string' ? { '#text': root.request } : root.request;
  expect(request['#text']).toBe(BASE);
  if (expectedRequest === 'plain') expect(Object.keys(request)).toEqual(['#text']);
  else if (expectedRequest) for (const [name, value] of Object.entries(expectedRequest)) expect(request[`@${name}`]).toBe(value);
  return root;
}

async function errorCodes(query: string): Promise<string[]> {
  const root = await oai(query);
  expect(root.error, `an error for ${query}`).toBeDefined();
  for (const error of root.error) expect(String(error['#text']).length).toBeGreaterThan(5);
  return root.error.map((error: Node) => error['@code']);
}

function checkHeader(header: Node) {
  expect(header.identifier).toMatch(/^oai:localhost:[0-9a-f-]{36}$/);
  expect(header.datestamp).toMatch(DATESTAMP);
  expect(header.setSpec.length).toBeGreaterThan(0);
}

/** Pages through a list with resumption tokens; returns every header (or record) in order and the tokens' attributes. */
async function harvest(verb: 'ListRecords' | 'ListIdentifiers', args: string) {
  const items: Node[] = [];
  const tokens: Node[] = [];
  let root = await oai(`verb=${verb}&${args}`, { verb });
  for (;;) {
    const list = root[verb];
    expect(list, JSON.stringify(root.error)).toBeDefined();
    items.push(...(verb === 'ListRecords' ? list.record : list.header));
    const token = list.resumptionToken;
    if (token === undefined) break;
    tokens.push(typeof token === 'string' ? { '#text': token } : token);
    const value = typeof token === 'string' ? token : token['#text'];
    if (!value) break;
    root = await oai(`verb=${verb}&resumptionToken=${encodeURIComponent(value)}`, { verb, resumptionToken: value });
  }
  return { items, tokens };
}

const published = () => prisma.record.findMany({ where: { state: 'PUBLISHED', deletedAt: null }, select: { id: true, type: true } });

describe('OAI-PMH: the verbs', () => {
  it('Identify describes the repository', async () => {
    const root = await oai('verb=Identify', { verb: 'Identify' });
    const identify = root.Identify;
    expect(identify.repositoryName).toBe('Counter-Terrorism Cooperation Knowledge Base');
    expect(identify.baseURL).toBe(BASE);
    expect(identify.protocolVersion).toBe('2.0');
    expect(identify.adminEmail).toMatch(/^\S+@(\S+\.)+\S+$/);
    expect(identify.earliestDatestamp).toMatch(DATESTAMP);
    expect(identify.deletedRecord).toBe('persistent');
    expect(identify.granularity).toBe('YYYY-MM-DDThh:mm:ssZ');
  });

  it('ListMetadataFormats offers oai_dc', async () => {
    const formats = (await oai('verb=ListMetadataFormats', { verb: 'ListMetadataFormats' })).ListMetadataFormats.metadataFormat;
    expect(formats).toEqual([{ metadataPrefix: 'oai_dc', schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd', metadataNamespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/' }]);
  });

  it('ListSets has one set per record type, titled in both languages', async () => {
    const sets = (await oai('verb=ListSets')).ListSets.set;
    expect(sets.map((set: Node) => set.setSpec[0])).toEqual(['statements', 'conferences', 'organisations', 'initiatives', 'people', 'sources', 'countries']);
    const titles = sets[0].setDescription['oai_dc:dc']['dc:title'];
    expect(titles).toEqual([{ '#text': 'Statements', '@xml:lang': 'en' }, { '#text': 'Заявления', '@xml:lang': 'ru' }]);
  });

  it('ListRecords pages through every published record exactly once, with tokens', async () => {
    const { items, tokens } = await harvest('ListRecords', 'metadataPrefix=oai_dc');
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    // Each token says where it is in the list; the last one is empty.
    expect(tokens.map((token) => Number(token['@cursor']))).toEqual(tokens.map((_, index) => index * 50));
    expect(new Set(tokens.map((token) => token['@completeListSize'])).size).toBe(1);
    expect(tokens.at(-1)!['#text'] ?? '').toBe('');

    const headers = items.map((record) => record.header[0]);
    headers.forEach(checkHeader);
    const ids = headers.map((header) => header.identifier);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Number(tokens[0]['@completeListSize'])).toBe(ids.length);

    const live = items.filter((record) => record.header[0]['@status'] !== 'deleted');
    const expected = (await published()).map((record) => `oai:localhost:${record.id}`).sort();
    expect(live.map((record) => record.header[0].identifier).sort()).toEqual(expected);
    // Datestamps never go backwards through the list.
    const stamps = headers.map((header) => header.datestamp);
    expect([...stamps].sort()).toEqual(stamps);
    // Every live record has metadata; the deleted ones none.
    for (const record of items) expect(Boolean(record.metadata)).toBe(record.header[0]['@status'] !== 'deleted');
  });

  it('gives oai_dc in both languages, xml:lang on each language-dependent element', async () => {
    const record = await prisma.record.findUniqueOrThrow({ where: { type_slug: { type: 'ORGANISATION', slug: 'csto' } }, select: { id: true } });
    const root = await oai(`verb=GetRecord&identifier=oai:localhost:${record.id}&metadataPrefix=oai_dc`, { verb: 'GetRecord', metadataPrefix: 'oai_dc' });
    const dc = root.GetRecord.record[0].metadata['oai_dc:dc'];
    expect(dc['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    // The original language first.
    expect(dc['dc:title']).toEqual([
      { '#text': 'Организация Договора о коллективной безопасности', '@xml:lang': 'ru' },
      { '#text': 'Collective Security Treaty Organization', '@xml:lang': 'en' },
    ]);
    expect(dc['dc:identifier'].map((element: Node) => element['#text'])).toEqual(['http://localhost:3000/en/organisations/csto', 'http://localhost:3000/ru/organisations/csto']);

    const statement = await prisma.record.findUniqueOrThrow({ where: { type_slug: { type: 'STATEMENT', slug: 'csto-csc-2018-joint-efforts-foreign-terrorist-fighters' } }, select: { id: true } });
    const said = (await oai(`verb=GetRecord&identifier=oai:localhost:${statement.id}&metadataPrefix=oai_dc`)).GetRecord.record[0].metadata['oai_dc:dc'];
    for (const name of ['dc:title', 'dc:creator', 'dc:description', 'dc:type', 'dc:identifier', 'dc:relation']) {
      const langs = said[name].filter((element: Node) => typeof element === 'object').map((element: Node) => element['@xml:lang']);
      expect(new Set(langs), name).toEqual(new Set(['en', 'ru']));
    }
    expect(said['dc:date']).toBe('2018-11-08');
    expect(said['dc:type']).toContain('Text');
    expect(dc['dc:language']).toEqual(['ru', 'en']);
  });

  it('ListIdentifiers narrows to a set', async () => {
    const { items } = await harvest('ListIdentifiers', 'metadataPrefix=oai_dc&set=organisations');
    expect(items.length).toBeGreaterThan(10);
    for (const header of items) expect(header.setSpec).toEqual(['organisations']);
  });

  it('answers POST requests too', async () => {
    const response = await POST(new Request(BASE, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'verb=Identify' }));
    expect(await response.text()).toContain('<protocolVersion>2.0</protocolVersion>');
  });
});

describe('OAI-PMH: changes and deletions', () => {
  let id: string;
  let identifier: string;

  it('harvests only what changed in a from/until range, by datestamp', async () => {
    const before = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000);
    id = await fixtures.create({ slug: 'test-oai-new-statement', name: { ru: 'Новое заявление для OAI', en: 'A new statement for OAI' } });
    identifier = `oai:localhost:${id}`;
    const from = before.toISOString().slice(0, 19) + 'Z';
    const { items } = await harvest('ListIdentifiers', `metadataPrefix=oai_dc&from=${from}`);
    expect(items.map((header) => header.identifier)).toContain(identifier);
    expect(items.length).toBeLessThan(10);

    const until = new Date(before.getTime() - 1000).toISOString().slice(0, 19) + 'Z';
    const { items: older } = await harvest('ListIdentifiers', `metadataPrefix=oai_dc&until=${until}`);
    expect(older.map((header) => header.identifier)).not.toContain(identifier);
    expect(older.length).toBeGreaterThan(100);
  });

  it('reports a soft-deleted record as deleted, with a new datestamp', async () => {
    const live = (await oai(`verb=GetRecord&identifier=${identifier}&metadataPrefix=oai_dc`)).GetRecord.record[0];
    expect(live.header[0]['@status']).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await prisma.record.update({ where: { id }, data: { deletedAt: new Date() } });
    const gone = (await oai(`verb=GetRecord&identifier=${identifier}&metadataPrefix=oai_dc`)).GetRecord.record[0];
    expect(gone.header[0]['@status']).toBe('deleted');
    expect(gone.metadata).toBeUndefined();
    expect(gone.header[0].datestamp > live.header[0].datestamp).toBe(true);
  });

  it('keeps reporting it as deleted after it is archived, and after the row itself is gone', async () => {
    await prisma.record.update({ where: { id }, data: { deletedAt: null, state: 'ARCHIVED' } });
    expect((await oai(`verb=GetRecord&identifier=${identifier}&metadataPrefix=oai_dc`)).GetRecord.record[0].header[0]['@status']).toBe('deleted');
    await prisma.record.delete({ where: { id } });
    expect((await oai(`verb=GetRecord&identifier=${identifier}&metadataPrefix=oai_dc`)).GetRecord.record[0].header[0]['@status']).toBe('deleted');
    const { items } = await harvest('ListIdentifiers', 'metadataPrefix=oai_dc&set=statements');
    expect(items.find((header) => header.identifier === identifier)?.['@status']).toBe('deleted');
  });

  it('never lists a record that was never published', async () => {
    const draft = await fixtures.create({ slug: 'test-oai-draft', name: { en: 'A draft', ru: 'Черновик' }, state: 'DRAFT' });
    expect(await errorCodes(`verb=GetRecord&identifier=oai:localhost:${draft}&metadataPrefix=oai_dc`)).toEqual(['idDoesNotExist']);
  });
});

describe('OAI-PMH: errors', () => {
  it.each([
    ['', 'badVerb'],
    ['verb=Harvest', 'badVerb'],
    ['verb=Identify&verb=Identify', 'badVerb'],
  ])('%s → %s, with a plain request element', async (query, code) => {
    expect(await errorCodes(query)).toEqual([code]);
    await oai(query, 'plain');
  });

  it.each([
    ['verb=Identify&set=statements'],
    ['verb=ListRecords'],
    ['verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc'],
    ['verb=ListRecords&metadataPrefix=oai_dc&colour=blue'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2020-13-45'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=yesterday'],
    ['verb=ListIdentifiers&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z'],
    ['verb=ListIdentifiers&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01'],
    ['verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc'],
    ['verb=GetRecord&metadataPrefix=oai_dc'],
    ['verb=GetRecord&identifier=oai:localhost:x'],
  ])('%s → badArgument', async (query) => {
    expect(await errorCodes(query)).toEqual(['badArgument']);
    await oai(query, 'plain');
  });

  it('cannotDisseminateFormat for any format but oai_dc', async () => {
    expect(await errorCodes('verb=ListRecords&metadataPrefix=marc21')).toEqual(['cannotDisseminateFormat']);
    expect(await errorCodes('verb=ListIdentifiers&metadataPrefix=mods')).toEqual(['cannotDisseminateFormat']);
    const organisation = await prisma.record.findFirstOrThrow({ where: { type: 'ORGANISATION', state: 'PUBLISHED' }, select: { id: true } });
    expect(await errorCodes(`verb=GetRecord&identifier=oai:localhost:${organisation.id}&metadataPrefix=marc21`)).toEqual(['cannotDisseminateFormat']);
    // The request element keeps the arguments for errors other than badVerb and badArgument.
    await oai('verb=ListRecords&metadataPrefix=marc21', { verb: 'ListRecords', metadataPrefix: 'marc21' });
  });

  it('badResumptionToken for a token it did not issue, or issued for another verb', async () => {
    expect(await errorCodes('verb=ListRecords&resumptionToken=not-a-token')).toEqual(['badResumptionToken']);
    expect(await errorCodes(`verb=ListRecords&resumptionToken=${Buffer.from('{"v":1}').toString('base64url')}`)).toEqual(['badResumptionToken']);
    const { tokens } = await harvest('ListIdentifiers', 'metadataPrefix=oai_dc');
    expect(await errorCodes(`verb=ListRecords&resumptionToken=${tokens[0]['#text']}`)).toEqual(['badResumptionToken']);
    expect(await errorCodes('verb=ListSets&resumptionToken=abc')).toEqual(['badResumptionToken']);
  });

  it('idDoesNotExist for an identifier of no item', async () => {
    expect(await errorCodes('verb=GetRecord&identifier=oai:elsewhere.org:123&metadataPrefix=oai_dc')).toEqual(['idDoesNotExist']);
    expect(await errorCodes('verb=GetRecord&identifier=oai:localhost:00000000-0000-4000-8000-000000000000&metadataPrefix=oai_dc')).toEqual(['idDoesNotExist']);
    expect(await errorCodes('verb=ListMetadataFormats&identifier=oai:localhost:nothing')).toEqual(['idDoesNotExist']);
  });

  it('noRecordsMatch for an empty range or an unknown set', async () => {
    expect(await errorCodes('verb=ListRecords&metadataPrefix=oai_dc&from=2100-01-01')).toEqual(['noRecordsMatch']);
    expect(await errorCodes('verb=ListIdentifiers&metadataPrefix=oai_dc&until=1990-01-01T00:00:00Z')).toEqual(['noRecordsMatch']);
    expect(await errorCodes('verb=ListRecords&metadataPrefix=oai_dc&set=treaties')).toEqual(['noRecordsMatch']);
  });
});

import 'server-only';
import { countOaiItems, earliestOaiDatestamp, getOaiItem, listOaiItems, oaiRecords, type OaiItemRow, type OaiRecordData } from '@/lib/data/oai';
import { segments, toDbType } from '@/lib/data/record-types';
import { translator } from '@/lib/i18n/translator';
import { siteUrl } from '@/lib/seo/metadata';
import { recordTypeNames, type RecordTypeName } from '@/lib/validation/records';
import { parseArguments, type OaiArguments } from './arguments';
import { dublinCore, type DublinCoreContext } from './dublin-core';
import { envelope, type VerbResult } from './envelope';
import { oaiIdentifier, recordIdOf, repositoryIdentifier } from './identifiers';
import {
  datestamp, DC_NS, GRANULARITY, METADATA_PREFIX, OAI_DC_NS, OAI_DC_SCHEMA, OAI_IDENTIFIER_NS, OAI_IDENTIFIER_SCHEMA,
  PAGE_SIZE, XSI_NS, type OaiError,
} from './protocol';
import { decodeToken, encodeToken, type ResumptionState } from './resumption';
import { element, text } from './xml';

/** The OAI-PMH 2.0 repository: one request's parameters in, the response document out. */
export async function answerOai(params: URLSearchParams, now = new Date()): Promise<string> {
  const baseUrl = `${siteUrl()}/oai`;
  const parsed = parseArguments(params);
  if (!parsed.ok) return envelope({ now, baseUrl, verb: null, args: {}, result: { errors: parsed.errors } });
  const { request } = parsed;
  return envelope({ now, baseUrl, verb: request.verb, args: request.args, result: await answer(request, now) });
}

const fail = (code: OaiError['code'], message: string): VerbResult => ({ errors: [{ code, message }] });

function answer(request: OaiArguments, now: Date): Promise<VerbResult> {
  switch (request.verb) {
    case 'Identify':
      return identify();
    case 'ListMetadataFormats':
      return listMetadataFormats(request.args.identifier);
    case 'ListSets':
      return listSets(request.args.resumptionToken);
    case 'GetRecord':
      return getRecord(request.args.identifier, request.args.metadataPrefix);
    case 'ListIdentifiers':
    case 'ListRecords':
      return list(request, now);
  }
}

const DOMAIN = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;

async function identify(): Promise<VerbResult> {
  const site = siteUrl();
  const host = repositoryIdentifier();
  const name = (await translator('en', 'Metadata'))('siteName');
  const earliest = (await earliestOaiDatestamp()) ?? new Date();
  const admin = process.env.ADMIN_EMAIL || `admin@${host.includes('.') ? host : 'localhost.localdomain'}`;
  // The oai-identifier description needs a domain name with a dot: not for `localhost`.
  const description = DOMAIN.test(host)
    ? [element('description', {}, [element('oai-identifier', { xmlns: OAI_IDENTIFIER_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${OAI_IDENTIFIER_NS} ${OAI_IDENTIFIER_SCHEMA}` }, [
        text('scheme', 'oai'), text('repositoryIdentifier', host), text('delimiter', ':'), text('sampleIdentifier', oaiIdentifier('4f9d1b7e-0c1a-4d2b-9e3f-5a6b7c8d9e0f')),
      ])])]
    : [];
  return {
    body: element('Identify', {}, [
      text('repositoryName', name),
      text('baseURL', `${site}/oai`),
      text('protocolVersion', '2.0'),
      text('adminEmail', admin),
      text('earliestDatestamp', datestamp(earliest)),
      text('deletedRecord', 'persistent'),
      text('granularity', GRANULARITY),
      ...description,
    ]),
  };
}

const formats = element('ListMetadataFormats', {}, [
  element('metadataFormat', {}, [text('metadataPrefix', METADATA_PREFIX), text('schema', OAI_DC_SCHEMA), text('metadataNamespace', OAI_DC_NS)]),
]);

async function itemFor(identifier: string): Promise<OaiItemRow | null> {
  const id = recordIdOf(identifier);
  return id ? getOaiItem(id) : null;
}

async function listMetadataFormats(identifier?: string): Promise<VerbResult> {
  if (identifier !== undefined && !(await itemFor(identifier))) return fail('idDoesNotExist', `No item has the identifier ${identifier}.`);
  return { body: formats };
}

async function typeNames(): Promise<DublinCoreContext['typeNames']> {
  const [en, ru] = await Promise.all([translator('en', 'Types'), translator('ru', 'Types')]);
  return Object.fromEntries(recordTypeNames.map((type) => [type, { en: en(`one.${type}`), ru: ru(`one.${type}`) }])) as DublinCoreContext['typeNames'];
}

/** One set per record type, named by its URL segment; described in both languages. */
async function listSets(token?: string): Promise<VerbResult> {
  if (token !== undefined) return fail('badResumptionToken', 'The list of sets is complete in one response: it has no resumption tokens.');
  const [en, ru] = await Promise.all([translator('en', 'Types'), translator('ru', 'Types')]);
  return {
    body: element('ListSets', {}, recordTypeNames.map((type) =>
      element('set', {}, [
        text('setSpec', segments[type]),
        text('setName', en(`many.${type}`)),
        element('setDescription', {}, [
          element('oai_dc:dc', { 'xmlns:oai_dc': OAI_DC_NS, 'xmlns:dc': DC_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${OAI_DC_NS} ${OAI_DC_SCHEMA}` }, [
            text('dc:title', en(`many.${type}`), { 'xml:lang': 'en' }),
            text('dc:title', ru(`many.${type}`), { 'xml:lang': 'ru' }),
          ]),
        ]),
      ]),
    )),
  };
}

function typeOfSet(setSpec: string): RecordTypeName | null {
  return recordTypeNames.find((type) => segments[type] === setSpec) ?? null;
}

function header(item: OaiItemRow, deleted: boolean): string {
  return element('header', deleted ? { status: 'deleted' } : {}, [
    text('identifier', oaiIdentifier(item.id)),
    text('datestamp', datestamp(item.datestamp)),
    text('setSpec', segments[item.type]),
  ]);
}

/** A record element: header, and metadata unless the record is deleted (or withdrawn since its item was read). */
function record(item: OaiItemRow, data: OaiRecordData | undefined, context: DublinCoreContext): string {
  const deleted = item.deleted || !data;
  return element('record', {}, [header(item, deleted), ...(deleted ? [] : [element('metadata', {}, [dublinCore(data, context)])])]);
}

async function getRecord(identifier: string, prefix: string): Promise<VerbResult> {
  const errors: OaiError[] = [];
  if (prefix !== METADATA_PREFIX) errors.push({ code: 'cannotDisseminateFormat', message: `Records are available as ${METADATA_PREFIX} only, not ${prefix}.` });
  const item = await itemFor(identifier);
  if (!item) errors.push({ code: 'idDoesNotExist', message: `No item has the identifier ${identifier}.` });
  if (errors.length || !item) return { errors };
  const data = item.deleted ? undefined : (await oaiRecords([item.id])).get(item.id);
  return { body: element('GetRecord', {}, [record(item, data, { site: siteUrl(), typeNames: await typeNames() })]) };
}

/** ListIdentifiers and ListRecords: a page of the list in (datestamp, id) order, and a token for the rest. */
async function list(request: OaiArguments, now: Date): Promise<VerbResult> {
  const verb = request.verb as ResumptionState['verb'];
  const { args } = request;
  let state: ResumptionState;
  let resumed = false;
  if (args.resumptionToken !== undefined) {
    const decoded = decodeToken(args.resumptionToken, verb);
    if (!decoded) return fail('badResumptionToken', 'The resumption token is not valid for this request.');
    state = decoded;
    resumed = true;
  } else {
    if (args.metadataPrefix !== METADATA_PREFIX) return fail('cannotDisseminateFormat', `Records are available as ${METADATA_PREFIX} only, not ${args.metadataPrefix}.`);
    const type = args.set !== undefined ? typeOfSet(args.set) : null;
    if (args.set !== undefined && !type) return fail('noRecordsMatch', `There is no set ${args.set}; ListSets names them.`);
    // Fixed at the first request: what changes during the harvest comes in the next one.
    const until = Math.min(request.until?.getTime() ?? Infinity, now.getTime() + 1);
    const query = { type: type ? toDbType(type) : null, from: request.from ?? null, until: new Date(until) };
    const size = await countOaiItems(query);
    if (size === 0) return fail('noRecordsMatch', 'No records match these arguments.');
    state = { v: 1, verb, type: query.type, from: request.from?.getTime() ?? null, until, after: { at: 0, id: '00000000-0000-0000-0000-000000000000' }, cursor: 0, size };
  }

  const query = { type: state.type, from: state.from === null ? null : new Date(state.from), until: new Date(state.until) };
  const rows = await listOaiItems(query, resumed ? { at: new Date(state.after.at), id: state.after.id } : null, PAGE_SIZE);
  const page = rows.slice(0, PAGE_SIZE);
  if (page.length === 0) return fail('noRecordsMatch', 'No records are left in this list: they changed since the harvest began.');

  let items: string[];
  if (verb === 'ListIdentifiers') {
    items = page.map((item) => header(item, item.deleted));
  } else {
    const data = await oaiRecords(page.filter((item) => !item.deleted).map((item) => item.id));
    const context = { site: siteUrl(), typeNames: await typeNames() };
    items = page.map((item) => record(item, data.get(item.id), context));
  }

  const last = page[page.length - 1];
  const attrs = { completeListSize: state.size, cursor: state.cursor };
  const token = rows.length > PAGE_SIZE
    ? [text('resumptionToken', encodeToken({ ...state, after: { at: last.datestamp.getTime(), id: last.id }, cursor: state.cursor + page.length }), attrs)]
    : resumed
      ? [element('resumptionToken', attrs)]
      : [];
  return { body: element(verb, {}, [...items, ...token]) };
}

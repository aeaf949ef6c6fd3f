/** Constants of OAI-PMH 2.0 as this repository speaks it (https://www.openarchives.org/OAI/openarchivesprotocol.html). */
export const OAI_NS = 'http://www.openarchives.org/OAI/2.0/';
export const OAI_SCHEMA = 'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
export const OAI_DC_SCHEMA = 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
export const OAI_IDENTIFIER_NS = 'http://www.openarchives.org/OAI/2.0/oai-identifier';
export const OAI_IDENTIFIER_SCHEMA = 'http://www.openarchives.org/OAI/2.0/oai-identifier.xsd';

export const METADATA_PREFIX = 'oai_dc';
export const GRANULARITY = 'YYYY-MM-DDThh:mm:ssZ';
/** Headers or records per response; the rest follows through resumption tokens. */
export const PAGE_SIZE = 50;

export const verbs = ['Identify', 'ListMetadataFormats', 'ListSets', 'ListIdentifiers', 'ListRecords', 'GetRecord'] as const;
export type Verb = (typeof verbs)[number];

export type ErrorCode =
  | 'badArgument'
  | 'badResumptionToken'
  | 'badVerb'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy';

export interface OaiError {
  code: ErrorCode;
  message: string;
}

/** A datestamp as OAI-PMH writes it, in whole seconds (the repository's granularity). */
export function datestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

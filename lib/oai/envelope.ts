import { datestamp, OAI_NS, OAI_SCHEMA, XSI_NS, type OaiError, type Verb } from './protocol';
import { element, text } from './xml';

export type VerbResult = { body: string } | { errors: OaiError[] };

/**
 * The OAI-PMH response document: responseDate, the request as understood, then the verb's
 * element or the errors. After badVerb or badArgument the request element carries no
 * attributes, as the protocol requires.
 */
export function envelope({ now, baseUrl, verb, args, result }: {
  now: Date;
  baseUrl: string;
  verb: Verb | null;
  args: Record<string, string>;
  result: VerbResult;
}): string {
  const errors = 'errors' in result ? result.errors : [];
  const plainRequest = !verb || errors.some((error) => error.code === 'badVerb' || error.code === 'badArgument');
  const request = text('request', baseUrl, plainRequest ? {} : { verb, ...args });
  const content = 'body' in result ? result.body : errors.map((error) => text('error', error.message, { code: error.code })).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    'OAI-PMH',
    { xmlns: OAI_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${OAI_NS} ${OAI_SCHEMA}` },
    [text('responseDate', datestamp(now)), request, content],
  )}\n`;
}

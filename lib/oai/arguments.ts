import { parseOaiDate, endOf } from './dates';
import { verbs, type OaiError, type Verb } from './protocol';

/**
 * A request's arguments checked against the protocol: which each verb requires and allows, no
 * argument twice, `resumptionToken` alone, dates that exist with one granularity, `from` not
 * after `until`. What is left for the verbs to judge (the format, the identifier, the token's
 * contents) needs the repository.
 */
const allowed: Record<Verb, { required: string[]; optional: string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
};

export interface OaiArguments {
  verb: Verb;
  /** Every argument but the verb, as sent (the response's request element echoes them). */
  args: Record<string, string>;
  from?: Date;
  /** Exclusive: the instant after the inclusive `until`. */
  until?: Date;
}

export type ParsedArguments = { ok: true; request: OaiArguments } | { ok: false; errors: OaiError[] };

const bad = (message: string): ParsedArguments => ({ ok: false, errors: [{ code: 'badArgument', message }] });

export function parseArguments(params: URLSearchParams): ParsedArguments {
  const verbValues = params.getAll('verb');
  if (verbValues.length !== 1 || !(verbs as readonly string[]).includes(verbValues[0])) {
    const message = verbValues.length === 0 ? 'The verb argument is missing.' : verbValues.length > 1 ? 'The verb argument is repeated.' : `"${verbValues[0]}" is not an OAI-PMH verb.`;
    return { ok: false, errors: [{ code: 'badVerb', message }] };
  }
  const verb = verbValues[0] as Verb;
  const rules = allowed[verb];
  const args: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (key === 'verb') continue;
    const values = params.getAll(key);
    if (values.length > 1) return bad(`The argument ${key} is repeated.`);
    if (![...rules.required, ...rules.optional, rules.exclusive].includes(key)) return bad(`${verb} does not take the argument ${key}.`);
    args[key] = values[0];
  }

  if (rules.exclusive && args[rules.exclusive] !== undefined) {
    const others = Object.keys(args).filter((key) => key !== rules.exclusive);
    return others.length ? bad(`${rules.exclusive} is an exclusive argument: ${others.join(', ')} must not come with it.`) : { ok: true, request: { verb, args } };
  }
  const missing = rules.required.filter((key) => !args[key]);
  if (missing.length) return bad(`${verb} needs the argument ${missing.join(' and ')}.`);

  const from = args.from !== undefined ? parseOaiDate(args.from) : undefined;
  const until = args.until !== undefined ? parseOaiDate(args.until) : undefined;
  if (from === null) return bad(`from="${args.from}" is not a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.`);
  if (until === null) return bad(`until="${args.until}" is not a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.`);
  if (from && until && from.granularity !== until.granularity) return bad('from and until must have the same granularity.');
  if (from && until && from.start > until.start) return bad('from is later than until.');
  return { ok: true, request: { verb, args, from: from?.start, until: until ? endOf(until) : undefined } };
}

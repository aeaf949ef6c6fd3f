import { z } from 'zod';
import { segments } from '@/lib/data/record-types';
import { filtersByType, MAX_PAGE_SIZE } from '@/lib/validation/list-query';
import * as schemas from './schemas';
import { searchItemSchema, searchResponseSchema, suggestResponseSchema } from '@/lib/search/api';
import { MAX_QUERY_LENGTH, MAX_SEARCH_PAGE_SIZE } from '@/lib/validation/search-query';

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers shape their
 * responses with (OpenAPI 3.1 speaks JSON Schema 2020-12, which z.toJSONSchema writes).
 */
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  '400': json(ref('Error'), 'An invalid parameter.'),
  '404': json(ref('Error'), 'No such type or record.'),
  '503': json(ref('Error'), 'The database is not answering.'),
};
const queryParam = (name: string, schema: object, description: string) => ({ name, in: 'query', required: false, schema, description });

export function openApiDocument(extra: { paths?: Record<string, unknown>; schemas?: z.ZodType[] } = {}) {
  // Every schema with an id becomes a named component, so references stay plain $refs.
  const registry = z.registry<{ id: string }>();
  const all = [...Object.values(schemas), searchItemSchema, searchResponseSchema, suggestResponseSchema, ...(extra.schemas ?? [])].filter((value): value is z.ZodType => value instanceof z.ZodType);
  for (const schema of all) {
    const id = z.globalRegistry.get(schema)?.id;
    if (id && !registry.has(schema)) registry.add(schema, { id });
  }
  const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }).schemas;
  const components = Object.fromEntries(
    Object.entries(generated).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema]),
  );

  const paths: Record<string, unknown> = {};
  for (const [type, segment] of Object.entries(segments)) {
    const filters = filtersByType[type as keyof typeof filtersByType];
    paths[`/api/v1/${segment}`] = {
      get: {
        summary: `List ${segment}`,
        operationId: `list_${segment}`,
        parameters: [
          queryParam('page', { type: 'integer', minimum: 1, default: 1 }, 'Page number.'),
          queryParam('pageSize', { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 }, 'Items per page.'),
          queryParam('sort', { type: 'string', enum: ['date-desc', 'date-asc', 'name'] }, 'Order.'),
          queryParam('locale', { type: 'string', enum: ['en', 'ru'], default: 'en' }, 'Language used to sort by name.'),
          ...filters.map((filter) => queryParam(filter, { type: filter === 'year' ? 'integer' : 'string' }, `Filter by ${filter}.`)),
        ],
        responses: { '200': json(ref('ListResponse'), 'One page of records.'), ...errors },
      },
    };
    paths[`/api/v1/${segment}/{slug}`] = {
      get: {
        summary: `One ${type}, in both languages`,
        operationId: `get_${type}`,
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': json(ref('Record'), 'The record.'), '304': { description: 'Not modified (If-None-Match).' }, ...errors },
      },
    };
  }
  paths['/api/v1/search'] = {
    get: {
      summary: 'Search every type in both languages',
      operationId: 'search',
      parameters: [
        queryParam('q', { type: 'string', maxLength: MAX_QUERY_LENGTH }, 'Words, "quoted phrases", -excluded words; names in either script.'),
        queryParam('type', { type: 'string', enum: Object.keys(segments) }, 'Only this record type.'),
        queryParam('lang', { type: 'string', enum: ['en', 'ru'] }, 'Only records originally in this language.'),
        queryParam('locale', { type: 'string', enum: ['en', 'ru'] }, 'Language of titles and snippets.'),
        queryParam('page', { type: 'integer', minimum: 1, default: 1 }, 'Page number.'),
        queryParam('pageSize', { type: 'integer', minimum: 1, maximum: MAX_SEARCH_PAGE_SIZE, default: 20 }, 'Results per page.'),
      ],
      responses: { '200': json(ref('SearchResponse'), 'Ranked results.'), '400': errors['400'], '503': errors['503'] },
    },
  };
  paths['/api/v1/search/suggest'] = {
    get: {
      summary: 'Suggestions as one types: names and aliases by prefix',
      operationId: 'suggest',
      parameters: [queryParam('q', { type: 'string' }, 'What has been typed so far.'), queryParam('locale', { type: 'string', enum: ['en', 'ru'] }, 'Language of the labels.')],
      responses: { '200': json(ref('SuggestResponse'), 'Up to 8 suggestions.'), '400': errors['400'] },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Counter-terrorism cooperation knowledge base API',
      version: '1.0.0',
      description: 'Read-only JSON API. Every translatable field comes in both languages with its status (original, translation, outdated or missing).',
    },
    servers: [{ url: '/' }],
    paths: { ...paths, ...extra.paths },
    components: { schemas: components },
  };
}

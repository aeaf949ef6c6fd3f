import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { filterGraph, type FilteredGraph } from '@/lib/network/graph';
import { layoutGraph } from '@/lib/network/layout';
import type { GraphEdge, GraphNode, NetworkType, PlacedEdge, PlacedNode, RawGraph, Relation, ViewBox } from '@/lib/network/types';
import type { NetworkQuery } from '@/lib/validation/network-query';
import type { RecordTypeName } from '@/lib/validation/records';
import { cached } from './cache';
import { isoDate } from './record-shapes';
import { fromDbType, toDbType } from './record-types';
import type { TextRow } from './texts';

/**
 * The cooperation network: organisations, people, conferences and initiatives that are
 * published, and the ties between them: direct links, a person's positions, and statements
 * (a speaker tied to the conference it was made at or the initiative it concerns). Read with a
 * few grouped queries, narrowed and capped in memory (lib/network/graph.ts), laid out once and
 * cached per filter: see docs/decisions/011-network-map-and-charts.md.
 */
export interface NetworkNodeView extends PlacedNode {
  names: TextRow[];
}

export interface NetworkView {
  nodes: NetworkNodeView[];
  edges: PlacedEdge[];
  viewBox: ViewBox;
  /** Connected records matching the filters, before the cap. */
  total: number;
  truncated: boolean;
  /** Index of the record the view is centred on, if any. */
  focus?: number;
}

const published = Prisma.sql`"state" = 'PUBLISHED' AND "deletedAt" IS NULL`;
const nodeTypes = Prisma.sql`('ORGANISATION', 'PERSON', 'CONFERENCE', 'INITIATIVE')`;

interface Period {
  from?: number;
  to?: number;
}

/** Every tie between two network records, as (a, b, relation, statements) rows, narrowed by `where` on a and b. */
function edgeRows(period: Period, where: Prisma.Sql) {
  const statementPeriod = [
    ...(period.from !== undefined ? [Prisma.sql`s."date" >= make_date(${period.from}::int, 1, 1)`] : []),
    ...(period.to !== undefined ? [Prisma.sql`s."date" <= make_date(${period.to}::int, 12, 31)`] : []),
  ];
  return db().$queryRaw<{ a: string; b: string; relation: Relation; statements: number }[]>`
    WITH n AS (SELECT "id" FROM "Record" WHERE ${published} AND "type" IN ${nodeTypes})
    SELECT * FROM (
      SELECT l."fromId" AS a, l."toId" AS b, l."role"::text AS relation, 0 AS statements
      FROM "Link" l JOIN n fa ON fa."id" = l."fromId" JOIN n fb ON fb."id" = l."toId"
      UNION ALL
      SELECT p."personId", p."organisationId", 'POSITION', 0
      FROM "Position" p JOIN n pa ON pa."id" = p."personId" JOIN n pb ON pb."id" = p."organisationId"
      UNION ALL
      SELECT sp."toId", cx."toId", 'STATEMENT', count(DISTINCT s."id")::int
      FROM "Record" s
      JOIN "Link" sp ON sp."fromId" = s."id" AND sp."role" = 'SPEAKER'
      JOIN "Link" cx ON cx."fromId" = s."id" AND cx."role" IN ('MADE_AT', 'CONCERNS')
      JOIN n sa ON sa."id" = sp."toId" JOIN n sb ON sb."id" = cx."toId"
      WHERE s."type" = 'STATEMENT' AND s."state" = 'PUBLISHED' AND s."deletedAt" IS NULL
        ${statementPeriod.length ? Prisma.sql`AND ${Prisma.join(statementPeriod, ' AND ')}` : Prisma.empty}
      GROUP BY sp."toId", cx."toId"
    ) e
    WHERE ${where}`;
}

const toEdges = (rows: Awaited<ReturnType<typeof edgeRows>>): GraphEdge[] =>
  rows.map((row) => ({ from: row.a, to: row.b, relation: row.relation, statements: row.statements }));

async function readNodes(ids?: string[]): Promise<GraphNode[]> {
  const rows = await db().$queryRaw<{ id: string; type: string; date: Date | null; endDate: Date | null }[]>`
    SELECT "id", "type"::text AS type, "date", "endDate" FROM "Record"
    WHERE ${published} AND "type" IN ${nodeTypes} ${ids ? Prisma.sql`AND "id" = ANY(${ids}::uuid[])` : Prisma.empty}`;
  return rows.map((row) => ({ id: row.id, type: fromDbType(row.type as never) as NetworkType, date: isoDate(row.date), endDate: isoDate(row.endDate) }));
}

async function readGraph(period: Period): Promise<RawGraph> {
  const [nodes, rows] = await Promise.all([readNodes(), edgeRows(period, Prisma.sql`true`)]);
  return { nodes, edges: toEdges(rows) };
}

/** The graph around one record: its ties, and the ties among the records it is tied to. */
async function readEgoGraph(id: string): Promise<RawGraph> {
  const own = await edgeRows({}, Prisma.sql`e.a = ${id}::uuid OR e.b = ${id}::uuid`);
  const ids = [...new Set([id, ...own.flatMap((row) => [row.a, row.b])])];
  const [nodes, rows] = await Promise.all([readNodes(ids), edgeRows({}, Prisma.sql`e.a = ANY(${ids}::uuid[]) AND e.b = ANY(${ids}::uuid[])`)]);
  return { nodes, edges: toEdges(rows) };
}

async function place(graph: FilteredGraph, focus?: string, frame?: { width: number; height: number }): Promise<NetworkView> {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const edges: PlacedEdge[] = graph.edges.map((edge) => ({
    source: index.get(edge.from)!,
    target: index.get(edge.to)!,
    kind: edge.kind,
    ties: edge.ties,
    statements: edge.statements,
  }));
  const centre = focus !== undefined ? index.get(focus) : undefined;
  const layout = layoutGraph({ nodes: graph.nodes, edges, centre }, frame);
  const rows = await db().record.findMany({
    where: { id: { in: graph.nodes.map((node) => node.id) } },
    select: { id: true, slug: true, texts: { where: { field: { in: ['name', 'shortName'] } }, select: { field: true, locale: true, text: true, status: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    nodes: graph.nodes.map((node, i) => ({
      id: node.id,
      type: node.type,
      slug: byId.get(node.id)?.slug ?? node.id,
      degree: node.degree,
      ...layout.points[i],
      names: byId.get(node.id)?.texts ?? [],
    })),
    edges,
    viewBox: layout.viewBox,
    total: graph.total,
    truncated: graph.truncated,
    focus: centre,
  };
}

async function initiativeId(slug: string): Promise<string | undefined> {
  const row = await db().record.findFirst({ where: { type: 'INITIATIVE', slug, state: 'PUBLISHED', deletedAt: null }, select: { id: true } });
  return row?.id;
}

/**
 * The network for the network page's filters. An `initiative` that no published record has is
 * reported as `missingInitiative` and otherwise ignored.
 */
export const getNetwork = cached('network', async (query: NetworkQuery): Promise<NetworkView & { missingInitiative: boolean }> => {
  const focus = query.initiative ? await initiativeId(query.initiative) : undefined;
  const raw = await readGraph(query);
  const graph = filterGraph(raw, { types: query.types, from: query.from, to: query.to, focus, hops: 2, limit: query.limit });
  return { ...(await place(graph, focus)), missingInitiative: Boolean(query.initiative && !focus) };
});

/** A record page's own network: the record, the records tied to it (the most connected first), and their ties. */
export const LOCAL_NETWORK_LIMIT = 24;

export const getLocalNetwork = cached('local-network', async (type: RecordTypeName, slug: string): Promise<NetworkView | null> => {
  const record = await db().record.findFirst({ where: { type: toDbType(type), slug, state: 'PUBLISHED', deletedAt: null }, select: { id: true } });
  if (!record) return null;
  const raw = await readEgoGraph(record.id);
  const graph = filterGraph(raw, { types: [], focus: record.id, hops: 1, limit: LOCAL_NETWORK_LIMIT + 1 });
  return graph.nodes.length > 1 ? place(graph, record.id, { width: 760, height: 420 }) : null;
});

export interface NetworkChoices {
  initiatives: { slug: string; names: TextRow[] }[];
  years: { min: number; max: number } | null;
}

/** How many initiatives the filter offers: the most connected; any other is one link away on its own page. */
export const INITIATIVE_CHOICES = 100;

/** What the network's filters offer: the most connected initiatives, and the years events span. */
export const getNetworkChoices = cached('network-choices', async (): Promise<NetworkChoices> => {
  const [ranked, years] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`
      SELECT i."id" FROM "Record" i
      JOIN "Link" l ON l."fromId" = i."id" OR l."toId" = i."id"
      JOIN "Record" o ON o."id" = CASE WHEN l."fromId" = i."id" THEN l."toId" ELSE l."fromId" END
      WHERE i."type" = 'INITIATIVE' AND i."state" = 'PUBLISHED' AND i."deletedAt" IS NULL AND o."state" = 'PUBLISHED' AND o."deletedAt" IS NULL
      GROUP BY i."id" ORDER BY count(*) DESC, i."id" LIMIT ${INITIATIVE_CHOICES}`,
    db().$queryRaw<{ min: number | null; max: number | null }[]>`
      SELECT min(EXTRACT(YEAR FROM "date"))::int AS min, max(EXTRACT(YEAR FROM coalesce("endDate", "date")))::int AS max
      FROM "Record" WHERE ${published} AND "date" IS NOT NULL AND "type" IN ('CONFERENCE', 'INITIATIVE', 'STATEMENT')`,
  ]);
  const initiatives = await db().record.findMany({
    where: { id: { in: ranked.map((row) => row.id) } },
    select: { slug: true, texts: { where: { field: 'name' }, select: { field: true, locale: true, text: true, status: true } } },
  });
  const span = years[0];
  return {
    initiatives: initiatives.map((row) => ({ slug: row.slug, names: row.texts })),
    years: span?.min != null && span.max != null ? { min: span.min, max: span.max } : null,
  };
});

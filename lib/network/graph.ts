import { edgeKinds, kindOfRelation, networkTypes, type GraphEdge, type GraphNode, type NetworkType, type RawGraph, type Tie, type EdgeKind } from './types';

/**
 * Narrowing the whole cooperation graph to what one view shows: types, a period, the
 * neighbourhood of one record, and a cap on the number of nodes so a large corpus stays
 * readable (the most connected first). Pure functions: the data layer reads, these decide.
 */
export interface GraphFilter {
  /** Node types to show; empty means all. */
  types: readonly NetworkType[];
  /** Years, inclusive. Events (conferences, initiatives) outside it, or undated, are left out. */
  from?: number;
  to?: number;
  /** A node id whose neighbourhood (`hops` away) is all the view shows; it is always kept. */
  focus?: string;
  hops?: number;
  /** At most this many nodes. */
  limit: number;
}

export interface FilteredGraph {
  nodes: (GraphNode & { degree: number })[];
  edges: MergedEdge[];
  /** Connected nodes matching the filter before the cap. */
  total: number;
  truncated: boolean;
}

export interface MergedEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  ties: Tie[];
  statements: number;
}

const timeless: ReadonlySet<NetworkType> = new Set(['organisation', 'person']);

/** Whether an event's dates overlap the years from–to (either end open). */
export function inPeriod(node: Pick<GraphNode, 'type' | 'date' | 'endDate'>, from?: number, to?: number): boolean {
  if (from === undefined && to === undefined) return true;
  if (timeless.has(node.type)) return true;
  if (!node.date) return false;
  const start = Number(node.date.slice(0, 4));
  const end = Number((node.endDate ?? node.date).slice(0, 4));
  return (from === undefined || end >= from) && (to === undefined || start <= to);
}

function neighbours(edges: readonly { from: string; to: string }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    let set = map.get(a);
    if (!set) map.set(a, (set = new Set()));
    set.add(b);
  };
  for (const edge of edges) {
    add(edge.from, edge.to);
    add(edge.to, edge.from);
  }
  return map;
}

/** Nodes within `hops` of `start`, breadth first. */
export function neighbourhood(start: string, edges: readonly { from: string; to: string }[], hops: number): Set<string> {
  const adjacent = neighbours(edges);
  const seen = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < hops && frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/** Ties between the same two records become one edge; direct links lead, statements follow. */
export function mergeEdges(edges: readonly GraphEdge[]): MergedEdge[] {
  const merged = new Map<string, MergedEdge>();
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    const [a, b] = edge.from < edge.to ? [edge.from, edge.to] : [edge.to, edge.from];
    const key = `${a}|${b}`;
    let item = merged.get(key);
    if (!item) merged.set(key, (item = { from: edge.from, to: edge.to, kind: kindOfRelation[edge.relation], ties: [], statements: 0 }));
    const reversed = edge.from !== item.from;
    if (!item.ties.some((tie) => tie.relation === edge.relation && tie.reversed === reversed)) item.ties.push({ relation: edge.relation, reversed });
    item.statements += edge.statements;
  }
  for (const item of merged.values()) {
    item.ties.sort((x, y) => edgeKinds.indexOf(kindOfRelation[x.relation]) - edgeKinds.indexOf(kindOfRelation[y.relation]) || x.relation.localeCompare(y.relation));
    item.kind = kindOfRelation[item.ties[0].relation];
  }
  return [...merged.values()];
}

function keepConnected(ids: Set<string>, edges: MergedEdge[], focus?: string) {
  const inside = edges.filter((edge) => ids.has(edge.from) && ids.has(edge.to));
  const linked = new Set(inside.flatMap((edge) => [edge.from, edge.to]));
  if (focus && ids.has(focus)) linked.add(focus);
  return { ids: linked, edges: inside };
}

export function filterGraph(raw: RawGraph, filter: GraphFilter): FilteredGraph {
  const types = new Set(filter.types.length ? filter.types : networkTypes);
  const byId = new Map(raw.nodes.map((node) => [node.id, node]));
  const focus = filter.focus && byId.has(filter.focus) ? filter.focus : undefined;
  let ids = new Set(
    raw.nodes.filter((node) => node.id === focus || (types.has(node.type) && inPeriod(node, filter.from, filter.to))).map((node) => node.id),
  );
  let edges = mergeEdges(raw.edges.filter((edge) => ids.has(edge.from) && ids.has(edge.to)));
  if (focus) {
    const near = neighbourhood(focus, edges, filter.hops ?? 2);
    ids = new Set([...ids].filter((id) => near.has(id)));
  }
  ({ ids, edges } = keepConnected(ids, edges, focus));
  const total = ids.size;

  let degrees = degreeOf(edges);
  if (ids.size > filter.limit) {
    const ranked = [...ids].sort((a, b) => (b === focus ? 1 : 0) - (a === focus ? 1 : 0) || (degrees.get(b) ?? 0) - (degrees.get(a) ?? 0) || (a < b ? -1 : 1));
    ({ ids, edges } = keepConnected(new Set(ranked.slice(0, filter.limit)), edges, focus));
    degrees = degreeOf(edges);
  }
  const nodes = [...ids]
    .map((id) => ({ ...byId.get(id)!, degree: degrees.get(id) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  return { nodes, edges, total, truncated: ids.size < total };
}

/** Distinct neighbours per node. */
function degreeOf(edges: readonly MergedEdge[]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const edge of edges) {
    degrees.set(edge.from, (degrees.get(edge.from) ?? 0) + 1);
    degrees.set(edge.to, (degrees.get(edge.to) ?? 0) + 1);
  }
  return degrees;
}

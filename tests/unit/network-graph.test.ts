import { describe, expect, it } from 'vitest';
import { filterGraph, inPeriod, mergeEdges, neighbourhood } from '@/lib/network/graph';
import type { GraphEdge, GraphNode, RawGraph } from '@/lib/network/types';

const node = (id: string, type: GraphNode['type'], date: string | null = null): GraphNode => ({ id, type, date, endDate: null });
const edge = (from: string, to: string, relation: GraphEdge['relation'] = 'PARTICIPATED_IN', statements = 0): GraphEdge => ({ from, to, relation, statements });

// A hub organisation with people and a conference around it, an initiative two steps away, and a
// lone organisation with no ties.
const graph: RawGraph = {
  nodes: [
    node('hub', 'organisation'),
    node('p1', 'person'),
    node('p2', 'person'),
    node('c2018', 'conference', '2018-11-08'),
    node('c2010', 'conference', '2010-05-01'),
    node('cnodate', 'conference'),
    node('init', 'initiative', '2003-01-01'),
    node('alone', 'organisation'),
  ],
  edges: [
    edge('p1', 'hub', 'POSITION'),
    edge('p2', 'hub', 'POSITION'),
    edge('hub', 'c2018'),
    edge('p1', 'c2018', 'SPOKE_AT'),
    edge('p1', 'c2018', 'STATEMENT', 3),
    edge('hub', 'c2010'),
    edge('hub', 'cnodate'),
    edge('init', 'c2010', 'ADOPTED_BY'),
  ],
};
const ids = (result: ReturnType<typeof filterGraph>) => result.nodes.map((n) => n.id).sort();

describe('the network filters', () => {
  it('shows every tied record, most connected first, and leaves out records without ties', () => {
    const result = filterGraph(graph, { types: [], limit: 100 });
    expect(ids(result)).toEqual(['c2010', 'c2018', 'cnodate', 'hub', 'init', 'p1', 'p2']);
    expect(result.nodes[0]).toMatchObject({ id: 'hub', degree: 5 });
    expect(result.truncated).toBe(false);
  });

  it('merges ties between the same two records into one edge, direct links before statements', () => {
    const [merged] = mergeEdges([edge('p1', 'c2018', 'STATEMENT', 3), edge('c2018', 'p1', 'SPOKE_AT')]);
    expect(merged.kind).toBe('participation');
    expect(merged.ties).toEqual([
      { relation: 'SPOKE_AT', reversed: true },
      { relation: 'STATEMENT', reversed: false },
    ]);
    expect(merged.statements).toBe(3);
  });

  it('narrows by type, and drops what is left without ties', () => {
    const result = filterGraph(graph, { types: ['organisation', 'person'], limit: 100 });
    expect(ids(result)).toEqual(['hub', 'p1', 'p2']);
  });

  it('keeps only events inside the period; organisations and people stay while tied', () => {
    expect(inPeriod(node('x', 'conference', '2018-01-01'), 2015, 2020)).toBe(true);
    expect(inPeriod(node('x', 'conference', '2010-01-01'), 2015)).toBe(false);
    expect(inPeriod(node('x', 'conference'), 2015)).toBe(false);
    expect(inPeriod(node('x', 'person'), 2015, 2016)).toBe(true);
    expect(inPeriod({ type: 'conference', date: '2012-01-01', endDate: '2016-01-01' }, 2015, 2020)).toBe(true);
    const result = filterGraph(graph, { types: [], from: 2015, to: 2020, limit: 100 });
    expect(ids(result)).toEqual(['c2018', 'hub', 'p1', 'p2']);
  });

  it('around an initiative shows what lies within two steps of it, and always the initiative', () => {
    expect([...neighbourhood('init', graph.edges, 1)].sort()).toEqual(['c2010', 'init']);
    const result = filterGraph(graph, { types: [], focus: 'init', hops: 2, limit: 100 });
    expect(ids(result)).toEqual(['c2010', 'hub', 'init']);
    // Even when its own type is not shown.
    expect(ids(filterGraph(graph, { types: ['organisation', 'conference'], focus: 'init', hops: 2, limit: 100 }))).toContain('init');
  });

  it('caps a large network at its most connected records and says how many there were', () => {
    const result = filterGraph(graph, { types: [], limit: 3 });
    expect(result.total).toBe(7);
    expect(result.truncated).toBe(true);
    expect(result.nodes.length).toBeLessThanOrEqual(3);
    expect(result.nodes[0].id).toBe('hub');
    for (const e of result.edges) expect(ids(result)).toEqual(expect.arrayContaining([e.from, e.to]));
  });
});

import type { LinkRoleName } from '@/lib/validation/link';

/**
 * The cooperation network as pages receive it: plain JSON, no database rows. Shared by the
 * server (which reads and lays it out) and the client explorer (which only draws it).
 */
export const networkTypes = ['organisation', 'person', 'conference', 'initiative'] as const;
export type NetworkType = (typeof networkTypes)[number];

/**
 * How two records are tied, for colour and legend: a direct link's role falls in one of these;
 * `position` is a person's post at an organisation, `statement` a statement whose speaker is one
 * end and whose conference or initiative is the other.
 */
export const edgeKinds = ['membership', 'participation', 'initiative', 'cooperation', 'position', 'statement'] as const;
export type EdgeKind = (typeof edgeKinds)[number];

export type Relation = LinkRoleName | 'POSITION' | 'STATEMENT';

export const kindOfRelation: Record<Relation, EdgeKind> = {
  PART_OF: 'membership',
  MEMBER_OF: 'membership',
  PARTICIPATED_IN: 'participation',
  SPOKE_AT: 'participation',
  OPENED_BY: 'participation',
  ORGANISED_BY: 'participation',
  INITIATED_BY: 'participation',
  PROPOSED_BY: 'initiative',
  ADOPTED_BY: 'initiative',
  GUIDED_BY: 'initiative',
  CONCERNS: 'initiative',
  COOPERATES_WITH: 'cooperation',
  POSITION: 'position',
  STATEMENT: 'statement',
  // Roles that never join two network types (statements, countries, sources); listed for completeness.
  SPEAKER: 'statement',
  MADE_AT: 'statement',
  HELD_IN: 'participation',
  BASED_IN: 'membership',
  MENTIONS: 'statement',
};

/** A node as read from the database: identity, type and when it happened (for the period filter). */
export interface GraphNode {
  id: string;
  type: NetworkType;
  /** ISO dates; null for timeless records (organisations, people) and undated events. */
  date: string | null;
  endDate: string | null;
}

/** One tie between two records, in the direction the link was written. */
export interface GraphEdge {
  from: string;
  to: string;
  relation: Relation;
  /** For `STATEMENT` ties: how many statements make it. */
  statements: number;
}

export interface RawGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A laid-out node. `x`, `y` in the layout's own units; `r` its drawn radius. */
export interface PlacedNode {
  id: string;
  type: NetworkType;
  slug: string;
  degree: number;
  x: number;
  y: number;
  r: number;
}

/** One relation of a drawn edge; `reversed` when the link was written from target to source. */
export interface Tie {
  relation: Relation;
  reversed: boolean;
}

/** Ties between the same two records merged into one drawn edge (indexes into the node list). */
export interface PlacedEdge {
  source: number;
  target: number;
  /** The kind of its first tie (direct links before statements): the edge's colour. */
  kind: EdgeKind;
  ties: Tie[];
  statements: number;
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { ViewBox } from './types';

/**
 * A force-directed layout computed once, on the server (docs/decisions/011): d3-force run to
 * rest in one go, no animation. d3-force starts from a fixed spiral and draws its jitter from a
 * seeded generator, so the same graph always gets the same picture, which makes it cacheable
 * and keeps a shared link showing what its sender saw.
 */
export interface LayoutInput {
  nodes: { degree: number }[];
  edges: { source: number; target: number }[];
  /** A node held at the centre (the record a local network is about). */
  centre?: number;
}

export interface Layout {
  points: { x: number; y: number; r: number }[];
  viewBox: ViewBox;
}

interface Body extends SimulationNodeDatum {
  r: number;
}

/** Drawn radius: grows with the square root of the connections, so hubs stand out without swamping. */
export const radiusFor = (degree: number) => Math.min(16, 4 + 1.6 * Math.sqrt(degree));

const round = (value: number) => Math.round(value * 10) / 10;

export function layoutGraph({ nodes, edges, centre }: LayoutInput, frame = { width: 1100, height: 680 }, padding = 40): Layout {
  const bodies: Body[] = nodes.map((node, index) => ({
    r: radiusFor(node.degree),
    ...(index === centre ? { fx: 0, fy: 0 } : {}),
  }));
  const links = edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const simulation = forceSimulation(bodies)
    .force('link', forceLink(links).distance(36).strength(0.6))
    .force('charge', forceManyBody().strength(-70).theta(0.9).distanceMax(300))
    // Nodes keep 24 px apart at the drawn scale: each stays a target of its own.
    .force('collide', forceCollide<Body>((body) => Math.max(body.r, 10) + 3))
    // A wider pull vertically than horizontally: screens are wide, and loose parts stay near.
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.09))
    // 200 steps from full heat to rest instead of d3's 300: the picture barely changes, the cost drops by a third.
    .alphaDecay(1 - Math.pow(0.001, 1 / 200))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);

  if (bodies.length === 0) return { points: [], viewBox: { x: 0, y: 0, width: 100, height: 100 } };
  // Spread a small graph's rest position to fill a frame about as wide as the page, so a unit
  // is about a pixel on a desktop and labels and markers keep their intended size. Only the
  // distances scale, never the markers, and never down: markers stay 24 units apart.
  const xs = bodies.map((b) => b.x!);
  const ys = bodies.map((b) => b.y!);
  const spanX = Math.max(...xs) - Math.min(...xs) || 1;
  const spanY = Math.max(...ys) - Math.min(...ys) || 1;
  const scale = Math.min(3, Math.max(1, Math.min((frame.width - 2 * padding) / spanX, (frame.height - 2 * padding) / spanY)));
  const points = bodies.map((body) => ({ x: round(body.x! * scale), y: round(body.y! * scale), r: round(body.r) }));
  const minX = Math.min(...points.map((p) => p.x - p.r)) - padding;
  const maxX = Math.max(...points.map((p) => p.x + p.r)) + padding;
  const minY = Math.min(...points.map((p) => p.y - p.r)) - padding;
  const maxY = Math.max(...points.map((p) => p.y + p.r)) + padding;
  return {
    points,
    viewBox: { x: Math.floor(minX), y: Math.floor(minY), width: Math.ceil(maxX - minX), height: Math.ceil(maxY - minY) },
  };
}

import { describe, expect, it } from 'vitest';
import { layoutGraph } from '@/lib/network/layout';

// A ring of 40 with spokes to a hub: enough for forces to matter.
const nodes = Array.from({ length: 41 }, (_, i) => ({ degree: i === 0 ? 40 : 3 }));
const edges = [
  ...Array.from({ length: 40 }, (_, i) => ({ source: 0, target: i + 1 })),
  ...Array.from({ length: 40 }, (_, i) => ({ source: i + 1, target: ((i + 1) % 40) + 1 })),
];

describe('the network layout', () => {
  it('is the same picture every time for the same graph (cacheable, shareable)', () => {
    expect(layoutGraph({ nodes, edges })).toEqual(layoutGraph({ nodes, edges }));
  });

  it('keeps markers apart, so each can be seen and pointed at', () => {
    const { points } = layoutGraph({ nodes, edges });
    let closest = Infinity;
    for (let a = 0; a < points.length; a++)
      for (let b = a + 1; b < points.length; b++) closest = Math.min(closest, Math.hypot(points[a].x - points[b].x, points[a].y - points[b].y));
    expect(closest).toBeGreaterThan(18);
  });

  it('draws hubs larger, holds a centred record in the middle, and frames everything', () => {
    const { points, viewBox } = layoutGraph({ nodes, edges, centre: 5 });
    expect(points[0].r).toBeGreaterThan(points[1].r);
    expect(points[5]).toMatchObject({ x: 0, y: 0 });
    for (const p of points) {
      expect(p.x - p.r).toBeGreaterThanOrEqual(viewBox.x);
      expect(p.x + p.r).toBeLessThanOrEqual(viewBox.x + viewBox.width);
      expect(p.y - p.r).toBeGreaterThanOrEqual(viewBox.y);
      expect(p.y + p.r).toBeLessThanOrEqual(viewBox.y + viewBox.height);
    }
  });
});

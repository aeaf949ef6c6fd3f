import { describe, expect, it } from 'vitest';
import { nearestInDirection, zoomAt } from '@/components/network/view-math';
import { parseNetworkQuery, networkQueryObject } from '@/lib/validation/network-query';

describe('the network explorer geometry', () => {
  it('zooms about a point, which stays where it was on screen', () => {
    const at = { x: 100, y: 50 };
    const view = zoomAt({ k: 1, x: 0, y: 0 }, 2, at, 1, 8);
    expect(view.k).toBe(2);
    expect(view.x + at.x * view.k).toBeCloseTo(at.x);
    expect(view.y + at.y * view.k).toBeCloseTo(at.y);
    expect(zoomAt(view, 100, at, 1, 8).k).toBe(8);
    expect(zoomAt(view, 0.1, at, 1, 8)).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('moves with the arrow keys to the nearest record that way', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 1 },
      { x: 30, y: 0 },
      { x: 0, y: -20 },
      { x: -5, y: 40 },
    ];
    expect(nearestInDirection(points, 0, [1, 0])).toBe(1);
    expect(nearestInDirection(points, 0, [0, -1])).toBe(3);
    expect(nearestInDirection(points, 0, [0, 1])).toBe(4);
    expect(nearestInDirection(points, 2, [1, 0])).toBeNull();
  });
});

describe('the network query', () => {
  it('reads types, an initiative, a period and a limit, and names what it drops', () => {
    const { query, ignored } = parseNetworkQuery({ type: ['person', 'organisation', 'bogus'], initiative: 'operation-mercenary', from: '2019', to: '2010', limit: '400', colour: 'red' });
    expect(query).toEqual({ types: ['organisation', 'person'], initiative: 'operation-mercenary', from: 2010, to: 2019, limit: 400 });
    expect(ignored.sort()).toEqual(['colour', 'type']);
  });

  it('keeps one address per view: every type is none, defaults are left out', () => {
    const { query } = parseNetworkQuery({ type: ['organisation', 'person', 'conference', 'initiative'] });
    expect(query.types).toEqual([]);
    expect(networkQueryObject(query)).toEqual({});
  });

  it('shows the same network as tables on request, and keeps that in links', () => {
    const { query, ignored } = parseNetworkQuery({ view: ['table'], limit: '50' });
    expect(query).toEqual({ types: [], limit: 50, view: 'table' });
    expect(ignored).toEqual([]);
    expect(networkQueryObject(query)).toEqual({ limit: '50', view: 'table' });
    expect(parseNetworkQuery({ view: 'chart' }).ignored).toEqual(['view']);
  });

  it('refuses limits it does not offer and slugs that are not slugs', () => {
    const { query, ignored } = parseNetworkQuery({ limit: '100000', initiative: '../../etc', from: '1066' });
    expect(query).toEqual({ types: [], limit: 150 });
    expect(ignored.sort()).toEqual(['from', 'initiative', 'limit']);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, NO_RECORDS, shadeOf, shades } from '@/components/map/map-classes';
import { worldShapes } from '@/lib/geo/world';
import { parseMapQuery } from '@/lib/validation/map-query';

describe('the map', () => {
  it('draws every country of the seed corpus, Kosovo included (world-atlas gives it no code)', () => {
    const files = readdirSync('prisma/seed/data').filter((name) => name.endsWith('.json'));
    const records = files.flatMap((name) => (JSON.parse(readFileSync(`prisma/seed/data/${name}`, 'utf8')) as { records: { type: string; attributes?: { iso2?: string } }[] }).records);
    const codes = records.filter((record) => record.type === 'country' && record.attributes?.iso2).map((record) => record.attributes!.iso2!);
    expect(codes.length).toBeGreaterThanOrEqual(15);
    const drawn = new Map(worldShapes().map((shape) => [shape.iso2, shape]));
    for (const code of codes) expect(drawn.get(code)?.d, code).toMatch(/^M/);
    expect(drawn.get('RU')!.area).toBeGreaterThan(drawn.get('AM')!.area);
  });

  it('shades counts in classes that cover every count, darker for more', () => {
    const counts = [0, 1, 1, 2, 3, 5, 8, 13, 40, 0];
    const { classOf, bins } = classify(counts);
    expect(classOf(0)).toBe(-1);
    for (const count of counts.filter((c) => c > 0)) {
      const bin = bins[classOf(count)];
      expect(count).toBeGreaterThanOrEqual(bin.from);
      expect(count).toBeLessThanOrEqual(bin.to);
    }
    for (let i = 1; i < counts.length; i++) if (counts[i] > counts[i - 1] && counts[i - 1] > 0) expect(classOf(counts[i])).toBeGreaterThanOrEqual(classOf(counts[i - 1]));
    expect(bins.length).toBeLessThanOrEqual(shades.length);
    expect(shadeOf(bins.length - 1, bins.length)).toBe(shades[shades.length - 1]);
    expect(shadeOf(-1, bins.length)).toBe(NO_RECORDS);
    expect(classify([0, 0]).bins).toEqual([]);
  });

  it('reads which records to count, and drops what it does not know', () => {
    expect(parseMapQuery({ type: 'conference' })).toEqual({ type: 'conference', ignored: [] });
    expect(parseMapQuery({ type: 'person', zoom: '3' })).toEqual({ type: undefined, ignored: ['type', 'zoom'] });
  });
});

import { scaleQuantile, scaleThreshold } from 'd3-scale';

/**
 * Shading classes for counts per country: up to five, cut at the quantiles of the distinct
 * non-zero counts (so a few very busy countries do not leave everyone else in the palest shade,
 * and many countries sharing one small count do not swallow the classes), rounded to whole
 * records so each class reads as a range ("3–5"). Zero is its own, unshaded class.
 */
export const shades = ['#dbeafe', '#93c5fd', '#3b82f6', '#1d4ed8', '#1e3a8a'] as const;
export const NO_RECORDS = '#f1f5f9';

export interface Classes {
  /** Index into `shades`, or -1 for zero. */
  classOf: (count: number) => number;
  bins: { from: number; to: number }[];
}

export function classify(counts: readonly number[]): Classes {
  const values = counts.filter((count) => count > 0).sort((a, b) => a - b);
  if (values.length === 0) return { classOf: () => -1, bins: [] };
  const distinct = [...new Set(values)];
  const quantiles = scaleQuantile<number>()
    .domain(distinct)
    .range(Array.from({ length: Math.min(shades.length, distinct.length) }, (_, i) => i))
    .quantiles();
  const min = values[0];
  const max = values[values.length - 1];
  const thresholds = [...new Set(quantiles.map((q) => Math.ceil(q)))].filter((t) => t > min && t <= max).sort((a, b) => a - b);
  const scale = scaleThreshold<number, number>().domain(thresholds).range(thresholds.map((_, i) => i).concat(thresholds.length));
  const edges = [min, ...thresholds, max + 1];
  return {
    classOf: (count) => (count > 0 ? scale(count) : -1),
    bins: edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1] - 1 })),
  };
}

/** The colour of a class, spread over the palette so the busiest class is always the darkest. */
export function shadeOf(index: number, classes: number): string {
  if (index < 0) return NO_RECORDS;
  if (classes <= 1) return shades[2];
  return shades[Math.round((index * (shades.length - 1)) / (classes - 1))];
}

import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from '@/lib/geo/world';
import { NO_RECORDS } from './map-classes';

export interface MapEntry {
  slug: string;
  iso2: string;
  name: string;
  lang?: string;
  /** The count the map shades by. */
  value: number;
  fill: string;
  href: string;
  label: string;
}

/** Shapes smaller than this (square units) get a dot as well, so they can be seen and pointed at. */
const SMALL = 40;

/**
 * The world map as server-rendered SVG: every country drawn, those with records as links
 * (focusable, Enter opens), named by their aria-label. `data-country` lets the tooltip find them.
 */
export function WorldMap({ entries, label }: { entries: MapEntry[]; label: string }) {
  const byIso = new Map(entries.filter((entry) => entry.value > 0).map((entry) => [entry.iso2, entry]));
  const shapes = worldShapes();
  const plain = shapes.filter((shape) => !shape.iso2 || !byIso.has(shape.iso2));
  const linked = shapes.filter((shape) => shape.iso2 && byIso.has(shape.iso2));
  return (
    <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label={label} className="h-auto w-full rounded border border-slate-200 bg-sky-50">
      <g aria-hidden="true">
        {plain.map((shape, index) => (
          <path key={index} d={shape.d} fill={NO_RECORDS} stroke="#94a3b8" strokeWidth={0.5} />
        ))}
      </g>
      {linked.map((shape) => {
        const entry = byIso.get(shape.iso2!)!;
        return (
          <a key={entry.slug} href={entry.href} data-country={entry.slug} aria-label={entry.label} className="[&:focus-visible>path]:stroke-slate-900 [&:hover>path]:stroke-slate-900 [&:hover>path]:stroke-2">
            <path d={shape.d} fill={entry.fill} stroke="#475569" strokeWidth={0.6} />
            {shape.area < SMALL && <circle cx={shape.centroid[0]} cy={shape.centroid[1]} r={4} fill={entry.fill} stroke="#0f172a" strokeWidth={1} />}
          </a>
        );
      })}
    </svg>
  );
}

/** Countries with records that the 1:110m atlas does not draw (too small), listed beside the map. */
export function undrawn(entries: MapEntry[]): MapEntry[] {
  const drawn = new Set(worldShapes().map((shape) => shape.iso2));
  return entries.filter((entry) => entry.value > 0 && !drawn.has(entry.iso2));
}

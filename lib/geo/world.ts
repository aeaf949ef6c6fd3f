import 'server-only';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { isoNumeric } from './iso-numeric';

/**
 * The world's countries as SVG paths, projected once per process on the server from the
 * world-atlas package (Natural Earth 1:110m): no tiles, nothing fetched at run time, and no
 * geography code sent to the browser. Antarctica is left out (no record involves it, and it
 * would take a fifth of the height).
 */
export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for the few shapes without a code (N. Cyprus, Somaliland). */
  iso2: string | null;
  /** world-atlas's English name, for shapes no record names. */
  name: string;
  d: string;
  /** Where a marker goes for a country too small to see or point at. */
  centroid: [number, number];
  /** Projected area in square units: small ones get a marker. */
  area: number;
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;

/** Shapes world-atlas draws without a numeric id, matched by name. */
const unnumbered: Record<string, string | null> = { Kosovo: 'XK', 'N. Cyprus': null, Somaliland: null };

let shapes: CountryShape[] | undefined;

export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const iso2ByNumeric = new Map(Object.entries(isoNumeric).map(([iso2, numeric]) => [numeric, iso2]));
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const countries = collection.features.filter((country) => country.id !== '010');
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features: countries },
  );
  // Whole units: a unit is about a pixel at full width, and the paths are a third smaller.
  const path = geoPath(projection).digits(0);
  shapes = countries.map((country: Feature<Geometry, { name: string }>) => {
    const [x, y] = path.centroid(country);
    return {
      iso2: country.id !== undefined ? (iso2ByNumeric.get(String(country.id)) ?? null) : (unnumbered[country.properties.name] ?? null),
      name: country.properties.name,
      d: path(country) ?? '',
      centroid: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
      area: path.area(country),
    };
  });
  return shapes;
}

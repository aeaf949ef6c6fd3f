import type { EdgeKind } from '@/lib/network/types';
import type { RecordTypeName } from '@/lib/validation/records';

/**
 * One colour and one shape per record type, the same in every chart, so the network, the
 * timeline and the dossier read alike. Colours keep at least 4.5:1 against white (graphics need
 * 3:1), and the shape says the type too, so nothing depends on telling colours apart.
 */
export const typeColor: Record<RecordTypeName, string> = {
  organisation: '#1d4ed8',
  person: '#b45309',
  conference: '#047857',
  initiative: '#a21caf',
  statement: '#475569',
  source: '#0e7490',
  country: '#7c2d12',
};

export const edgeColor: Record<EdgeKind, string> = {
  membership: '#475569',
  participation: '#0f766e',
  initiative: '#a21caf',
  cooperation: '#1d4ed8',
  position: '#b45309',
  statement: '#94a3b8',
};

/** Dashed: ties made by statements, as opposed to links stated as facts. */
export const edgeDash: Partial<Record<EdgeKind, string>> = { statement: '4 3' };

/**
 * The outline of a type's marker, centred on 0,0 with `r` as its size: organisations circles,
 * people triangles, conferences squares, initiatives diamonds, statements and sources small
 * circles and squares. Areas are roughly equal for equal `r`.
 */
export function markerPath(type: RecordTypeName, r: number): string {
  const f = (value: number) => Math.round(value * 10) / 10;
  switch (type) {
    case 'person': {
      const h = r * 1.25;
      return `M0,${f(-h)}L${f(h * 0.95)},${f(h * 0.7)}L${f(-h * 0.95)},${f(h * 0.7)}Z`;
    }
    case 'conference':
    case 'source': {
      const s = f(r * 0.88);
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'initiative': {
      const d = f(r * 1.2);
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    default:
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
  }
}

import { getTranslations } from 'next-intl/server';
import { edgeColor, edgeDash, markerPath, typeColor } from '@/components/charts/type-style';
import { edgeKinds, networkTypes, type EdgeKind, type NetworkType } from '@/lib/network/types';

/** What the markers and lines mean: each type's shape and colour, each kind of tie's colour. */
export async function NetworkLegend({ types = networkTypes, kinds = edgeKinds }: { types?: readonly NetworkType[]; kinds?: readonly EdgeKind[] }) {
  const [t, tTypes] = await Promise.all([getTranslations('Network'), getTranslations('Types')]);
  return (
    <div className="flex flex-wrap gap-x-8 gap-y-2 text-sm text-slate-800">
      <div>
        <h3 className="font-medium">{t('legendNodes')}</h3>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {types.map((type) => (
            <li key={type} className="inline-flex items-center gap-1.5">
              <svg aria-hidden="true" width="16" height="16" viewBox="-8 -8 16 16">
                <path d={markerPath(type, 6)} fill={typeColor[type]} />
              </svg>
              {tTypes(`many.${type}`)}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-medium">{t('legendEdges')}</h3>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {kinds.map((kind) => (
            <li key={kind} className="inline-flex items-center gap-1.5">
              <svg aria-hidden="true" width="24" height="10" viewBox="0 0 24 10">
                <line x1="0" y1="5" x2="24" y2="5" stroke={edgeColor[kind]} strokeWidth="2" strokeDasharray={edgeDash[kind]} />
              </svg>
              {t(`edges.${kind}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

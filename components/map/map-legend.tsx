import { getTranslations } from 'next-intl/server';
import { NO_RECORDS, shadeOf, type Classes } from './map-classes';

/** The shading classes as swatches with the range of counts each stands for. */
export async function MapLegend({ classes }: { classes: Classes }) {
  const t = await getTranslations('Map');
  const items = [
    { fill: NO_RECORDS, label: t('none') },
    ...classes.bins.map((bin, index) => ({
      fill: shadeOf(index, classes.bins.length),
      label: bin.from === bin.to ? t('exactly', { count: bin.from }) : t('range', { from: bin.from, to: bin.to }),
    })),
  ];
  return (
    <div className="text-sm text-slate-800">
      <h3 className="font-medium">{t('legend')}</h3>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map((item) => (
          <li key={item.label} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block size-4 rounded-sm border border-slate-400" style={{ background: item.fill }} />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

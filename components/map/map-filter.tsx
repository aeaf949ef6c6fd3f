import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { mapTypes, type MapType } from '@/lib/validation/map-query';

/** Which records the map counts: a plain GET form, so the choice is in the address and works without JavaScript. */
export async function MapFilter({ type }: { type?: MapType }) {
  const locale = (await getLocale()) as AppLocale;
  const [t, tTypes] = await Promise.all([getTranslations('Map'), getTranslations('Types')]);
  return (
    <form method="get" action={getPathname({ href: '/map', locale })} className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <div>
        <label htmlFor="map-type" className="block font-medium">
          {t('measure')}
        </label>
        <select id="map-type" name="type" defaultValue={type ?? ''} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900">
          <option value="">{t('measureAll')}</option>
          {mapTypes.map((item) => (
            <option key={item} value={item}>
              {tTypes(`many.${item}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        {t('apply')}
      </button>
    </form>
  );
}

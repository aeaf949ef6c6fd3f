import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function SiteFooter({ text }: { text: string }) {
  const t = await getTranslations('Nav');
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-6 text-sm text-slate-700">
        <p>{text}</p>
        <ul className="flex flex-wrap gap-x-4">
          <li>
            <Link href="/alerts" className="inline-block min-h-6 text-blue-800 underline">
              {t('alerts')}
            </Link>
          </li>
          <li>
            <Link href="/open-data" className="inline-block min-h-6 text-blue-800 underline">
              {t('openData')}
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}

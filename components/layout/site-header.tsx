import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';

const sections = [
  ['statements', '/statements'],
  ['conferences', '/conferences'],
  ['organisations', '/organisations'],
  ['initiatives', '/initiatives'],
  ['people', '/people'],
  ['sources', '/sources'],
  ['timeline', '/timeline'],
  ['network', '/network'],
  ['map', '/map'],
  ['search', '/search'],
  ['openData', '/open-data'],
] as const;

export async function SiteHeader() {
  const t = await getTranslations('Nav');
  const tLayout = await getTranslations('Layout');
  return (
    <header className="border-b border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="font-semibold text-slate-900">
          {t('home')}
        </Link>
        <nav aria-label={tLayout('primaryNav')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {sections.map(([key, href]) => (
              <li key={key}>
                <Link href={href} className="text-blue-800 hover:underline">
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LocaleSwitcher />
      </div>
    </header>
  );
}

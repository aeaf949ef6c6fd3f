import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** A home-page section: a heading, a short list of records, and a link to all of them. */
export async function RecordTeasers({
  id,
  heading,
  note,
  allHref,
  allLabel,
  children,
}: {
  id: string;
  heading: string;
  note?: string;
  allHref: string;
  allLabel: string;
  children: ReactNode[];
}) {
  const t = await getTranslations('Home');
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      {note && <p className="text-sm text-slate-700">{note}</p>}
      {children.length === 0 ? <p className="text-slate-700">{t('noneYet')}</p> : <ul className="space-y-4">{children}</ul>}
      <p>
        <Link href={allHref} className="text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2">
          {allLabel}
        </Link>
      </p>
    </section>
  );
}

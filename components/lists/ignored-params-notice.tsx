import { getFormatter, getTranslations } from 'next-intl/server';

// The address is the reader's to type: cap what is echoed back, so a long one cannot flood the page.
const MAX_SHOWN = 8;
const MAX_LENGTH = 40;

/** Says which query parameters the list could not use, instead of failing or ignoring them silently. */
export async function IgnoredParamsNotice({ ignored }: { ignored: string[] }) {
  if (ignored.length === 0) return null;
  const t = await getTranslations('Lists');
  const format = await getFormatter();
  const names = ignored.slice(0, MAX_SHOWN).map((name) => (name.length > MAX_LENGTH ? `${name.slice(0, MAX_LENGTH)}…` : name));
  if (ignored.length > MAX_SHOWN) names.push('…');
  return (
    <p role="note" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      {t('ignored', { params: format.list(names, { type: 'conjunction' }) })}
    </p>
  );
}

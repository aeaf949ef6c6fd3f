import type { ElementType } from 'react';
import { getLocale } from 'next-intl/server';
import type { ShownText as ShownTextValue } from '@/lib/data/texts';
import { TextBadge } from './text-badge';

/**
 * A translatable field in the page's language, or the other language's text with a badge and
 * the right `lang`, never a blank when either language has text. `badge` off for compact
 * places (links in lists) where the lang attribute alone is enough.
 */
export async function ShownText({
  value,
  as: Tag = 'span',
  className,
  badge = true,
}: {
  value: ShownTextValue | null;
  as?: ElementType;
  className?: string;
  badge?: boolean;
}) {
  if (!value) return null;
  const locale = await getLocale();
  return (
    <Tag className={className} lang={value.lang === locale ? undefined : value.lang}>
      {value.text}
      {badge && <TextBadge value={value} />}
    </Tag>
  );
}

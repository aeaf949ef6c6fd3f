import { getLocale, getTranslations } from 'next-intl/server';
import { ShownText } from '@/components/text/shown-text';
import { pickText } from '@/lib/data/texts';
import type { RecordDetail } from '@/lib/data/record-shapes';

const fields = ['location', 'description', 'context'] as const;

/**
 * A record's prose fields in the reader's language (or the other one, badged): a conference's
 * location, a description, a statement's context. Fields the record does not have are skipped.
 */
export async function RecordTexts({ record }: { record: RecordDetail }) {
  const [t, locale] = await Promise.all([getTranslations('Record'), getLocale()]);
  const shown = fields.map((field) => ({ field, value: pickText(record.texts, field, locale) })).filter((item) => item.value);
  if (shown.length === 0) return null;
  return (
    <div className="space-y-6">
      {shown.map(({ field, value }) => (
        <section key={field} aria-labelledby={`field-${field}`} className="space-y-2">
          <h2 id={`field-${field}`} className="text-xl font-semibold">
            {t(field)}
          </h2>
          <ShownText value={value} as="p" className="max-w-prose whitespace-pre-line break-words" />
        </section>
      ))}
    </div>
  );
}

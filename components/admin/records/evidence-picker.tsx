'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { ParagraphOption } from '@/lib/data/admin/editor-record';
import { errorId, FieldError } from '../form/field-error';

/**
 * The source paragraphs a record rests on, by document: plain checkboxes (no script needed),
 * documents already cited open, each paragraph shown in the editor's language.
 */
export function EvidencePicker({ sources, chosen, errors }: {
  sources: { source: string; title: string; paragraphs: ParagraphOption[] }[];
  chosen: string[];
  errors?: string[];
}) {
  const t = useTranslations('Admin.evidence');
  const locale = useLocale() as 'ru' | 'en';
  return (
    <fieldset className="rounded border border-slate-300 p-3" aria-describedby={errors?.length ? errorId('evidence') : undefined}>
      <legend className="px-1 text-sm font-medium">{t('legend')}</legend>
      <p className="mb-2 text-xs text-slate-600">{t('hint')}</p>
      {sources.map((source) => {
        const cited = source.paragraphs.filter((paragraph) => chosen.includes(paragraph.ref)).length;
        return (
          <details key={source.source} open={cited > 0} className="mb-2">
            <summary className="cursor-pointer text-sm">
              {source.title} {cited > 0 && <span className="text-slate-600">({t('cited', { count: cited })})</span>}
            </summary>
            <ul className="mt-1 max-h-72 space-y-1 overflow-auto pl-2">
              {source.paragraphs.map((paragraph) => (
                <li key={paragraph.ref}>
                  <label className="flex gap-2 text-sm">
                    <input type="checkbox" name="evidence" value={paragraph.ref} defaultChecked={chosen.includes(paragraph.ref)} className="mt-1" />
                    <span>
                      <span className="font-medium">¶ {paragraph.number}</span>{' '}
                      <span lang={paragraph.text[locale] ? locale : undefined}>{(paragraph.text[locale] ?? paragraph.text.ru ?? paragraph.text.en ?? '').slice(0, 220)}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      <FieldError id={errorId('evidence')} errors={errors} />
    </fieldset>
  );
}

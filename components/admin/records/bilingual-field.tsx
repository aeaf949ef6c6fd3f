'use client';
import { useTranslations } from 'next-intl';
import type { TextStatus } from '@/lib/generated/prisma/enums';
import type { TextFieldConfig } from '@/lib/editor/form-config';
import { TextField } from '../form/text-field';

/**
 * One translatable field: Russian and English side by side, each with its status, so the editor
 * always knows which is the original. An outdated translation can be confirmed as still current.
 */
export function BilingualField({ field, label, values, statuses, errors }: {
  field: TextFieldConfig;
  label: string;
  values: Record<string, string[] | undefined>;
  statuses: Record<string, TextStatus>;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations('Admin.texts');
  const languages = useTranslations('Languages');
  const outdated = (['ru', 'en'] as const).some((locale) => statuses[`${field.name}.${locale}`] === 'OUTDATED');
  return (
    <fieldset className="rounded border border-slate-300 p-3">
      <legend className="px-1 text-sm font-medium">
        {label}
        {field.required && <span className="text-slate-600"> ({t('required')})</span>}
      </legend>
      <div className="grid gap-3 md:grid-cols-2">
        {(['ru', 'en'] as const).map((locale) => {
          const name = `texts.${field.name}.${locale}`;
          const status = statuses[`${field.name}.${locale}`];
          return (
            <div key={locale}>
              <TextField
                name={name}
                label={`${languages(locale)}${status ? ` · ${t(status)}` : values[name]?.[0] ? '' : ` · ${t('missing')}`}`}
                value={values[name]?.[0]}
                errors={errors[name]}
                multiline={field.long}
                rows={field.name === 'quote' ? 6 : 3}
                lang={locale}
              />
            </div>
          );
        })}
      </div>
      {outdated && (
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" name="translationCurrent" value={field.name} />
          {t('stillCurrent')}
        </label>
      )}
    </fieldset>
  );
}

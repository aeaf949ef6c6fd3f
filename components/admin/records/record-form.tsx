'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle } from '@/lib/actions/action-state';
import {
  saveConferenceAction, saveCountryAction, saveInitiativeAction, saveOrganisationAction, savePersonAction, saveSourceAction, saveStatementAction,
} from '@/lib/actions/records';
import type { ParagraphOption } from '@/lib/data/admin/editor-record';
import type { FormConfig } from '@/lib/editor/form-config';
import type { TextStatus } from '@/lib/generated/prisma/enums';
import { FormStatus } from '../form/form-status';
import { SelectField } from '../form/select-field';
import { SubmitButton } from '../form/submit-button';
import { TextField } from '../form/text-field';
import { BilingualField } from './bilingual-field';
import { ConflictPanel } from './conflict-panel';
import { EvidencePicker } from './evidence-picker';
import { RelationPicker } from './relation-picker';
import { SlugField } from './slug-field';

const saveActions = {
  statement: saveStatementAction, conference: saveConferenceAction, organisation: saveOrganisationAction, initiative: saveInitiativeAction,
  person: savePersonAction, source: saveSourceAction, country: saveCountryAction,
};

export interface RecordFormProps {
  config: FormConfig;
  initial: Record<string, string[]>;
  textStatus: Record<string, TextStatus>;
  recordId?: string;
  refLabels: Record<string, string>;
  sources: { source: string; title: string; paragraphs: ParagraphOption[] }[];
  canSubmit: boolean;
}

/**
 * The one form for every record type, laid out from the type's config. It posts to the type's
 * save action (a plain form post without JavaScript); after an error it comes back with what was
 * typed, the errors by field, and, if someone saved first, what they changed.
 */
export function RecordForm({ config, initial, textStatus, recordId, refLabels, sources, canSubmit }: RecordFormProps) {
  const t = useTranslations('Admin');
  const kinds = useTranslations('Kinds');
  const statuses = useTranslations('Statuses');
  const languages = useTranslations('Languages');
  const locale = useLocale();
  const [state, action] = useActionState(saveActions[config.type], idle);
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const version = state.conflict ? String(state.conflict.version) : values.version?.[0] ?? '0';
  const first = (name: string) => values[name]?.[0] ?? '';

  const labelOf = (field: string): string => {
    const [head, name, side] = field.split('.');
    if (head === 'texts') return `${t(`fields.${name}` as 'fields.name')}${side ? ` (${languages(side as 'ru')})` : ''}`;
    if (head === 'relations') return t(`roles.${name}` as 'roles.SPEAKER');
    if (head === 'attributes') return t(`fields.${name}` as 'fields.kind');
    if (head === 'aliases') return `${t('fields.aliases')}${name ? ` (${languages(name as 'ru')})` : ''}`;
    return t.has(`fields.${head}` as 'fields.slug') ? t(`fields.${head}` as 'fields.slug') : field;
  };
  const fieldLabels = Object.fromEntries(Object.keys(errors).map((field) => [field, labelOf(field)]));

  return (
    <form action={action} key={state.stamp ?? 'initial'} className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {recordId && <input type="hidden" name="id" value={recordId} />}
      <input type="hidden" name="version" value={version} />
      <FormStatus state={state} labels={fieldLabels} />
      {state.conflict && <ConflictPanel conflict={state.conflict} mine={values} labelOf={labelOf} />}

      <section className="grid gap-4 md:grid-cols-2" aria-label={t('sections.identity')}>
        <SlugField type={config.type} value={first('slug')} recordId={recordId} errors={errors.slug} label={t('fields.slug')} />
        <SelectField
          name="originalLocale"
          label={t('fields.originalLocale')}
          value={first('originalLocale') || locale}
          options={(['ru', 'en'] as const).map((value) => ({ value, label: languages(value) }))}
          errors={errors.originalLocale}
        />
        <TextField name="date" label={t('fields.date')} hint={t('hints.date')} value={first('date')} errors={errors.date} />
        <TextField name="endDate" label={t('fields.endDate')} hint={t('hints.date')} value={first('endDate')} errors={errors.endDate} />
        {config.attributes.map((attribute) =>
          attribute.options ? (
            <SelectField
              key={attribute.name}
              name={`attributes.${attribute.name}`}
              label={t(`fields.${attribute.name}` as 'fields.kind')}
              value={first(`attributes.${attribute.name}`)}
              options={attribute.options.map((value) => ({ value, label: attribute.name === 'status' ? statuses(value as 'UNKNOWN') : kinds(value as 'OTHER') }))}
              errors={errors[`attributes.${attribute.name}`]}
            />
          ) : (
            <TextField key={attribute.name} name={`attributes.${attribute.name}`} label={t(`fields.${attribute.name}` as 'fields.url')} value={first(`attributes.${attribute.name}`)} errors={errors[`attributes.${attribute.name}`]} />
          ),
        )}
      </section>

      <section className="space-y-3" aria-label={t('sections.texts')}>
        {config.texts.map((field) => (
          <BilingualField key={field.name} field={field} label={t(`fields.${field.name}` as 'fields.name')} values={values} statuses={textStatus} errors={errors} />
        ))}
        <fieldset className="rounded border border-slate-300 p-3">
          <legend className="px-1 text-sm font-medium">{t('fields.aliases')}</legend>
          <div className="grid gap-3 md:grid-cols-2">
            {(['ru', 'en'] as const).map((side) => (
              <TextField key={side} name={`aliases.${side}`} label={languages(side)} hint={t('hints.aliases')} value={first(`aliases.${side}`)} errors={errors[`aliases.${side}`]} multiline rows={2} lang={side} />
            ))}
          </div>
        </fieldset>
      </section>

      {config.relations.length > 0 && (
        <section className="grid gap-3 md:grid-cols-2" aria-label={t('sections.relations')}>
          {config.relations.map((relation) => (
            <RelationPicker
              key={relation.role}
              name={`relations.${relation.role}`}
              label={t(`roles.${relation.role}` as 'roles.SPEAKER')}
              targets={relation.targets}
              selected={(values[`relations.${relation.role}`] ?? []).map((ref) => ({ ref, label: refLabels[ref] ?? ref }))}
              errors={errors[`relations.${relation.role}`]}
            />
          ))}
        </section>
      )}

      {config.citesParagraphs && <EvidencePicker sources={sources} chosen={values.evidence ?? []} errors={errors.evidence} />}

      <TextField name="summary" label={t('fields.summary')} hint={t('hints.summary')} value={first('summary')} errors={errors.summary} />

      <div className="flex flex-wrap gap-2">
        <SubmitButton name="intent" value="save">{state.conflict ? t('actions.saveMine') : t('actions.save')}</SubmitButton>
        {canSubmit && (
          <SubmitButton name="intent" value="submit" tone="secondary">
            {t('actions.saveAndSubmit')}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}

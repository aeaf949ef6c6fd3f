'use server';
import { saveRecord } from '@/lib/data/admin/record-save';
import { recordTag } from '@/lib/data/cache';
import { segments } from '@/lib/data/record-types';
import { editorSchema, isRepeatedEditorField } from '@/lib/validation/editor';
import { recordTypeNames, type RecordTypeName } from '@/lib/validation/records';
import type { ActionState } from './action-state';
import { defineAction } from './define-action';
import { refusal } from './outcomes';

/** Saving a record of each type: one wrapped action per type, so the type never comes from the form. */
const savers = Object.fromEntries(
  recordTypeNames.map((type) => [
    type,
    defineAction({
      permission: 'record.update',
      schema: editorSchema(type),
      repeated: isRepeatedEditorField,
      async run(input, { user }) {
        const result = await saveRecord(user, type, input);
        if (!result.ok) return refusal(result);
        const redirectTo = `/admin/${segments[type]}/${result.record.slug}?saved=${result.record.version}`;
        return { ok: true, redirectTo, freshTags: [recordTag(type, result.record.slug)] };
      },
    }),
  ]),
) as Record<RecordTypeName, (previous: ActionState, formData: FormData) => Promise<ActionState>>;

// One export per type (not one action bound to a type): a bound action cannot be posted by a
// form before JavaScript has loaded, and these forms must work without it.
export async function saveStatementAction(previous: ActionState, formData: FormData) {
  return savers.statement(previous, formData);
}
export async function saveConferenceAction(previous: ActionState, formData: FormData) {
  return savers.conference(previous, formData);
}
export async function saveOrganisationAction(previous: ActionState, formData: FormData) {
  return savers.organisation(previous, formData);
}
export async function saveInitiativeAction(previous: ActionState, formData: FormData) {
  return savers.initiative(previous, formData);
}
export async function savePersonAction(previous: ActionState, formData: FormData) {
  return savers.person(previous, formData);
}
export async function saveSourceAction(previous: ActionState, formData: FormData) {
  return savers.source(previous, formData);
}
export async function saveCountryAction(previous: ActionState, formData: FormData) {
  return savers.country(previous, formData);
}

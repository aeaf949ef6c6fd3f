'use server';
import { z } from 'zod';
import { saveRecord } from '@/lib/data/admin/record-save';
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
        return { ok: true, redirectTo: `/admin/${segments[type]}/${result.record.slug}?saved=${result.record.version}` };
      },
    }),
  ]),
) as Record<RecordTypeName, (previous: ActionState, formData: FormData) => Promise<ActionState>>;

export async function saveRecordAction(type: RecordTypeName, previous: ActionState, formData: FormData): Promise<ActionState> {
  const saver = savers[z.enum(recordTypeNames).catch('statement').parse(type)];
  return saver(previous, formData);
}

'use server';
import { z } from 'zod';
import { restoreDeletedRecord, softDeleteRecord } from '@/lib/data/admin/deletion';
import { restoreRevision } from '@/lib/data/admin/revisions';
import { transitionRecord, transitions, type Transition } from '@/lib/data/admin/workflow';
import { segments } from '@/lib/data/record-types';
import type { RecordTypeName } from '@/lib/validation/records';
import type { ActionState } from './action-state';
import { defineAction } from './define-action';
import { refusal } from './outcomes';

const idSchema = z.object({ id: z.uuid({ error: 'invalid' }) });
const editPath = (type: string, slug: string) => `/admin/${segments[type as RecordTypeName]}/${slug}`;

const steps = Object.fromEntries(
  (Object.keys(transitions) as Transition[]).map((step) => [
    step,
    defineAction({
      permission: transitions[step].permission,
      schema: idSchema,
      async run({ id }, { user }) {
        const result = await transitionRecord(user, id, step);
        if (!result.ok) return refusal(result);
        return { ok: true, redirectTo: `${editPath(result.record.type, result.record.slug)}?done=${step}` };
      },
    }),
  ]),
) as Record<Transition, (previous: ActionState, formData: FormData) => Promise<ActionState>>;

export async function submitForReviewAction(previous: ActionState, formData: FormData) {
  return steps.submit(previous, formData);
}
export async function publishAction(previous: ActionState, formData: FormData) {
  return steps.publish(previous, formData);
}
export async function returnToDraftAction(previous: ActionState, formData: FormData) {
  return steps.return(previous, formData);
}
export async function archiveAction(previous: ActionState, formData: FormData) {
  return steps.archive(previous, formData);
}
export async function unarchiveAction(previous: ActionState, formData: FormData) {
  return steps.unarchive(previous, formData);
}

const deleteRecord = defineAction({
  permission: 'record.delete',
  schema: idSchema.extend({ confirmed: z.literal('yes').optional() }),
  async run({ id, confirmed }, { user }) {
    const result = await softDeleteRecord(user, id, { confirmed: confirmed === 'yes' });
    if (!result.ok) return refusal(result);
    return { ok: true, redirectTo: `${editPath(result.record.type, result.record.slug)}?done=delete` };
  },
});
export async function deleteRecordAction(previous: ActionState, formData: FormData) {
  return deleteRecord(previous, formData);
}

const undeleteRecord = defineAction({
  permission: 'record.undelete',
  schema: idSchema,
  async run({ id }, { user }) {
    const result = await restoreDeletedRecord(user, id);
    if (!result.ok) return refusal(result);
    return { ok: true, redirectTo: `${editPath(result.record.type, result.record.slug)}?done=undelete` };
  },
});
export async function undeleteRecordAction(previous: ActionState, formData: FormData) {
  return undeleteRecord(previous, formData);
}

const restore = defineAction({
  permission: 'revision.restore',
  schema: idSchema.extend({ version: z.coerce.number().int().min(1).max(1_000_000_000) }),
  async run({ id, version }, { user }) {
    const result = await restoreRevision(user, id, version);
    if (!result.ok) return refusal(result);
    return { ok: true, redirectTo: `${editPath(result.record.type, result.record.slug)}/history?done=restore` };
  },
});
export async function restoreRevisionAction(previous: ActionState, formData: FormData) {
  return restore(previous, formData);
}

'use server';
import { z } from 'zod';
import { isSlugFree } from '@/lib/data/admin/admin-records';
import { saveRecord } from '@/lib/data/admin/record-save';
import { slugify } from '@/lib/editor/slug';
import { localeSchema } from '@/lib/validation/common';
import type { EditorInput } from '@/lib/validation/editor';
import type { ActionState } from './action-state';
import { defineAction } from './define-action';
import { refusal } from './outcomes';

/**
 * "Create a missing person or organisation" from a relation picker: a draft with the typed name
 * in the editor's language and a free transliterated slug, completed later on its own form.
 */
const schema = z.object({
  type: z.enum(['person', 'organisation']),
  name: z.string().trim().min(2).max(500),
  nameLocale: localeSchema,
});

const createDraft = defineAction({
  permission: 'record.create',
  schema,
  async run({ type, name, nameLocale }, { user }) {
    const base = slugify(name) || type;
    let slug = base.length >= 2 ? base : `${type}-${base}`;
    for (let n = 2; !(await isSlugFree(user, type, slug)); n++) slug = `${base}-${n}`;
    const input = {
      type, slug, originalLocale: nameLocale, aliases: [],
      attributes: type === 'organisation' ? { kind: 'OTHER' } : {},
      texts: { name: { [nameLocale]: name } },
      version: 0, relations: {}, evidence: [], translationCurrent: [], intent: 'save',
    } as unknown as EditorInput;
    const result = await saveRecord(user, type, input);
    if (!result.ok) return refusal(result);
    return { ok: true, data: { ref: `${type}:${slug}`, name } };
  },
});

export async function createDraftAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return createDraft(previous, formData);
}

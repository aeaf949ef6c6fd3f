'use server';
import { createUser, updateUser } from '@/lib/data/admin/users';
import { newUserSchema, userUpdateSchema } from '@/lib/validation/account';
import type { ActionState } from './action-state';
import { defineAction } from './define-action';
import { refusal } from './outcomes';

const create = defineAction({
  permission: 'users.manage',
  schema: newUserSchema,
  async run(input, { user }) {
    const result = await createUser(user, input);
    if (!result.ok) return refusal(result);
    return { ok: true, changed: false, redirectTo: '/admin/users?done=created' };
  },
});
export async function createUserAction(previous: ActionState, formData: FormData) {
  return create(previous, formData);
}

const update = defineAction({
  permission: 'users.manage',
  schema: userUpdateSchema,
  async run(input, { user }) {
    const result = await updateUser(user, input.id, { role: input.role, disabled: input.disabled === 'on' });
    if (!result.ok) return refusal(result);
    return { ok: true, changed: false, redirectTo: '/admin/users?done=updated' };
  },
});
export async function updateUserAction(previous: ActionState, formData: FormData) {
  return update(previous, formData);
}

import { z } from 'zod';

/** Sign-in, password change and new accounts: shared by the forms and their actions. */
export const signInSchema = z.object({
  email: z.email({ error: 'email' }).max(320),
  password: z.string().min(1, { error: 'required' }).max(200),
  next: z.string().max(500).optional(),
});

const newPassword = z.string().min(10).max(200);

export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1, { error: 'required' }).max(200), newPassword, confirmPassword: z.string().max(200) })
  .refine((value) => value.newPassword === value.confirmPassword, { error: 'passwordMismatch', path: ['confirmPassword'] });

export const roleSchema = z.enum(['editor', 'reviewer', 'admin']);

export const newUserSchema = z.object({
  email: z.email({ error: 'email' }).max(320),
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  password: newPassword,
});

export const userUpdateSchema = z.object({
  id: z.string().min(1).max(100),
  role: roleSchema,
  disabled: z.literal('on').optional(),
});

/** Only paths inside the editors' area may be a sign-in's destination (no open redirect). */
export function safeNext(next: string | undefined): string {
  return next && /^\/admin(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(next) ? next : '/admin';
}

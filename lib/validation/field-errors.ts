import type { z } from 'zod';

/**
 * zod issues as message keys of the `Validation` namespace with their values, by field path
 * ("texts.name.en"). Schemas name their own keys (`{ error: 'slug' }`); the rest follow the code.
 */
export const validationKeys = [
  'required', 'tooLong', 'tooShort', 'invalid', 'slug', 'date', 'ref', 'paragraph', 'relation', 'iso2', 'email', 'url',
  'notFound', 'selfLink', 'slugTaken', 'iso2Taken', 'emailTaken', 'passwordMismatch', 'wrongPassword',
] as const;
export type ValidationKey = (typeof validationKeys)[number];

export interface FieldError {
  key: ValidationKey;
  values?: Record<string, number>;
}

const known = new Set<string>(validationKeys);

export function issueToError(issue: z.core.$ZodIssue): FieldError {
  if (known.has(issue.message)) return { key: issue.message as ValidationKey };
  switch (issue.code) {
    case 'too_big':
      return { key: 'tooLong', values: { max: Number(issue.maximum) } };
    case 'too_small':
      return Number(issue.minimum) <= 1 ? { key: 'required' } : { key: 'tooShort', values: { min: Number(issue.minimum) } };
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'email' : issue.format === 'url' ? 'url' : 'invalid' };
    case 'invalid_type':
      return { key: issue.input === undefined || issue.input === '' ? 'required' : 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

export function fieldErrorsOf(error: z.ZodError): Record<string, FieldError[]> {
  const errors: Record<string, FieldError[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.filter((part) => typeof part !== 'number').map(String).join('.') || '_form';
    const error = issueToError(issue);
    const list = (errors[path] ??= []);
    if (!list.some((other) => other.key === error.key)) list.push(error);
  }
  return errors;
}

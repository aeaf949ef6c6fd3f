import type { Conflict } from '@/lib/data/admin/record-save';
import type { Referrer } from '@/lib/data/admin/deletion';
import type { Outcome } from './define-action';

type Refusal =
  | { ok: false; conflict: Conflict }
  | { ok: false; fieldErrors: Record<string, string[]> }
  | { ok: false; referrers: Referrer[] }
  | { ok: false; formError: string };

/** A data-layer refusal as the wrapper's outcome (the same four shapes everywhere). */
export function refusal(result: Refusal): Outcome {
  if ('conflict' in result) return { ok: false, conflict: result.conflict };
  if ('fieldErrors' in result) return { ok: false, fieldErrors: result.fieldErrors };
  if ('referrers' in result) return { ok: false, referrers: result.referrers };
  return { ok: false, formError: result.formError };
}

import type { Conflict } from '@/lib/data/admin/record-save';
import type { Referrer } from '@/lib/data/admin/deletion';

/**
 * What every server action answers, for useActionState and for the no-JavaScript round trip:
 * localized messages only, the submitted values to put back, and the conflict or the records
 * linking to a deleted one when that is why it stopped.
 */
export interface ActionState {
  status: 'idle' | 'ok' | 'error';
  /** New for every answer, so a form remounts with the values it got back. */
  stamp?: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string[]>;
  conflict?: Conflict;
  referrers?: Referrer[];
  /** What a successful action made, for the client that called it (a new record's reference). */
  data?: Record<string, string>;
}

export const idle: ActionState = { status: 'idle' };

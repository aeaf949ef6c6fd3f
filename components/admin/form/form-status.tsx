import type { ActionState } from '@/lib/actions/action-state';
import { inputId } from './field-error';

/**
 * The answer to a submit, announced at once (role=alert), with a link to every field in error so
 * keyboard users get there in one step.
 */
export function FormStatus({ state, labels }: { state: ActionState; labels?: Record<string, string> }) {
  if (state.status === 'idle' || !state.message) return null;
  const errors = Object.entries(state.fieldErrors ?? {});
  const tone = state.status === 'ok' ? 'border-green-700 bg-green-50' : 'border-red-700 bg-red-50';
  return (
    <div role="alert" className={`rounded border-l-4 p-3 ${tone}`}>
      <p className="font-medium">{state.message}</p>
      {errors.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-sm">
          {errors.map(([field, messages]) => (
            <li key={field}>
              <a href={`#${inputId(field)}`} className="underline">
                {labels?.[field] ?? field}
              </a>
              : {messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

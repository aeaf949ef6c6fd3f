import { getTranslations } from 'next-intl/server';
import { archiveAction, publishAction, returnToDraftAction, submitForReviewAction, unarchiveAction, undeleteRecordAction } from '@/lib/actions/workflow';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session';
import { transitions, type Transition } from '@/lib/data/admin/workflow';
import { ActionButton } from './action-button';

const actions = { submit: submitForReviewAction, publish: publishAction, return: returnToDraftAction, archive: archiveAction, unarchive: unarchiveAction };

/** The workflow steps this user may take from the record's state, as buttons. */
export async function WorkflowBar({ user, id, state, deleted }: { user: SessionUser; id: string; state: string; deleted: boolean }) {
  const t = await getTranslations('Admin.workflow');
  if (deleted) {
    return can(user.role, 'record.undelete') ? <ActionButton action={undeleteRecordAction} fields={{ id }} label={t('undelete')} tone="primary" /> : null;
  }
  const steps = (Object.keys(transitions) as Transition[]).filter(
    (step) => (transitions[step].from as readonly string[]).includes(state) && can(user.role, transitions[step].permission),
  );
  if (!steps.length) return null;
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={t('label')}>
      {steps.map((step) => (
        <ActionButton key={step} action={actions[step]} fields={{ id }} label={t(step)} tone={step === 'publish' ? 'primary' : 'secondary'} />
      ))}
    </div>
  );
}

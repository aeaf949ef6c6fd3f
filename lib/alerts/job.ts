import 'server-only';
import { queueDigests } from './digests';
import { matchPublished } from './match';
import { pruneAlerts } from './prune';
import { sendDueMessages } from './send';
import { mailTransport, type MailTransport } from './transport';

export interface AlertJobResult {
  events: number;
  deliveries: number;
  digests: number;
  sent: number;
  retrying: number;
  failed: number;
  pruned: number;
}

/**
 * One run of the alert job: match newly published records against alerts, queue the digests
 * that are due, send what is due (retrying failures with backoff), prune. Every step reads its
 * work from the database and records its progress there, so any process may run it, at any
 * time, as often as it likes: the app's own interval, `npm run alerts:send` from cron, both.
 */
export async function runAlertJob({ now = new Date(), transport }: { now?: Date; transport?: MailTransport } = {}): Promise<AlertJobResult> {
  const mail = transport ?? mailTransport();
  try {
    const matched = await matchPublished();
    const digests = await queueDigests(now);
    const sent = await sendDueMessages(mail, now);
    const pruned = await pruneAlerts(now);
    return { ...matched, digests, ...sent, pruned };
  } finally {
    if (!transport) mail.close();
  }
}

import 'server-only';
import { runAlertJob } from './job';

/**
 * The alert job inside the app process: every minute, and at once when nudged. Only the timer
 * and a "running" flag live here (so runs never overlap in one process); all the job's state is
 * in the database, so a restart loses nothing and several processes may run it side by side.
 */
const INTERVAL_MS = 60_000;
const FIRST_RUN_MS = 5_000;

interface Worker {
  timer: NodeJS.Timeout;
  running: boolean;
  again: boolean;
}

const holder = globalThis as unknown as { alertWorker?: Worker };

function kick() {
  const worker = holder.alertWorker;
  if (!worker) return;
  if (worker.running) {
    worker.again = true;
    return;
  }
  worker.running = true;
  runAlertJob()
    .then((result) => {
      if (result.sent || result.failed || result.retrying) {
        console.info(`alerts: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed`);
      }
    })
    .catch((error: Error) => console.error(`alerts: the job failed: ${error.message}`))
    .finally(() => {
      worker.running = false;
      if (worker.again) {
        worker.again = false;
        kick();
      }
    });
}

export function startAlertWorker() {
  if (holder.alertWorker) return;
  const timer = setInterval(kick, INTERVAL_MS);
  timer.unref();
  holder.alertWorker = { timer, running: false, again: false };
  setTimeout(kick, FIRST_RUN_MS).unref();
}

export function stopAlertWorker() {
  clearInterval(holder.alertWorker?.timer);
  holder.alertWorker = undefined;
}

/**
 * Runs the job now instead of within the minute, in this process, if its worker runs here (in
 * tests and scripts it does nothing). Called after a reader's request queues an e-mail.
 */
export function nudgeAlertJob() {
  kick();
}

/**
 * For the editors' workflow, after a record is published: IMMEDIATE alerts go out at once
 * instead of within the minute. Optional: the job finds published records by itself.
 */
export const notifyPublished = nudgeAlertJob;

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';

/** One e-mail as the alert job hands it to a transport. */
export interface MailMessage {
  /** Stable per queued message (`<id@host>`), so a copy sent twice after a crash is recognisable. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface MailTransport {
  /** Where messages go, for logs: `smtp://host:port` or the outbox folder. */
  describe(): string;
  /** Resolves when the server accepted the message; rejects with nodemailer's error otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export class MailError extends Error {
  /** The server refused the message for good (SMTP 5xx): retrying would get the same answer. */
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean) {
    super(message);
    this.name = 'MailError';
    this.permanent = permanent;
  }
}

function toMailError(error: unknown): MailError {
  const failure = error as { message?: string; responseCode?: number; permanent?: boolean };
  const code = failure.responseCode ? `${failure.responseCode} ` : '';
  return new MailError(`${code}${failure.message ?? String(error)}`.slice(0, 1000), failure.permanent === true);
}

const fields = (message: MailMessage) => ({
  messageId: message.messageId,
  from: message.from,
  to: message.to,
  subject: message.subject,
  text: message.text,
  html: message.html,
  headers: message.headers,
});

/** Through an SMTP server: `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`. */
export function smtpTransport(url: string): MailTransport {
  const mailer = nodemailer.createTransport(url);
  const { host, protocol } = new URL(url);
  return {
    describe: () => `${protocol}//${host}`,
    async send(message) {
      try {
        await mailer.sendMail(fields(message));
      } catch (error) {
        throw toMailError(error);
      }
    },
    close: () => mailer.close(),
  };
}

/**
 * The embedded default: every message written to `<dir>/<time>-<id>.eml`, a file any mail
 * program opens, so a newcomer sees what readers would get without an SMTP server.
 */
export function outboxTransport(dir: string): MailTransport {
  const mailer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    describe: () => dir,
    async send(message) {
      try {
        const info = await mailer.sendMail(fields(message));
        await mkdir(dir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const id = message.messageId.replace(/[<>]/g, '').split('@')[0];
        await writeFile(join(dir, `${stamp}-${id}.eml`), info.message as Buffer);
      } catch (error) {
        throw toMailError(error);
      }
    },
    close: () => mailer.close(),
  };
}

export function outboxDir(): string {
  return resolve(process.env.DATA_DIR || '.data', 'outbox');
}

/** SMTP_URL when set, else the outbox under DATA_DIR. */
export function mailTransport(): MailTransport {
  const url = env().SMTP_URL;
  return url ? smtpTransport(url) : outboxTransport(outboxDir());
}

import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  parsed: ParsedMail;
  raw: string;
  to: string[];
}

/**
 * A real SMTP server on a random local port, started by the test: it accepts every message
 * (or refuses the next ones with a chosen reply code) and keeps what it received, parsed.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  let refusals: { count: number; code: number; text: string } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals && refusals.count > 0) {
          refusals.count--;
          return callback(Object.assign(new Error(refusals.text), { responseCode: refusals.code }));
        }
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        simpleParser(raw)
          .then((parsed) => {
            received.push({ parsed, raw: raw.toString('utf8'), to });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The next `count` messages get `code text` instead of 250 (451: try later; 550: refused for good). */
    refuseNext(count: number, code: number, text: string) {
      refusals = { count, code, text };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a text body that matches `pattern`. */
export function linkIn(text: string | undefined, pattern: RegExp): string {
  const match = (text ?? '').match(new RegExp(`https?://\\S*${pattern.source}\\S*`));
  if (!match) throw new Error(`no link matching ${pattern} in:\n${text}`);
  return match[0];
}

export const tokenOf = (link: string) => link.split('/').pop()!;

/**
 * Hand a finished message to the local MTA: `sendmail -t -oi`, message on stdin. Postfix and Exim
 * both install a compatible `/usr/sbin/sendmail`; `MAILTRIAGE_SENDMAIL` names another program
 * (tests, or a relay-only host with msmtp). `-t` takes the recipients from the To header, `-oi`
 * keeps a line holding a single dot from ending the message.
 */
import { spawn } from 'node:child_process';
import { OutputError } from './output.js';

export const DEFAULT_SENDMAIL = '/usr/sbin/sendmail';

export function sendmailPath(): string {
  const configured = process.env['MAILTRIAGE_SENDMAIL'];
  return configured !== undefined && configured !== '' ? configured : DEFAULT_SENDMAIL;
}

/** Resolves when sendmail accepted the message (exit 0); throws OutputError otherwise. */
export function sendMail(message: string, program: string = sendmailPath()): Promise<void> {
  const target = `mail via ${program}`;
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['-t', '-oi'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 2000) stderr += chunk;
    });
    // A sendmail that exits before reading everything closes the pipe: its exit status says why.
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'ENOENT' ? 'no such program; install an MTA or set MAILTRIAGE_SENDMAIL' : error.message;
      reject(new OutputError(target, new Error(why)));
    });
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve();
        return;
      }
      const status = signal === null ? `exit status ${String(code)}` : `signal ${signal}`;
      const said = stderr.trim().split('\n')[0] ?? '';
      reject(new OutputError(target, new Error(`sendmail failed (${status})${said === '' ? '' : `: ${said}`}`)));
    });
    child.stdin.end(message, 'utf8');
  });
}

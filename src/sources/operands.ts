/**
 * Command-line operands → the list of inputs to read, in reading order.
 *
 * An operand is `-` (stdin), a file, a directory (its mail logs, one level of subdirectories
 * deep so `/var/log` finds `/var/log/exim4/mainlog`), or a glob (`'/var/log/mail.log*'`, quoted
 * so the shell leaves it to us). Problems are values, not exceptions: an operand that matches
 * nothing is reported and the others are still read.
 */
import { stat } from 'node:fs/promises';
import fg from 'fast-glob';
import { errorCode } from '../errors.js';
import { sortByRotation } from './rotation.js';

export type Input = { kind: 'stdin'; name: '-' } | { kind: 'file'; name: string; path: string };

export type OperandProblemReason = 'not-found' | 'no-match' | 'unreadable' | 'not-a-file';

export interface OperandProblem {
  operand: string;
  reason: OperandProblemReason;
  message: string;
}

/**
 * Mail log names inside a directory. Debian's mail.err / mail.warn / mail.info repeat lines of
 * mail.log, and Exim's rejectlog repeats the reject lines of mainlog, so they are left out
 * (name them explicitly to read them).
 */
const DIRECTORY_PATTERNS = [
  'mail.log',
  'mail.log.*',
  'mail.log-*',
  'maillog',
  'maillog.*',
  'maillog-*',
  'mainlog',
  'mainlog.*',
  'mainlog-*',
  'paniclog',
  'paniclog.*',
  'paniclog-*',
  '*/mainlog',
  '*/mainlog.*',
  '*/mainlog-*',
  '*/paniclog',
  '*/paniclog.*',
  '*/paniclog-*',
  '*/mail.log',
  '*/mail.log.*',
  '*/mail.log-*',
  '*/maillog',
  '*/maillog.*',
  '*/maillog-*',
];

const GLOB_CHARS = /[*?[\]{}]/;

function isGlob(operand: string): boolean {
  return GLOB_CHARS.test(operand);
}

async function expandOne(operand: string): Promise<{ paths: string[]; problem?: OperandProblem }> {
  if (isGlob(operand)) {
    const paths = await fg(operand, { onlyFiles: true, dot: true, followSymbolicLinks: true, suppressErrors: true });
    if (paths.length === 0) {
      return { paths, problem: { operand, reason: 'no-match', message: `${operand}: the pattern matches no file` } };
    }
    return { paths: sortByRotation(paths) };
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(operand);
  } catch (error) {
    const code = errorCode(error);
    const reason: OperandProblemReason = code === 'EACCES' || code === 'EPERM' ? 'unreadable' : 'not-found';
    const message = reason === 'unreadable' ? `${operand}: permission denied` : `${operand}: no such file or directory`;
    return { paths: [], problem: { operand, reason, message } };
  }
  if (info.isDirectory()) {
    const cwd = operand.endsWith('/') ? operand : `${operand}/`;
    const found = await fg(DIRECTORY_PATTERNS, { cwd, onlyFiles: true, dot: false, suppressErrors: true, deep: 2 });
    if (found.length === 0) {
      return {
        paths: [],
        problem: {
          operand,
          reason: 'no-match',
          message: `${operand}: no mail logs in this directory (looked for mail.log*, maillog*, mainlog*, paniclog*)`,
        },
      };
    }
    return { paths: sortByRotation(found.map((p) => cwd + p)) };
  }
  if (!info.isFile() && !info.isFIFO() && !info.isCharacterDevice()) {
    return { paths: [], problem: { operand, reason: 'not-a-file', message: `${operand}: not a regular file` } };
  }
  return { paths: [operand] };
}

/** Expand operands in order; a file named twice is read once. */
export async function resolveOperands(
  operands: readonly string[],
): Promise<{ inputs: Input[]; problems: OperandProblem[] }> {
  const inputs: Input[] = [];
  const problems: OperandProblem[] = [];
  const seen = new Set<string>();
  for (const operand of operands) {
    if (operand === '-') {
      if (!seen.has('-')) inputs.push({ kind: 'stdin', name: '-' });
      seen.add('-');
      continue;
    }
    const { paths, problem } = await expandOne(operand);
    if (problem !== undefined) problems.push(problem);
    for (const path of paths) {
      if (seen.has(path)) continue;
      seen.add(path);
      inputs.push({ kind: 'file', name: path, path });
    }
  }
  return { inputs, problems };
}

/** Bytes on disk of the file inputs (stdin and files gone since they were listed count 0). */
export async function totalFileBytes(inputs: readonly Input[]): Promise<number> {
  let total = 0;
  for (const input of inputs) {
    if (input.kind === 'file')
      total += await stat(input.path).then(
        (s) => s.size,
        () => 0,
      );
  }
  return total;
}

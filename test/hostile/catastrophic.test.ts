/**
 * No catastrophic backtracking and no quadratic scans: megabyte lines made of the characters the
 * scanners look for go through the parser, the classifier, the accumulator and every renderer
 * within a bound that only a blow-up would break; and every regex literal in src/ is run, in a
 * worker a watchdog can stop, against long strings built from its own characters, so a bad regex
 * added later is caught by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { Accumulator } from '../../src/aggregate/accumulator.js';
import type { Report } from '../../src/aggregate/model.js';
import { classifyEvent } from '../../src/classify/classify.js';
import { DEFAULT_POSTFIX_NAME, LineParser } from '../../src/parse/line.js';
import { ZoneClock } from '../../src/parse/time.js';
import { PINNED_EPOCH, ROOT, report } from '../helpers.js';
import { HOSTILE, hostileReport } from '../report/hostile.js';
import { attacksFor, type RegexLiteral, regexLiterals } from './regex-literals.js';
import { renderEverything } from './render-all.js';

/** Generous: these inputs take tens of milliseconds; only a super-linear blow-up takes seconds. */
const BOUND_MS = 2000;
const MB = 1 << 20;

function run(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

/** Bodies from the issue: reply continuations, and long runs of each character the scanners split on. */
const BODIES: Record<string, string> = {
  'said: 550- × 1 MB': run('said: 550-', MB),
  '1 MB reply, thousands of 550- continuations': `550-5.7.1 ${run('The message was rejected because of its content 550-5.7.1 ', MB)}550 5.7.1 end`,
  "Exim's \\n continuations × 1 MB": `550-5.7.1 ${run('rejected\\n550-5.7.1 ', MB)}`,
  '< × 256 KB': run('<', MB / 4),
  '[ × 256 KB': run('[', MB / 4),
  '( × 256 KB': run('(', MB / 4),
  '= × 256 KB': run('=', MB / 4),
  '@ × 256 KB': run('@', MB / 4),
  '; × 256 KB': run(';', MB / 4),
  'spaces × 256 KB': run(' ', MB / 4),
  'digits × 256 KB': run('9', MB / 4),
  '5.5.5.5. × 256 KB': run('5.5.', MB / 4),
  'said: + from= + to=< × 256 KB': run(' said: from=<to=<; from=<', MB / 4),
  'H=[ + rejected × 256 KB': run(' H=( [1.2.3.4 rejected ', MB / 4),
  'ESC[ and OSC × 256 KB': run('\u001b[1;2;3\u001b]8;;', MB / 4),
};

/** Where in a line a body lands: the reply of a Postfix bounce, a NOQUEUE reject, an Exim failure, a journal record. */
const CONTEXTS: Record<string, (body: string) => string> = {
  'postfix status=bounced': (b) =>
    `Jun  1 00:00:00 mx1 postfix/smtp[1]: 4F9D12345: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.1] said: ${b} (in reply to end of DATA command))`,
  'postfix NOQUEUE reject': (b) =>
    `Jun  1 00:00:00 mx1 postfix/smtpd[2]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: ${b}; from=<s@example.com> to=<r@example.net> proto=ESMTP helo=<${b.slice(0, 1000)}>`,
  'exim **': (b) =>
    `2024-06-01 00:00:00 1jmFYj-00039V-QX ** r@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.5]: SMTP error from remote mail server after RCPT TO:<r@example.net>: ${b}`,
  'exim rejected RCPT': (b) =>
    `2024-06-01 00:00:00 H=(${b.slice(0, 1000)}) [203.0.113.9] F=<s@example.com> rejected RCPT <r@example.net>: ${b}`,
  'no envelope': (b) => b,
};

function timed<T>(what: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = what();
  return { value, ms: performance.now() - t0 };
}

describe('megabyte lines stay linear', () => {
  const clock = new ZoneClock('UTC');
  for (const [bodyName, body] of Object.entries(BODIES)) {
    it(bodyName, () => {
      for (const [contextName, context] of Object.entries(CONTEXTS)) {
        const line = context(body);
        const parser = new LineParser({
          clock,
          referenceMs: PINNED_EPOCH * 1000,
          year: 2024,
          postfixName: DEFAULT_POSTFIX_NAME,
          eximLog: 'main',
        });
        const accumulator = new Accumulator();
        const steps = timed(() => {
          const parsed = parser.parse(line);
          const location = { source: 'hostile', line: 1 };
          if (parsed.ok === true) {
            accumulator.parsed(parsed.envelope, parsed.event, classifyEvent(parsed.event), location, line);
          } else if (parsed.ok === 'foreign') accumulator.foreign();
          else accumulator.unrecognised(parsed.reason, line, location, false);
          accumulator.finish();
          return report(accumulator);
        });
        expect(steps.ms, `${contextName}: parse + classify + accumulate`).toBeLessThan(BOUND_MS);
        const rendered = timed(() => renderEverything(steps.value));
        expect(rendered.ms, `${contextName}: render`).toBeLessThan(BOUND_MS);
        expect(steps.value.diagnostics.linesRead).toBe(1);
      }
    });
  }
});

const UNITS = ['<', '&', '`', '|', '*_', '"', '\\', ' ', '\n', '=', '0', '\u001b[', '\u001b]8;;', '\u2028', '\ud800'];

/**
 * The hostile test report with every log-derived string (about 60 of them) replaced by a 64 KiB
 * run of one of UNITS (the longest line the reader passes on), field k getting UNITS[k + shift].
 */
function bloated(shift: number): Report {
  const hostile = new Set<string>(HOSTILE);
  let k = 0;
  const big = (s: string) => `${s}${run(UNITS[(k++ + shift) % UNITS.length] ?? '', 64 * 1024)}${s}`;
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return hostile.has(value) ? big(value) : value;
    if (Array.isArray(value)) return value.map(visit);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, visit(v)]));
    }
    return value;
  };
  return visit(hostileReport()) as Report;
}

describe('every renderer stays linear on 64 KiB strings in every field', () => {
  for (const shift of [0, 4, 8, 12]) {
    it(`fields filled with runs of ${UNITS.slice(shift, shift + 4)
      .map((u) => JSON.stringify(u))
      .join(', ')}, ...`, () => {
      const model = bloated(shift);
      const rendered = timed(() => renderEverything(model));
      expect(rendered.ms).toBeLessThan(BOUND_MS);
      expect(rendered.value.size).toBeGreaterThan(5);
    });
  }
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every regex literal in src/**\/*.ts, found by reading the files. */
function sourceRegexes(): RegexLiteral[] {
  return walk(join(ROOT, 'src'))
    .filter((path) => path.endsWith('.ts'))
    .sort()
    .flatMap((path) => regexLiterals(path.slice(ROOT.length), readFileSync(path, 'utf8')));
}

/**
 * Runs attacks in a worker thread; the worker reports before each one, and a watchdog terminates
 * it (V8 can interrupt a running regex) when one attack takes longer than the bound.
 */
const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ source, flags, attacks }) => {
  const once = new RegExp(source, flags.replace('g', ''));
  const all = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  for (let i = 0; i < attacks.length; i++) {
    parentPort.postMessage({ started: i });
    once.lastIndex = 0;
    once.exec(attacks[i]);
    attacks[i].replace(all, '');
  }
  parentPort.postMessage({ done: true });
});
`;

function attackInWorker(regex: RegexLiteral, length: number, boundMs = BOUND_MS): Promise<string | null> {
  const attacks = attacksFor(regex.source, length);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true });
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        resolve(`/${regex.source}/${regex.flags} took over ${boundMs} ms on ${attacks[current]?.label ?? '?'}`);
      }, boundMs);
    };
    worker.on('message', (message: { started?: number; done?: boolean }) => {
      if (message.done === true) {
        clearTimeout(timer);
        void worker.terminate();
        resolve(null);
      } else {
        current = message.started ?? current;
        arm();
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    arm();
    worker.postMessage({ source: regex.source, flags: regex.flags, attacks: attacks.map((a) => a.text) });
  });
}

/**
 * Regexes that are super-linear on long input but only ever see short strings the program made
 * itself; they are attacked at their real bound. Anything applied to log text must not be here.
 */
const BOUNDED: readonly { file: string; source: string; length: number; why: string }[] = [
  { file: 'src/report/csv.ts', source: '\\.?0+$', length: 64, why: 'Number#toFixed(20) of a count' },
  { file: 'src/report/humanize.ts', source: '\\.?0+$', length: 64, why: 'Number#toFixed of a duration or size' },
  { file: 'src/report/alerts.ts', source: '\\.?0+$', length: 64, why: 'a formatted metric value' },
  { file: 'src/report/redact.ts', source: '\\s+$', length: 4096, why: "the operator's own salt (env or --salt-file)" },
];

function boundOf(regex: RegexLiteral): number {
  return BOUNDED.find((b) => b.file === regex.file && b.source === regex.source)?.length ?? 50_000;
}

describe('every regex literal in src/ against strings made of its own characters', () => {
  const regexes = sourceRegexes();

  it('finds the regex literals (and each compiles)', () => {
    expect(regexes.length).toBeGreaterThan(40);
    // Known members, so a tokenizer that silently finds nothing cannot pass.
    const sources = regexes.map((r) => `${r.file}: /${r.source}/${r.flags}`);
    expect(sources.some((s) => s.startsWith('src/report/text.ts') && s.includes('\\x1b'))).toBe(true);
    expect(sources).toContain('src/sources/operands.ts: /[*?[\\]{}]/');
    for (const r of regexes) expect(() => new RegExp(r.source, r.flags), `${r.file}:${r.line}`).not.toThrow();
  });

  it('each bounded exception still exists (so the list cannot rot)', () => {
    for (const b of BOUNDED) {
      expect(
        regexes.some((r) => r.file === b.file && r.source === b.source),
        `${b.file} /${b.source}/`,
      ).toBe(true);
    }
  });

  it('a catastrophic regex is caught by the watchdog', async () => {
    const bad = { file: 'example', line: 1, source: '^(a+)+$', flags: '' };
    expect(await attackInWorker(bad, 50_000, 300)).toMatch(/took over/);
    const quadratic = { file: 'example', line: 1, source: '\\s+$', flags: '' };
    expect(await attackInWorker(quadratic, 200_000, 300)).toMatch(/took over/);
  });

  it('no regex literal in src/ backtracks catastrophically', async () => {
    const failures: string[] = [];
    for (const regex of regexes) {
      const failure = await attackInWorker(regex, boundOf(regex));
      if (failure !== null) failures.push(`${regex.file}:${regex.line} ${failure}`);
    }
    expect(failures).toEqual([]);
  });
});

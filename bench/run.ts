/**
 * `npm run bench`: throughput (MB/s, lines/s) and peak RSS of the full report on seeded
 * 1M-line Postfix and Exim logs, plain and gzip, next to Node's floor and (when installed)
 * pflogsumm and eximstats measured in the same run, with a per-stage breakdown and the change
 * against bench/baseline.json. Never run by the tests. With `--growth`, also the full report on
 * ten times the lines, and how much more peak RSS that took (the bound: 10 %).
 *
 *   npm run bench -- [--lines N] [--runs N] [--seed N] [--no-peers] [--no-stages] [--growth]
 *                    [--save-baseline]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { generateExim, generatePostfix } from './generate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'dist-bench', 'data');
const BASELINE = join(ROOT, 'bench', 'baseline.json');
const MEASURE = join(ROOT, 'dist-bench', 'measure.js');
/** The V8 flags on bin/mailtriage.js's shebang line, so peak RSS is what users see. */
const NODE_FLAGS = (readFileSync(join(ROOT, 'bin', 'mailtriage.js'), 'utf8').split('\n')[0] ?? '')
  .split(' ')
  .filter((arg) => arg.startsWith('--'));

interface Options {
  lines: number;
  runs: number;
  seed: number;
  peers: boolean;
  stages: boolean;
  growth: boolean;
  saveBaseline: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i === -1 ? fallback : Number(argv[i + 1]);
  };
  return {
    lines: value('--lines', 1_000_000),
    runs: value('--runs', 1),
    seed: value('--seed', 42),
    peers: !argv.includes('--no-peers'),
    stages: !argv.includes('--no-stages'),
    growth: argv.includes('--growth'),
    saveBaseline: argv.includes('--save-baseline'),
  };
}

interface Sample {
  seconds: number;
  lines: number;
  maxRssMb: number;
}

/** Write a generated log (and, unless told not to, its gzip) once; later runs reuse it. */
async function dataset(
  mta: 'postfix' | 'exim',
  lines: number,
  seed: number,
  withGzip = true,
): Promise<{ plain: string; gzip: string }> {
  mkdirSync(DATA, { recursive: true });
  const plain = join(DATA, `${mta}-${lines}-${seed}.log`);
  const gzip = `${plain}.gz`;
  if (!existsSync(plain) || (withGzip && !existsSync(gzip))) {
    process.stderr.write(`generating ${plain} ...\n`);
    // eximstats (Debian, Exim 4.96) cannot read 4.97 ids; old ids keep the comparison fair.
    const log = mta === 'postfix' ? generatePostfix({ lines, seed }) : generateExim({ lines, seed, eximNewIdShare: 0 });
    const out = createWriteStream(plain);
    let batch: string[] = [];
    const flush = async () => {
      const text = `${batch.join('\n')}\n`;
      batch = [];
      if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    };
    for (const line of log.lines) {
      batch.push(line);
      if (batch.length >= 5000) await flush();
    }
    if (batch.length > 0) await flush();
    await new Promise<void>((resolve) => out.end(() => resolve()));
    if (withGzip) await pipeline(createReadStream(plain), createGzip(), createWriteStream(gzip));
  }
  return { plain, gzip };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(args: string[], runs: number): Sample {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [...NODE_FLAGS, MEASURE, ...args], {
      maxBuffer: 1 << 20,
    }).toString();
    samples.push(JSON.parse(out) as Sample);
  }
  return {
    seconds: median(samples.map((s) => s.seconds)),
    lines: samples[0]?.lines ?? 0,
    maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)),
  };
}

/** A peer tool's wall time and peak RSS (GNU time when present). */
function peer(command: string[], runs: number): Sample | null {
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const seconds: number[] = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const args = time === null ? command : ['-f', '%M', ...command];
    const result = spawnSync(time ?? (command[0] as string), time === null ? command.slice(1) : args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 << 20,
    });
    if (result.status !== 0) return null;
    seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    const kb = Number(result.stderr.toString().trim().split('\n').pop());
    if (Number.isFinite(kb)) rss = Math.max(rss, kb / 1024);
  }
  return { seconds: median(seconds), lines: 0, maxRssMb: rss };
}

function which(command: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${command}`])
    .stdout.toString()
    .trim();
  return found === '' ? null : found;
}

interface Row {
  name: string;
  bytes: number;
  sample: Sample;
}

function formatRow(row: Row, baseline: Record<string, number>): string {
  const mb = row.bytes / 1_048_576;
  const rate = mb / row.sample.seconds;
  const lps = row.sample.lines > 0 ? Math.round(row.sample.lines / row.sample.seconds).toLocaleString('en-US') : '-';
  const before = baseline[row.name];
  const change =
    before === undefined ? '' : `${((row.sample.seconds / before - 1) * 100).toFixed(0).padStart(4)}% time`;
  return [
    row.name.padEnd(26),
    `${mb.toFixed(1)} MB`.padStart(10),
    `${row.sample.seconds.toFixed(2)} s`.padStart(9),
    `${rate.toFixed(1)} MB/s`.padStart(12),
    `${lps} lines/s`.padStart(17),
    `${row.sample.maxRssMb.toFixed(0)} MB RSS`.padStart(12),
    change.padStart(12),
  ].join(' ');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const baseline = existsSync(BASELINE)
    ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as { seconds: Record<string, number> }).seconds
    : {};
  const rows: Row[] = [];
  const lines: string[] = [];
  const data = {
    postfix: await dataset('postfix', options.lines, options.seed),
    exim: await dataset('exim', options.lines, options.seed),
  };
  for (const mta of ['postfix', 'exim'] as const) {
    const { plain, gzip } = data[mta];
    const bytes = statSync(plain).size;
    rows.push({ name: `mailtriage ${mta}`, bytes, sample: measure(['full', plain], options.runs) });
    rows.push({ name: `mailtriage ${mta} .gz`, bytes, sample: measure(['full', gzip], options.runs) });
    const jobs = cpus().length;
    if (jobs > 1) {
      const sample = measure(['parallel', plain, String(jobs)], options.runs);
      rows.push({ name: `mailtriage ${mta} -j${jobs}`, bytes, sample });
    }
    rows.push({ name: `node floor ${mta}`, bytes, sample: measure(['floor', plain], options.runs) });
    if (options.stages) {
      for (const stage of ['read', 'parse', 'classify'] as const) {
        rows.push({ name: `  up to ${stage} (${mta})`, bytes, sample: measure(['stage', stage, plain], options.runs) });
      }
    }
  }
  const growth: string[] = [];
  if (options.growth) {
    const big = options.lines * 10;
    for (const mta of ['postfix', 'exim'] as const) {
      const { plain } = await dataset(mta, big, options.seed, false);
      const name = `mailtriage ${mta} 10x`;
      rows.push({ name, bytes: statSync(plain).size, sample: measure(['full', plain], options.runs) });
      const small = rows.find((r) => r.name === `mailtriage ${mta}`)?.sample.maxRssMb ?? Number.NaN;
      const large = rows.find((r) => r.name === name)?.sample.maxRssMb ?? Number.NaN;
      growth.push(
        `peak RSS ${mta}: ${small.toFixed(0)} MB at ${options.lines.toLocaleString('en-US')} lines, ${large.toFixed(0)} MB at ${big.toLocaleString('en-US')} (${large >= small ? '+' : ''}${((large / small - 1) * 100).toFixed(0)} %)`,
      );
    }
  }
  if (options.peers) {
    const pflogsumm = which('pflogsumm');
    const eximstats = join(ROOT, '.peers/exim4/usr/sbin/eximstats');
    if (pflogsumm !== null) {
      const sample = peer([pflogsumm, data.postfix.plain], options.runs);
      if (sample !== null) rows.push({ name: 'pflogsumm postfix', bytes: statSync(data.postfix.plain).size, sample });
    }
    if (existsSync(eximstats)) {
      const sample = peer(['perl', eximstats, data.exim.plain], options.runs);
      if (sample !== null) rows.push({ name: 'eximstats exim', bytes: statSync(data.exim.plain).size, sample });
    }
  }
  lines.push(
    `mailtriage bench · ${options.lines.toLocaleString('en-US')} lines per log, seed ${options.seed} · node ${process.version} · ${cpus().length} cores · median of ${options.runs}`,
    '',
  );
  for (const row of rows) lines.push(formatRow(row, baseline));
  const ratio = (ours: string, theirs: string) => {
    const a = rows.find((r) => r.name === ours);
    const b = rows.find((r) => r.name === theirs);
    return a !== undefined && b !== undefined ? (b.sample.seconds / a.sample.seconds).toFixed(2) : null;
  };
  const all = `-j${cpus().length}`;
  lines.push('');
  for (const [mta, peerName] of [
    ['postfix', 'pflogsumm'],
    ['exim', 'eximstats'],
  ] as const) {
    const one = ratio(`mailtriage ${mta}`, `${peerName} ${mta}`);
    const many = ratio(`mailtriage ${mta} ${all}`, `${peerName} ${mta}`);
    if (one === null) continue;
    const parallel = many === null ? '' : `, ${many}x with ${all}`;
    lines.push(`mailtriage vs ${peerName} on the same ${mta} log: ${one}x the throughput on one thread${parallel}`);
  }
  const gz = ratio('mailtriage postfix .gz', 'mailtriage postfix');
  if (gz !== null) lines.push(`gzip input takes ${(1 / Number(gz)).toFixed(2)}x the plain-file time (Postfix)`);
  lines.push(...growth);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (options.saveBaseline) {
    const seconds = Object.fromEntries(rows.map((r) => [r.name, Math.round(r.sample.seconds * 1000) / 1000]));
    writeFileSync(
      BASELINE,
      `${JSON.stringify({ savedAt: new Date().toISOString(), lines: options.lines, seconds }, null, 2)}\n`,
    );
    process.stdout.write(`baseline saved to ${BASELINE}\n`);
  }
}

await main();

/**
 * Seeded generator of realistic Postfix and Exim logs, with ground-truth counts.
 *
 * What is modelled: a single mail host (`mx1`) over a few days, with a diurnal arrival rate.
 * - Postfix (classic RFC 3164 syslog, `Mar  9` day padding): postscreen in front of smtpd, inbound
 *   mail to local mailboxes (lmtp / virtual / pipe, some via an amavis-style content filter that
 *   re-injects on 127.0.0.1:10025), outbound mail from local apps, SASL submission and pickup, remote
 *   delivery with sent / deferred / bounced outcomes drawn per provider, retries of deferred messages
 *   on qmgr queue scans with exponential backoff, `status=expired` after 5 days, bounce notifications,
 *   NOQUEUE rejects, reject_warning, cleanup hold / discard / reject / milter-reject, SASL brute force,
 *   postscreen drops, TLS lines, anvil / scache statistics and assorted warnings. Short and long
 *   (`enable_long_queue_ids`) queue ids; every queue id is unique within a file.
 * - Exim (native mainlog): `<=` arrivals, `=>` / `->` deliveries, `==` deferrals, `**` failures,
 *   bounce arrivals `<= <> R=parent`, `Completed`, retries on 30-minute queue runs following the
 *   Debian retry rule, `retry timeout exceeded` after 4 days, rejects without message id,
 *   authenticator failures, protocol errors and lost connections. Old 16-character ids (6-6-2) and,
 *   for a share of messages, 4.97+ 23-character ids (6-11-4).
 * - Both start with a backlog of messages deferred before the log begins, like a real rotated log.
 *
 * Where the line shapes come from (see /work/shared/corpus/MANIFEST.md): Postfix outbound flow and
 * the remote reply texts from FgForrest real-mail.log.2.log (its year-prefixed timestamp and `XXXX`
 * scrambling are not copied); smtpd, qmgr, SASL, TLS, rejects and postscreen from kumina / Hsn723 /
 * fail2ban / crowdsec / youyo / whyscream / wazuh; Exim from the Exim test-suite mainlog and the
 * gvengel exim_exporter, fail2ban, crowdsec and logstash samples. Constructed (no real line in the
 * corpus, built from the documented format): `forwarded as` (Postfix local/forward.c), cleanup
 * `hold:` / `discard:` / `reject:` (same cleanup_act_log format as the real `warning: header` line),
 * and provider replies wrapped around the fragments of catalog-facts.md §3.
 *
 * Ground truth is counted by the generator as it writes, with pflogsumm 1.1.5's rules for Postfix
 * and, for Exim, both the true counts and eximstats 1.61's counts (see bench/README.md).
 *
 * CLI: node dist-bench/generate.js --mta postfix|exim --lines 1000000 --seed 42 --out FILE [--gzip]
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type Mta = 'postfix' | 'exim';

export interface GenerateOptions {
  /** Number of lines to produce. */
  readonly lines: number;
  /** PRNG seed; the same seed and options give the same bytes. Default 42. */
  readonly seed?: number;
  /** Naive local start time `YYYY-MM-DD HH:MM:SS`. Default `2024-03-10 00:00:00`. */
  readonly start?: string;
  /** Exim only: share of messages carrying 4.97+ 23-character ids. Default 0.2. */
  readonly eximNewIdShare?: number;
  /** Start with messages that were deferred before the log begins. Default true. */
  readonly backlog?: boolean;
}

/** Counts with pflogsumm 1.1.5's rules (its "Grand Totals"), plus a few extras. */
export interface PostfixGroundTruth {
  readonly mta: 'postfix';
  readonly seed: number;
  readonly lines: number;
  readonly bytes: number;
  readonly firstTimestamp: string;
  readonly lastTimestamp: string;
  /** smtpd/postscreen `QID: client=` lines + pickup `QID: uid=`/`sender=` lines. */
  readonly received: number;
  /** Delivery lines with `status=sent` except those with `forwarded as `. */
  readonly delivered: number;
  /** Delivery lines with `status=sent (forwarded as ...)`. */
  readonly forwarded: number;
  /** Distinct queue ids with at least one `status=deferred` delivery line. */
  readonly deferred: number;
  /** Delivery lines with `status=deferred`. */
  readonly deferrals: number;
  /** Delivery lines with `status=bounced`. */
  readonly bounced: number;
  /** smtpd/postscreen `reject:` lines (NOQUEUE or QID) + cleanup `reject:`/`milter-reject:` lines. */
  readonly rejected: number;
  /** smtpd `reject_warning:` lines + cleanup `warning: header|body` lines. */
  readonly rejectWarnings: number;
  readonly held: number;
  readonly discarded: number;
  /** qmgr `status=expired, returned to sender` lines (not in pflogsumm's totals). */
  readonly expired: number;
  /** pflogsumm "bytes received": size of the first qmgr line of each message that had a client=/pickup line. */
  readonly bytesReceived: number;
  /** pflogsumm "bytes delivered": message size summed over `delivered` lines. */
  readonly bytesDelivered: number;
  /** smtpd `milter-reject:` lines: real rejections that pflogsumm 1.1.5 does not count. */
  readonly smtpdMilterRejects: number;
  readonly saslAuthFailures: number;
  readonly bounceNotifications: number;
}

/** eximstats 1.61 "Grand total summary", as it would print it for this file. */
export interface EximstatsTotals {
  readonly received: number;
  readonly receivedBytes: number;
  readonly delivered: number;
  readonly deliveredAddresses: number;
  readonly deliveredBytes: number;
  readonly delayed: number;
  readonly failed: number;
  readonly rejects: number;
  readonly tempRejects: number;
}

export interface EximGroundTruth {
  readonly mta: 'exim';
  readonly seed: number;
  readonly lines: number;
  readonly bytes: number;
  readonly firstTimestamp: string;
  readonly lastTimestamp: string;
  readonly newIdShare: number;
  /** True counts over every line, whatever the id format. */
  readonly received: number;
  readonly bounceArrivals: number;
  readonly delivered: number;
  readonly deliveredAddresses: number;
  readonly deferrals: number;
  readonly deferredMessages: number;
  readonly failures: number;
  readonly failedMessages: number;
  readonly completed: number;
  /** Our server's permanent SMTP rejections (`rejected ...`, `dropped ...`). */
  readonly rejected: number;
  /** Our server's temporary SMTP rejections (`temporarily rejected ...`). */
  readonly tempRejected: number;
  readonly authFailures: number;
  /** What eximstats 1.61 prints for this file (it ignores lines with 23-character ids). */
  readonly eximstats: EximstatsTotals;
}

export type GroundTruth = PostfixGroundTruth | EximGroundTruth;

export interface GeneratedLog<T extends GroundTruth> {
  /** The log lines, without newline. Single pass. */
  readonly lines: Iterable<string>;
  /** Counts over the lines produced so far; complete once `lines` is exhausted. */
  readonly truth: () => T;
}

export function generatePostfix(options: GenerateOptions): GeneratedLog<PostfixGroundTruth> {
  const sim = new PostfixSimulation(resolveOptions(options));
  return { lines: sim.lines(), truth: () => sim.truth() };
}

export function generateExim(options: GenerateOptions): GeneratedLog<EximGroundTruth> {
  const sim = new EximSimulation(resolveOptions(options));
  return { lines: sim.lines(), truth: () => sim.truth() };
}

// ---------------------------------------------------------------------------------------------
// Options, PRNG, weighted tables, hashing
// ---------------------------------------------------------------------------------------------

interface ResolvedOptions {
  readonly lines: number;
  readonly seed: number;
  readonly startMs: number;
  readonly newIdShare: number;
  readonly backlog: boolean;
}

function resolveOptions(options: GenerateOptions): ResolvedOptions {
  const start = options.start ?? '2024-03-10 00:00:00';
  const match = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(start);
  if (!match) throw new Error(`start must look like 2024-03-10 00:00:00, got ${start}`);
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const startMs = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
  if (!Number.isInteger(options.lines) || options.lines < 0) throw new Error('lines must be a non-negative integer');
  const newIdShare = options.eximNewIdShare ?? 0.2;
  if (!(newIdShare >= 0 && newIdShare <= 1)) throw new Error('eximNewIdShare must be between 0 and 1');
  return {
    lines: options.lines,
    seed: (options.seed ?? 42) >>> 0,
    startMs,
    newIdShare,
    backlog: options.backlog ?? true,
  };
}

/** mulberry32: a small, fast 32-bit PRNG; plenty for log synthesis. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [low, high]. */
  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return itemAt(items, this.int(items.length));
  }

  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Log-normal with the given median; sigma is the spread of the underlying normal. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    const gauss = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * gauss);
  }
}

function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`index ${index} out of range (${items.length})`);
  return item;
}

/** A table of values with relative weights, picked by cumulative search. */
class Weighted<T> {
  private readonly values: T[] = [];
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(entries: readonly (readonly [T, number])[]) {
    for (const [value, weight] of entries) {
      this.total += weight;
      this.values.push(value);
      this.cumulative.push(this.total);
    }
  }

  pick(rng: Random): T {
    const x = rng.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (itemAt(this.cumulative, mid) > x) high = mid;
      else low = mid + 1;
    }
    return itemAt(this.values, low);
  }
}

/** murmur3 finaliser: a deterministic 32-bit hash used to derive per-domain properties. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hash3(a: number, b: number, c: number): number {
  return mix32(mix32(mix32(a) ^ b) ^ Math.imul(c, 0x9e3779b1));
}

// ---------------------------------------------------------------------------------------------
// Event queue and clock
// ---------------------------------------------------------------------------------------------

interface ScheduledEvent {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
}

/** Binary min-heap ordered by time, then by insertion order. */
class EventQueue {
  private readonly heap: ScheduledEvent[] = [];
  private seq = 0;

  push(at: number, run: () => void): void {
    const heap = this.heap;
    heap.push({ at, seq: this.seq++, run });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): ScheduledEvent | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && this.less(left, smallest)) smallest = left;
      if (right < heap.length && this.less(right, smallest)) smallest = right;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
    return top;
  }

  get size(): number {
    return this.heap.length;
  }

  private less(a: number, b: number): boolean {
    const x = itemAt(this.heap, a);
    const y = itemAt(this.heap, b);
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }

  private swap(a: number, b: number): void {
    const x = itemAt(this.heap, a);
    this.heap[a] = itemAt(this.heap, b);
    this.heap[b] = x;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Formats simulation time (ms since the start) as syslog and Exim stamps, cached per second. */
class Clock {
  private cachedSecond = -1;
  private cachedSyslog = '';
  private cachedIso = '';

  constructor(private readonly startMs: number) {}

  epochSeconds(ms: number): number {
    return Math.floor((this.startMs + ms) / 1000);
  }

  /** `Mar 10 06:52:11`, day space-padded as RFC 3164 syslog (and ctime) write it. */
  syslog(ms: number): string {
    this.fill(ms);
    return this.cachedSyslog;
  }

  /** `2024-03-10 06:52:11`, Exim's mainlog stamp. */
  iso(ms: number): string {
    this.fill(ms);
    return this.cachedIso;
  }

  private fill(ms: number): void {
    const second = Math.floor(ms / 1000);
    if (second === this.cachedSecond) return;
    this.cachedSecond = second;
    const d = new Date(this.startMs + second * 1000);
    const day = d.getUTCDate();
    const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
    this.cachedSyslog = `${itemAt(MONTHS, d.getUTCMonth())} ${day < 10 ? ` ${day}` : day} ${time}`;
    this.cachedIso = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(day)} ${time}`;
  }
}

/** Thrown by `emit` once the requested number of lines has been produced. */
class LineBudgetSpent extends Error {}

/** Shared machinery: the event loop, the line budget, the clock and line/byte counting. */
abstract class Simulation {
  protected readonly rng: Random;
  protected readonly clock: Clock;
  protected now = 0;
  protected emitted = 0;
  protected bytes = 0;
  protected firstStamp = '';
  protected lastStamp = '';
  private readonly events = new EventQueue();
  private readonly pending: string[] = [];

  constructor(protected readonly options: ResolvedOptions) {
    this.rng = new Random(options.seed);
    this.clock = new Clock(options.startMs);
  }

  protected abstract begin(): void;

  *lines(): Generator<string> {
    if (this.options.lines === 0) return;
    this.begin();
    let done = false;
    while (!done) {
      const event = this.events.pop();
      if (event === undefined) break;
      this.now = event.at;
      try {
        event.run();
      } catch (error) {
        if (!(error instanceof LineBudgetSpent)) throw error;
        done = true;
      }
      for (const line of this.pending) yield line;
      this.pending.length = 0;
    }
  }

  /** Runs `run` `delayMs` from now (never earlier than now). */
  protected after(delayMs: number, run: () => void): void {
    this.events.push(this.now + Math.max(0, Math.round(delayMs)), run);
  }

  protected at(timeMs: number, run: () => void): void {
    this.events.push(Math.max(this.now, Math.round(timeMs)), run);
  }

  /** Queues a finished line. Throws LineBudgetSpent when the budget is used up, so a caller's
   * counting statement placed after `emit` runs only for lines that are really written. */
  protected emit(line: string, stamp: string): void {
    if (this.emitted >= this.options.lines) throw new LineBudgetSpent();
    if (this.emitted === 0) this.firstStamp = stamp;
    this.lastStamp = stamp;
    this.emitted++;
    this.bytes += line.length + 1; // every generated line is ASCII
    this.pending.push(line);
  }

  /** Arrival-rate multiplier by hour of day (mail servers are busy in office hours). */
  protected diurnal(ms: number): number {
    const hour = ((ms / 3_600_000 + 24) % 24) + 0.5;
    const office = Math.exp(-(((hour - 13) / 4.5) ** 2));
    return 0.3 + 1.4 * office;
  }
}

// ---------------------------------------------------------------------------------------------
// Names, addresses, domains, IPs
// ---------------------------------------------------------------------------------------------

const FIRST_NAMES = [
  'anna',
  'peter',
  'maria',
  'john',
  'eva',
  'michael',
  'lucie',
  'david',
  'sarah',
  'thomas',
  'jana',
  'martin',
  'laura',
  'james',
  'petra',
  'robert',
  'emma',
  'daniel',
  'olga',
  'pavel',
  'julia',
  'mark',
  'klara',
  'jan',
  'sophie',
  'lukas',
  'nina',
  'tomas',
  'alice',
  'george',
  'ines',
  'marco',
  'elena',
  'ivan',
  'chloe',
  'ben',
] as const;
const LAST_NAMES = [
  'novak',
  'smith',
  'muller',
  'svoboda',
  'jones',
  'dvorak',
  'brown',
  'schmidt',
  'horak',
  'taylor',
  'kral',
  'wilson',
  'fischer',
  'cerny',
  'moore',
  'weber',
  'prochazka',
  'clark',
  'wagner',
  'marek',
  'lewis',
  'becker',
  'pokorny',
  'walker',
  'hoffmann',
  'kucera',
  'young',
  'schulz',
  'vesely',
  'king',
  'koch',
  'hall',
  'bauer',
] as const;
const ROLE_ACCOUNTS = [
  'info',
  'sales',
  'support',
  'office',
  'contact',
  'billing',
  'jobs',
  'admin',
  'hello',
  'orders',
  'kontakt',
] as const;
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ra',
  'to',
  'vi',
  'sa',
  'de',
  'ber',
  'gen',
  'tek',
  'lan',
  'mar',
  'sol',
  'ver',
  'nor',
  'bel',
  'cor',
  'fin',
  'tra',
  'zen',
  'pol',
  'dan',
  'ex',
  'sto',
  'pra',
  'hof',
  'met',
  'kor',
  'bio',
  'net',
  'log',
  'ter',
  'win',
  'mos',
  'ald',
  'rix',
  'vol',
  'tan',
  'cap',
  'dor',
  'fil',
  'gro',
  'har',
  'jus',
  'kel',
  'lum',
] as const;
const TLDS = new Weighted<string>([
  ['com', 45],
  ['net', 8],
  ['org', 6],
  ['de', 8],
  ['co.uk', 5],
  ['fr', 4],
  ['nl', 3],
  ['cz', 3],
  ['it', 3],
  ['es', 3],
  ['pl', 2],
  ['io', 2],
  ['ch', 2],
  ['at', 2],
  ['se', 2],
  ['ca', 2],
  ['sk', 1],
  ['eu', 1],
]);
const ISP_SUFFIXES = [
  'dynamic.hinet.net',
  'static.otenet.gr',
  'cpe.distributel.net',
  'dsl.telesp.net.br',
  'pool.telefonica.de',
  'adsl.tpnet.pl',
  'broadband.kyivstar.net',
  'dynamic.163data.com.cn',
  'ip.secureserver.net',
  'static.vnpt.vn',
] as const;

/** Our own host and domains. 192.0.2.0/24 is TEST-NET-1 (RFC 5737). */
const MY_HOST = 'mx1';
const MY_FQDN = 'mx1.example.net';
const MY_IP = '192.0.2.25';
const LOCAL_DOMAINS = ['example.net', 'example.org', 'lists.example.net'] as const;

function wordFromHash(h: number, parts: number): string {
  let out = '';
  let x = h;
  for (let i = 0; i < parts; i++) {
    out += itemAt(SYLLABLES, x % SYLLABLES.length);
    x = mix32(x + i + 1);
  }
  return out;
}

function publicIpv4(h: number): string {
  // Avoid 0/8, 10/8, 127/8, 169.254/16, 172.16/12, 192.168/16 and 224+.
  let a = 1 + (h % 222);
  if (a === 10 || a === 127 || a === 169 || a === 172 || a === 192) a += 1;
  const b = (h >>> 8) & 0xff;
  const c = (h >>> 16) & 0xff;
  const d = 1 + ((h >>> 24) % 254);
  return `${a}.${b}.${c}.${d}`;
}

type Provider = 'gmail' | 'workspace' | 'outlook' | 'm365' | 'yahoo' | 'icloud' | 'gmx' | 'seznam' | 'att' | 'generic';

/** How a destination behaves when we deliver to it. */
type Behaviour = 'normal' | 'dead' | 'dnsfail' | 'greylist' | 'throttle' | 'refuses';

interface Domain {
  readonly name: string;
  readonly provider: Provider;
  readonly behaviour: Behaviour;
  readonly mx: readonly { readonly host: string; readonly ip: string }[];
  readonly hash: number;
}

const BIG_PROVIDER_ENTRIES: readonly (readonly [readonly [string, Provider], number])[] = [
  [['gmail.com', 'gmail'], 280],
  [['googlemail.com', 'gmail'], 8],
  [['outlook.com', 'outlook'], 50],
  [['hotmail.com', 'outlook'], 60],
  [['live.com', 'outlook'], 15],
  [['msn.com', 'outlook'], 5],
  [['yahoo.com', 'yahoo'], 60],
  [['aol.com', 'yahoo'], 15],
  [['ymail.com', 'yahoo'], 3],
  [['icloud.com', 'icloud'], 25],
  [['me.com', 'icloud'], 5],
  [['gmx.de', 'gmx'], 12],
  [['gmx.net', 'gmx'], 8],
  [['web.de', 'gmx'], 15],
  [['seznam.cz', 'seznam'], 7],
  [['att.net', 'att'], 3],
  [['bellsouth.net', 'att'], 3],
  [['comcast.net', 'generic'], 8],
  [['orange.fr', 'generic'], 8],
  [['free.fr', 'generic'], 5],
  [['mail.ru', 'generic'], 10],
  [['yandex.ru', 'generic'], 8],
  [['qq.com', 'generic'], 5],
];
const BIG_PROVIDERS = new Weighted(BIG_PROVIDER_ENTRIES);
const PROVIDER_OF = new Map<string, Provider>(BIG_PROVIDER_ENTRIES.map(([[name, provider]]) => [name, provider]));

/** Deterministic recipient/sender domains: a few big providers and a Zipf-like long tail. */
class DomainTable {
  private readonly cache = new Map<string, Domain>();
  private static readonly TAIL = 20_000;

  constructor(private readonly seed: number) {}

  /** A destination domain, skewed towards the big providers. */
  pick(rng: Random): Domain {
    if (rng.chance(0.62)) {
      const [name, provider] = BIG_PROVIDERS.pick(rng);
      return this.named(name, provider);
    }
    // Long tail: a Zipf-like law with an offset, so the head domains get ~0.3% each, not 7%.
    const k = 50;
    const index = Math.min(
      DomainTable.TAIL - 1,
      Math.floor(Math.exp(rng.next() * Math.log((DomainTable.TAIL + k) / k)) * k - k),
    );
    return this.tail(index);
  }

  tail(index: number): Domain {
    const key = `#${index}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const h = hash3(this.seed, index, 0x7a11);
    const name = `${wordFromHash(h, 2 + (h % 2))}.${TLDS.pick(new Random(h))}`;
    const hostedAt = h % 100;
    const provider: Provider = hostedAt < 18 ? 'workspace' : hostedAt < 40 ? 'm365' : 'generic';
    const b = (h >>> 8) % 1000;
    // The busiest tail domains are healthy: a popular destination is not dead for days.
    const behaviour: Behaviour =
      index < 100
        ? 'normal'
        : b < 12
          ? 'dead'
          : b < 22
            ? 'dnsfail'
            : b < 100
              ? 'greylist'
              : b < 130
                ? 'throttle'
                : b < 136
                  ? 'refuses'
                  : 'normal';
    const domain = this.build(name, provider, provider === 'generic' ? behaviour : 'normal', h);
    this.remember(key, domain);
    return domain;
  }

  /** A domain met in an address (e.g. a sender we must bounce to). */
  lookup(name: string): Domain {
    return this.named(name, PROVIDER_OF.get(name) ?? 'generic');
  }

  named(name: string, provider: Provider): Domain {
    const cached = this.cache.get(name);
    if (cached) return cached;
    let h = this.seed;
    for (let i = 0; i < name.length; i++) h = mix32(h ^ name.charCodeAt(i));
    const domain = this.build(name, provider, provider === 'att' ? 'refuses' : 'normal', h);
    this.remember(name, domain);
    return domain;
  }

  private remember(key: string, domain: Domain): void {
    if (this.cache.size > 32_768) this.cache.clear();
    this.cache.set(key, domain);
  }

  private build(name: string, provider: Provider, behaviour: Behaviour, h: number): Domain {
    const ip = (salt: number) => publicIpv4(mix32(h + salt));
    const dashed = name.replace(/\./g, '-');
    let mx: { host: string; ip: string }[];
    switch (provider) {
      case 'gmail':
        mx = [
          { host: 'gmail-smtp-in.l.google.com', ip: `142.250.${27 + (h % 4)}.${26 + (h % 2)}` },
          { host: 'alt1.gmail-smtp-in.l.google.com', ip: `142.250.153.${26 + (h % 2)}` },
        ];
        break;
      case 'workspace':
        mx = [
          { host: 'aspmx.l.google.com', ip: `142.251.${9 + (h % 3)}.${26 + (h % 2)}` },
          { host: 'alt1.aspmx.l.google.com', ip: `142.250.153.${26 + (h % 2)}` },
        ];
        break;
      case 'outlook':
        mx = [{ host: `${dashed}.olc.protection.outlook.com`, ip: `104.47.${(h % 60) + 1}.${33 + (h % 100)}` }];
        break;
      case 'm365':
        mx = [{ host: `${dashed}.mail.protection.outlook.com`, ip: `52.101.${(h % 200) + 1}.${(h >>> 8) % 250}` }];
        break;
      case 'yahoo':
        mx = [
          { host: 'mta5.am0.yahoodns.net', ip: `67.195.204.${72 + (h % 8)}` },
          { host: 'mta7.am0.yahoodns.net', ip: `98.136.96.${74 + (h % 8)}` },
        ];
        break;
      case 'icloud':
        mx = [{ host: `mx0${1 + (h % 2)}.mail.icloud.com`, ip: `17.57.${152 + (h % 4)}.${5 + (h % 30)}` }];
        break;
      case 'gmx':
        mx = [
          { host: name === 'web.de' ? 'mx-ha03.web.de' : 'mx00.gmx.net', ip: `212.227.15.${(h % 30) + 1}` },
          { host: name === 'web.de' ? 'mx-ha02.web.de' : 'mx01.gmx.net', ip: `212.227.17.${(h % 30) + 1}` },
        ];
        break;
      case 'seznam':
        mx = [{ host: 'mx1.seznam.cz', ip: `77.75.78.${40 + (h % 20)}` }];
        break;
      case 'att':
        mx = [
          { host: 'ff-ip4-mx-vip1.prodigy.net', ip: `144.160.159.${21 + (h % 3)}` },
          { host: 'ff-ip4-mx-vip2.prodigy.net', ip: `144.160.235.${143 + (h % 3)}` },
        ];
        break;
      default: {
        const style = h % 4;
        const first = style === 0 ? `mail.${name}` : style === 1 ? `mx.${name}` : `mx1.${name}`;
        mx = [{ host: first, ip: ip(1) }];
        if (style >= 2) mx.push({ host: `mx2.${name}`, ip: ip(2) });
      }
    }
    return { name, provider, behaviour, mx, hash: h };
  }
}

function localPart(rng: Random): string {
  const style = rng.int(10);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  if (style < 4) return `${first}.${last}`;
  if (style < 6) return `${first.charAt(0)}${last}`;
  if (style < 7) return `${first}${rng.between(1, 99)}`;
  if (style < 8) return `${first}_${last}${rng.between(70, 99)}`;
  return rng.pick(ROLE_ACCOUNTS);
}

/** Our users: a fixed pool so the same people send and receive. */
function ourUser(rng: Random): string {
  const i = rng.int(400);
  const first = itemAt(FIRST_NAMES, i % FIRST_NAMES.length);
  const last = itemAt(LAST_NAMES, (i * 7) % LAST_NAMES.length);
  return i < 300 ? `${first}.${last}@example.net` : `${first.charAt(0)}${last}@example.org`;
}

const APP_SENDERS = [
  'noreply@example.net',
  'newsletter@lists.example.net',
  'billing@example.org',
  'notifications@example.net',
  'www-data@mx1.example.net',
] as const;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Postfix long queue id alphabet: digits and consonants (mail_queue.h, safe_ultostr.c). */
const BASE52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz';

function encode(value: number, alphabet: string, base: number, width: number): string {
  let out = '';
  let v = Math.floor(value);
  do {
    out = alphabet.charAt(v % base) + out;
    v = Math.floor(v / base);
  } while (v > 0);
  while (out.length < width) out = alphabet.charAt(0) + out;
  return out;
}

function hexId(rng: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += '0123456789abcdef'.charAt(rng.int(16));
  return out;
}

function alnumId(rng: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62.charAt(rng.int(62));
  return out;
}

function messageId(rng: Random, domain: string, epochSeconds: number): string {
  switch (rng.int(5)) {
    case 0:
      return `<${hexId(rng, 32)}@${domain}>`;
    case 1:
      return `<${hexId(rng, 8).toUpperCase()}-${hexId(rng, 4).toUpperCase()}-${hexId(rng, 4).toUpperCase()}-${hexId(rng, 4).toUpperCase()}-${hexId(rng, 12).toUpperCase()}@${domain}>`;
    case 2:
      return `<CA${alnumId(rng, 12)}+${alnumId(rng, 22)}@mail.gmail.com>`;
    case 3:
      return `<${epochSeconds}${rng.between(100000, 999999)}.${rng.between(1000, 99999)}@${domain}>`;
    default:
      return `<${alnumId(rng, 10)}.${alnumId(rng, 6)}@${domain}>`;
  }
}

function sizeBytes(rng: Random, median: number): number {
  return Math.min(25_000_000, Math.max(420, Math.round(rng.logNormal(median, 1.1))));
}

/** Postfix's delay formatting: >= 10 whole seconds, >= 1 one decimal, else two decimals, zeros trimmed. */
function postfixDelay(seconds: number): string {
  if (seconds >= 10) return String(Math.round(seconds));
  const text = seconds >= 1 ? seconds.toFixed(1) : seconds.toFixed(2);
  const trimmed = text.replace(/\.?0+$/, '');
  return trimmed === '' ? '0' : trimmed;
}

/** `name[ip]` of a remote SMTP client, with the rDNS name or `unknown`. */
interface Client {
  readonly name: string;
  readonly ip: string;
  readonly helo: string;
}

// ---------------------------------------------------------------------------------------------
// Remote replies (real texts from the corpus; provider texts wrapped from catalog-facts.md §3)
// ---------------------------------------------------------------------------------------------

type Stage = 'RCPT TO' | 'MAIL FROM' | 'DATA' | 'end of DATA' | 'greeting';

/** A remote SMTP reply. Placeholders: {rcpt} {domain} {mx} {ourip} {gid} {n} {sender}. */
interface Reply {
  readonly text: string;
  readonly stage: Stage;
}

const r = (text: string, stage: Stage): Reply => ({ text, stage });

/** 5xx replies per provider. */
const BOUNCE_REPLIES: Readonly<Record<Provider, readonly Reply[]>> = {
  gmail: [
    // catalog G01, wrapped in Gmail's multi-line layout
    r(
      "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser {gid} - gsmtp",
      'RCPT TO',
    ),
    // real (whyscream smtp test)
    r(
      '550-5.7.1 [{ourip}      12] Our system has detected that this 550-5.7.1 message is likely unsolicited mail. To reduce the amount of spam sent 550-5.7.1 to Gmail, this message has been blocked. Please visit 550-5.7.1 http://support.google.com/mail/bin/answer.py?hl=en&answer=188131 for 550 5.7.1 more information. {gid} - gsmtp',
      'end of DATA',
    ),
    // catalog G06
    r(
      "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please 552-5.2.2 direct the recipient to 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm {gid} - gsmtp",
      'RCPT TO',
    ),
    // catalog G15
    r(
      "550-5.7.26 Unauthenticated email from {senderdomain} is not accepted due to domain's 550-5.7.26 DMARC policy. Please contact the administrator of {senderdomain} domain 550-5.7.26 if this was a legitimate mail. To learn about the DMARC initiative, go 550 5.7.26 to  https://support.google.com/mail/?p=DmarcRejection {gid} - gsmtp",
      'end of DATA',
    ),
  ],
  workspace: [
    r(
      "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser {gid} - gsmtp",
      'RCPT TO',
    ),
  ],
  outlook: [
    // real (FgForrest, hotmail)
    r('550 Requested action not taken: mailbox unavailable', 'RCPT TO'),
    // catalog M01
    r(
      "550 5.7.1 Unfortunately, messages from [{ourip}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A6B.eurprd04.prod.outlook.com 2024-03-10T06:52:11.000Z 08DC3F1D9A7C1B22]",
      'MAIL FROM',
    ),
  ],
  m365: [
    // catalog M26 and M28, wrapped in Exchange Online's layout
    r(
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup [DB5PEPF00014B8A.eurprd02.prod.outlook.com 2024-03-10T06:52:11.000Z 08DC3F1D9A7C1B22]',
      'RCPT TO',
    ),
    r('550 5.4.1 Recipient address rejected: Access denied. [AM2PEPF0001C70D.eurprd05.prod.outlook.com]', 'RCPT TO'),
  ],
  yahoo: [
    // catalog Y10
    r(
      "554 delivery error: dd This user doesn't have a {domain} account ({rcpt}) [0] - mta{n}.mail.gq1.yahoo.com",
      'end of DATA',
    ),
    // catalog Y12
    r('554 delivery error: dd This mailbox is disabled ({rcpt}). [-5] - mta{n}.mail.bf1.yahoo.com', 'end of DATA'),
  ],
  icloud: [
    // catalog A11 and A10
    r('550 5.1.1 <{rcpt}>: inactive email address', 'RCPT TO'),
    r('550 5.1.1 <{rcpt}>: user does not exist', 'RCPT TO'),
  ],
  gmx: [
    // real (FgForrest, gmx)
    r('550 Requested action not taken: mailbox unavailable', 'RCPT TO'),
  ],
  seznam: [
    // real (FgForrest, seznam)
    r('550 5.1.1 Sorry, no mailbox here by that name.', 'RCPT TO'),
    r('552 4.2.2 User has full mailbox.', 'RCPT TO'),
  ],
  // sendmail-style (real: Exim spec example quoted in log-formats-and-user-needs.md E3)
  att: [r('553 5.3.0 <{rcpt}>...Addressee unknown', 'RCPT TO')],
  // real (FgForrest and whyscream), remote hosts of every kind
  generic: [
    r('550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual alias table', 'RCPT TO'),
    r('550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table', 'RCPT TO'),
    r('550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in relay recipient table', 'RCPT TO'),
    r('550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown', 'RCPT TO'),
    r('550 #5.1.0 Address rejected.', 'RCPT TO'),
    r('550 5.1.1 Sorry, no mailbox here by that name.', 'RCPT TO'),
    r('553 sorry, no mailbox here by that name. (#5.1.1)', 'RCPT TO'),
    r('550 No such person at this address', 'RCPT TO'),
    r('550 address rejected (#5.1.1)', 'RCPT TO'),
    r('550 5.1.1 Brightmail: Recipient address rejected: User unknown', 'RCPT TO'),
    r('550 No such user - psmtp', 'RCPT TO'),
    r('554 5.7.1 <{rcpt}>: Recipient address rejected: Access denied', 'RCPT TO'),
    r('554 5.7.1 <{rcpt}>: Relay access denied', 'RCPT TO'),
    r('550 Rule imposed mailbox access for {rcpt} refused: user invalid', 'RCPT TO'),
    r('552 4.2.2 User has full mailbox.', 'RCPT TO'),
    r(
      '554 DT:SPM 163 mx{n},O8CowEDJVFKCokVaRhz+AA--.26016S3 1514513028,please see http://{mx}/help/help_spam.htm?ip=',
      'end of DATA',
    ),
    r('540 5.7.1 <{rcpt}>: recipient address rejected: Blocked', 'RCPT TO'),
  ],
};

/** 4xx replies for throttling / policy deferrals, per provider. */
const DEFER_REPLIES: Readonly<Record<Provider, readonly Reply[]>> = {
  gmail: [
    // real (whyscream smtp test)
    r(
      '421-4.7.0 [{ourip}      15] Our system has detected an unusual rate of 421-4.7.0 unsolicited mail originating from your IP address. To protect our 421-4.7.0 users from spam, mail sent from your IP address has been temporarily 421-4.7.0 rate limited. Please visit 421-4.7.0  https://support.google.com/mail/answer/81126 to review our Bulk Email 421 4.7.0 Senders Guidelines. {gid} - gsmtp',
      'end of DATA',
    ),
    // catalog G05
    r(
      "452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp {gid} - gsmtp",
      'RCPT TO',
    ),
  ],
  workspace: [
    r(
      '450-4.2.1 The user you are trying to contact is receiving mail too quickly. 450-4.2.1 Please resend your message at a later time. If the user is able to 450-4.2.1 receive mail at that time, your message will be delivered. For more 450 4.2.1 information, go to  https://support.google.com/mail/?p=ReceivingRate {gid} - gsmtp',
      'RCPT TO',
    ),
  ],
  outlook: [
    // catalog M03
    r(
      '451 4.7.650 The mail server [{ourip}] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB4C6E2F1A7D5E] [AM4PEPF00027A6B.eurprd04.prod.outlook.com 2024-03-10T06:52:11.000Z 08DC3F1D9A7C1B22]',
      'MAIL FROM',
    ),
  ],
  // catalog M14
  m365: [
    r(
      '451 4.7.500 Server busy. Please try again later from [{ourip}]. (S77714) [DB5PEPF00014B8A.eurprd02.prod.outlook.com]',
      'MAIL FROM',
    ),
  ],
  yahoo: [
    // catalog Y01
    r(
      '421 4.7.0 [TSS04] Messages from {ourip} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
      'MAIL FROM',
    ),
    // real (whyscream smtp test, yahoo)
    r('451 4.3.2 Internal error reading data', 'MAIL FROM'),
  ],
  // catalog A08
  icloud: [r('421 4.7.1 <{rcpt}>: deferred due to excessive volume; try again later', 'RCPT TO')],
  gmx: [r('450 5.1.1 Mailbox is currently disabled.', 'RCPT TO')],
  seznam: [r('450 4.7.1 Error: too much mail from {ourip}', 'MAIL FROM')],
  att: [r('421 4.7.0 Too many messages.', 'MAIL FROM')],
  // real (FgForrest and whyscream)
  generic: [
    r('450 4.7.1 Error: too much mail from {ourip}', 'MAIL FROM'),
    r('450 5.1.1 Mailbox is currently disabled.', 'RCPT TO'),
    r('452 4.2.2 <{rcpt}> Mailbox has exceeded the limit', 'RCPT TO'),
    r('452 sorry, mailbox disabled. (#4.2.1)', 'RCPT TO'),
    r('450 4.7.1 <{rcpt}>: Recipient address rejected: User mailbox over quota, try later', 'RCPT TO'),
    r('451 4.7.0 Internal error', 'RCPT TO'),
    r('451 #4.1.2 Requested action aborted: Temporary error validating destination mailbox address.', 'RCPT TO'),
    r('451 Requested action aborted: local error in processing', 'DATA'),
    r('451 4.7.0 Timeout waiting for client input', 'DATA'),
    r('451 DT:SPM 163 mx{n},P8CowECpNVM_oEVaenoEAQ--.23796S3 1514512449, please try again 15min later', 'end of DATA'),
    r('450 <{rcpt}>: Recipient address rejected: Policy Rejection: Please try later.', 'RCPT TO'),
    r('451 qq read error (#4.3.0)', 'end of DATA'),
  ],
};

/** Greylisting replies (real, FgForrest and whyscream); the next attempt succeeds. */
const GREYLIST_REPLIES: readonly Reply[] = [
  r('451 4.7.1 Greylisting in action, please come back later', 'RCPT TO'),
  r(
    '450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/{domain}.html',
    'RCPT TO',
  ),
  r(
    '450 4.7.1 <{rcpt}>: Recipient address rejected: Service temporarily unavailable; greylisted for 60 secs',
    'RCPT TO',
  ),
  r('451 4.7.1 Please try again later', 'RCPT TO'),
  r('451 Aborted, Graylisted !', 'DATA'),
  r('451 Greylisting - sprobuj za 3 minut(y) / try again in 3 minute(s)', 'DATA'),
  r('451 4.3.0 Greylisting active, please try again later', 'RCPT TO'),
  r('450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted for 5 minutes', 'RCPT TO'),
  r(
    '450 4.2.0 <{ourfqdn}[{ourip}]>: Client host rejected: You are greylisted. Send mail again after 180 seconds.',
    'RCPT TO',
  ),
];

/** Replies of a server that refuses us at the greeting (real: FgForrest, forum post on AT&T). */
const GREETING_REFUSALS: Readonly<Record<'att' | 'generic', readonly string[]>> = {
  att: [
    '521-{ourip} blocked by ldap:ou=rblmx,dc=att,dc=net 521 Error - Blocked for abuse. Contact abuse_rbl@abuse-att.net.',
  ],
  generic: [
    '421 4.7.0 {mx} Error: too many connections from {ourip}',
    '421 4.7.0 Not allowed.',
    '421 4.7.0 Too many messages.',
  ],
};

/** 250 replies after DATA, per provider (real shapes from FgForrest, youyo, kumina, gvengel). */
function sentReply(rng: Random, provider: Provider, msgId: string, epoch: number, size: number): string {
  switch (provider) {
    case 'gmail':
    case 'workspace':
      return `250 2.0.0 OK ${epoch} ${gmailTraceId(rng)} - gsmtp`;
    case 'outlook':
    case 'm365':
      return `250 2.6.0 ${msgId} [InternalId=${rng.between(10_000_000, 99_999_999)}, Hostname=${alnumId(rng, 4).toUpperCase()}PR0${rng.between(1, 9)}MB${rng.between(1000, 9999)}.eurprd0${rng.between(1, 9)}.prod.outlook.com] ${size + rng.between(800, 2000)} bytes in ${(rng.next() * 0.4 + 0.05).toFixed(3)}, ${(rng.next() * 90 + 20).toFixed(3)} KB/sec Queued mail for delivery`;
    case 'yahoo':
      return '250 ok dirdel';
    case 'icloud':
      return `250 2.0.0 Ok: queued as ${hexId(rng, 10).toUpperCase()}`;
    case 'gmx':
      return `250 Requested mail action okay, completed: id=0${alnumId(rng, 5)}-1${alnumId(rng, 9)}-${alnumId(rng, 6)}`;
    case 'seznam':
      return `250 2.0.0 Mail ${rng.between(100_000_000, 999_999_999)} queued for delivery in session ${hexId(rng, 12)}.`;
    case 'att':
      return `250 2.0.0 ${alnumId(rng, 14)} Message accepted for delivery`;
    default:
      switch (rng.int(12)) {
        case 0:
          return `250 2.0.0 ${alnumId(rng, 14)} Message accepted for delivery`;
        case 1:
          return `250 ok: Message ${rng.between(100_000_000, 1_999_999_999)} accepted`;
        case 2:
          return `250 OK id=${alnumId(rng, 6)}-${alnumId(rng, 6)}-${alnumId(rng, 2)}`;
        case 3:
          return '250 OK';
        case 4:
          return `250 2.0.0 ${alnumId(rng, 22)} mail accepted for delivery`;
        case 5:
          return `250 [Sniper] OK ${epoch} snipe-queue ${rng.between(1000, 99999)}`;
        default:
          return `250 2.0.0 Ok: queued as ${hexId(rng, rng.between(9, 11)).toUpperCase()}`;
      }
  }
}

function gmailTraceId(rng: Random): string {
  return `${alnumId(rng, 2).toLowerCase()}${rng.between(1, 9)}si${rng.between(1_000_000, 9_999_999)}${alnumId(rng, 3).toLowerCase()}.${rng.between(1, 400)}`;
}

function fill(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

/** The DSN Postfix logs for a reply: the enhanced code if its class matches, else X.0.0. */
function dsnOf(reply: string): string {
  const m = /^([245])\d\d[ -]([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(reply);
  const basic = reply.charAt(0);
  if (m && m[2] === basic) return `${basic}.${m[3]}.${m[4]}`;
  return `${basic}.0.0`;
}

// Subjects and header texts seen in real cleanup lines (whyscream cleanup tests).
const HEADER_HITS = [
  'Subject: https://drive.google.com/file/d/0B8wxcvprDYVdlVsdf1kzOVkdisarmed/view?usp=sharing',
  'X-Spam-Status: Yes, score=39.3 required=5.0 tests=ADVANCE_FE',
  'Subject: =?utf-8?Q?Gr=C3=BC=C3=9Fe?= =?utf-8?Q?_=E2=80=92?= test',
  'Subject: Your mailbox is almost full - verify your account',
  'Content-Disposition: attachment; filename="invoice_0394.zip"',
] as const;

// ---------------------------------------------------------------------------------------------
// Process ids
// ---------------------------------------------------------------------------------------------

/** Linux-style pid allocation: increasing, wrapping at 32768. */
class PidAllocator {
  private nextPid: number;

  constructor(rng: Random) {
    this.nextPid = rng.between(1000, 20000);
  }

  next(rng: Random): number {
    const pid = this.nextPid;
    this.nextPid += 1 + rng.int(4);
    if (this.nextPid > 32767) this.nextPid = 300 + rng.int(200);
    return pid;
  }
}

/** Short-lived daemons (cleanup, smtp, lmtp, ...): a few processes, replaced now and then. */
class ServicePool {
  private readonly pids: number[] = [];

  constructor(
    private readonly alloc: PidAllocator,
    rng: Random,
    size: number,
    private readonly turnover: number,
  ) {
    for (let i = 0; i < size; i++) this.pids.push(alloc.next(rng));
  }

  pick(rng: Random): number {
    const slot = rng.int(this.pids.length);
    if (rng.chance(this.turnover)) this.pids[slot] = this.alloc.next(rng);
    return itemAt(this.pids, slot);
  }
}

interface SessionProcess {
  readonly pid: number;
  uses: number;
  idleSince: number;
}

/** smtpd processes serve one session at a time (tools correlate connect/disconnect by pid). */
class SessionPool {
  private readonly free: SessionProcess[] = [];

  constructor(private readonly alloc: PidAllocator) {}

  acquire(rng: Random, now: number): SessionProcess {
    while (this.free.length > 0) {
      const process = this.free.pop();
      if (process === undefined) break;
      // max_use = 100, max_idle = 100s (Postfix defaults)
      if (process.uses < 100 && now - process.idleSince < 100_000) return process;
    }
    return { pid: this.alloc.next(rng), uses: 0, idleSince: now };
  }

  release(process: SessionProcess, now: number): void {
    process.uses++;
    process.idleSince = now;
    this.free.push(process);
  }
}

// ---------------------------------------------------------------------------------------------
// Postfix
// ---------------------------------------------------------------------------------------------

type RecipientFate = 'ok' | 'unknown' | 'full' | 'policy' | 'spamblock';

interface PostfixRecipient {
  readonly address: string;
  readonly domain: Domain | undefined; // undefined: one of our local domains
  readonly fate: RecipientFate;
  /** For local recipients: the `orig_to` alias, if any. */
  readonly origTo?: string;
  done: boolean;
  attempts: number;
}

type PostfixOrigin = 'smtpd' | 'submission' | 'pickup' | 'bounce' | 'forward' | 'backlog' | 'filter';

interface PostfixMessage {
  readonly qid: string;
  readonly sender: string;
  readonly size: number;
  readonly arrival: number;
  readonly origin: PostfixOrigin;
  readonly msgId: string;
  readonly recipients: PostfixRecipient[];
  /** A client=/uid= line was written (pflogsumm counts it as received). */
  receivedLogged: boolean;
  qmgrLogged: boolean;
  deferredCounted: boolean;
  backoffMs: number;
  /** Inbound messages passed through the content filter once already. */
  filtered: boolean;
  /** Handed to the content filter and removed; the re-injected copy carries on. */
  gone: boolean;
}

interface PostfixCounts {
  received: number;
  delivered: number;
  forwarded: number;
  deferred: number;
  deferrals: number;
  bounced: number;
  rejected: number;
  rejectWarnings: number;
  held: number;
  discarded: number;
  expired: number;
  bytesReceived: number;
  bytesDelivered: number;
  smtpdMilterRejects: number;
  saslAuthFailures: number;
  bounceNotifications: number;
}

const POSTFIX_SCENARIOS = new Weighted<
  'local' | 'submission' | 'pickup' | 'inbound' | 'spam' | 'postscreen' | 'sasl' | 'probe'
>([
  ['local', 32],
  ['submission', 11],
  ['pickup', 2],
  ['inbound', 27],
  ['spam', 15],
  ['postscreen', 6],
  ['sasl', 5],
  ['probe', 3],
]);

/** Postfix's maximal_queue_lifetime (5d), minimal/maximal_backoff_time (300s/4000s), queue_run_delay (300s). */
const PF_LIFETIME_MS = 5 * 86_400_000;
const PF_MIN_BACKOFF_MS = 300_000;
const PF_MAX_BACKOFF_MS = 4_000_000;
const PF_QUEUE_RUN_MS = 300_000;

class PostfixSimulation extends Simulation {
  private readonly counts: PostfixCounts = {
    received: 0,
    delivered: 0,
    forwarded: 0,
    deferred: 0,
    deferrals: 0,
    bounced: 0,
    rejected: 0,
    rejectWarnings: 0,
    held: 0,
    discarded: 0,
    expired: 0,
    bytesReceived: 0,
    bytesDelivered: 0,
    smtpdMilterRejects: 0,
    saslAuthFailures: 0,
    bounceNotifications: 0,
  };
  private readonly domains: DomainTable;
  private readonly pids: PidAllocator;
  private readonly smtpd: SessionPool;
  private readonly submission: SessionPool;
  private readonly cleanup: ServicePool;
  private readonly smtp: ServicePool;
  private readonly lmtp: ServicePool;
  private readonly virtual: ServicePool;
  private readonly local: ServicePool;
  private readonly pipe: ServicePool;
  private readonly bounce: ServicePool;
  private readonly errorAgent: ServicePool;
  private readonly postsuper: ServicePool;
  private readonly dnsblog: ServicePool;
  private masterPid: number;
  private qmgrPid: number;
  private pickupPid: number;
  private anvilPid: number;
  private scachePid: number;
  private postscreenPid: number;
  private shortInode: number;
  private longInode: number;
  /** Anvil and scache statistics, reported at intervals like the daemons do. */
  private anvilPeak: { ip: string; count: number; at: number } | undefined;
  private smtpDeliveries = 0;
  private smtpDomains = 0;
  private scacheSince = 0;
  /** Destinations whose connection failed recently: Postfix marks them dead for a while. */
  private readonly deadUntil = new Map<string, { until: number; reason: string }>();
  private inFlight = 0;

  constructor(options: ResolvedOptions) {
    super(options);
    const rng = this.rng;
    this.domains = new DomainTable(options.seed);
    this.pids = new PidAllocator(rng);
    this.masterPid = this.pids.next(rng);
    this.qmgrPid = this.pids.next(rng);
    this.pickupPid = this.pids.next(rng);
    this.anvilPid = this.pids.next(rng);
    this.scachePid = this.pids.next(rng);
    this.postscreenPid = this.pids.next(rng);
    this.smtpd = new SessionPool(this.pids);
    this.submission = new SessionPool(this.pids);
    this.cleanup = new ServicePool(this.pids, rng, 3, 0.01);
    this.smtp = new ServicePool(this.pids, rng, 8, 0.01);
    this.lmtp = new ServicePool(this.pids, rng, 3, 0.01);
    this.virtual = new ServicePool(this.pids, rng, 2, 0.01);
    this.local = new ServicePool(this.pids, rng, 1, 0.05);
    this.pipe = new ServicePool(this.pids, rng, 2, 0.02);
    this.bounce = new ServicePool(this.pids, rng, 1, 0.05);
    this.errorAgent = new ServicePool(this.pids, rng, 2, 0.05);
    this.postsuper = new ServicePool(this.pids, rng, 1, 1);
    this.dnsblog = new ServicePool(this.pids, rng, 2, 0.02);
    this.shortInode = rng.int(1 << 24);
    this.longInode = rng.int(1 << 24);
  }

  truth(): PostfixGroundTruth {
    return {
      mta: 'postfix',
      seed: this.options.seed,
      lines: this.emitted,
      bytes: this.bytes,
      firstTimestamp: this.firstStamp,
      lastTimestamp: this.lastStamp,
      ...this.counts,
    };
  }

  protected begin(): void {
    if (this.options.backlog) {
      for (let i = 0; i < 45; i++) this.backlogMessage();
    }
    this.after(this.rng.exponential(1500), () => this.arrival());
    this.after(600_000 + this.rng.int(60_000), () => this.anvilStatistics());
    this.after(this.rng.between(4 * 3_600_000, 5 * 3_600_000), () => this.dailyReload());
  }

  // --- output helpers -------------------------------------------------------------------------

  private log(program: string, pid: number, text: string): void {
    const stamp = this.clock.syslog(this.now);
    this.emit(`${stamp} ${MY_HOST} postfix/${program}[${pid}]: ${text}`, stamp);
  }

  private ctime(ms: number): string {
    return this.clock.syslog(ms);
  }

  /** A unique queue id: short hex (usec + inode) or, for some messages, the long form. */
  private newQid(): string {
    const usec = this.rng.int(1_000_000);
    if (this.rng.chance(0.15)) {
      // Multiplying by an odd constant permutes [0, 2^24): inode numbers never repeat.
      this.longInode = (this.longInode + 1) & 0xffffff;
      const inode = Math.imul(this.longInode, 0x2c1b3c6d) & 0xffffff;
      const sec = this.clock.epochSeconds(this.now);
      return `${encode(sec, BASE52, 52, 6)}${encode(usec, BASE52, 52, 4)}z${encode(inode, BASE52, 51, 0)}`;
    }
    this.shortInode = (this.shortInode + 1) & 0xffffff;
    let inode = Math.imul(this.shortInode, 0x9e3779b1) & 0xffffff;
    if (inode < 0x10000) inode += 0x1000000;
    return `${usec.toString(16).toUpperCase().padStart(5, '0')}${inode.toString(16).toUpperCase()}`;
  }

  private remoteClient(kind: 'legit' | 'spam' | 'provider'): Client {
    const rng = this.rng;
    const h = mix32(rng.int(0x7fffffff));
    const ip = publicIpv4(h);
    if (kind === 'spam') {
      const style = rng.int(10);
      if (style < 5)
        return { name: 'unknown', ip, helo: rng.chance(0.5) ? `WIN-${alnumId(rng, 11).toUpperCase()}` : `[${ip}]` };
      if (style < 8) {
        const host = `${ip.replace(/\./g, '-')}.${rng.pick(ISP_SUFFIXES)}`;
        return { name: host, ip, helo: host };
      }
      const host = `mail.${wordFromHash(h, 2)}.${rng.pick(['biz', 'info', 'top', 'xyz', 'ru'])}`;
      return { name: host, ip, helo: host };
    }
    if (kind === 'provider') {
      switch (rng.int(6)) {
        case 0:
        case 1:
          return {
            name: `mail-${rng.pick(['wr1', 'ej1', 'lj1', 'pf1', 'yw1', 'qt1'])}-f${rng.between(41, 199)}.google.com`,
            ip: `209.85.${rng.between(128, 255)}.${rng.between(1, 254)}`,
            helo: `mail-wr1-f${rng.between(41, 199)}.google.com`,
          };
        case 2: {
          const name = `mail-${rng.pick(['vi1eur05', 'am6eur05', 'db8eur06', 'he1eur04'])}on20${rng.between(40, 99)}.outbound.protection.outlook.com`;
          return {
            name,
            ip: `40.107.${rng.between(1, 254)}.${rng.between(1, 254)}`,
            helo: 'EUR05-VI1-obe.outbound.protection.outlook.com',
          };
        }
        case 3: {
          const name = `o${rng.between(1_000_000, 9_999_999)}x${rng.between(100, 255)}.outbound-mail.sendgrid.net`;
          return { name, ip: `167.89.${rng.between(1, 120)}.${rng.between(1, 254)}`, helo: name };
        }
        case 4: {
          const name = `a8-${rng.between(10, 99)}.smtp-out.amazonses.com`;
          return { name, ip: `54.240.8.${rng.between(1, 254)}`, helo: name };
        }
        default: {
          const name = `sonic${rng.between(301, 330)}-${rng.between(1, 60)}.consmr.mail.ir2.yahoo.com`;
          return { name, ip: `77.238.${rng.between(176, 179)}.${rng.between(1, 254)}`, helo: name };
        }
      }
    }
    const domain = this.domains.tail(rng.int(20_000));
    const name = rng.chance(0.15) ? 'unknown' : `mail.${domain.name}`;
    return { name, ip, helo: `mail.${domain.name}` };
  }

  private clientText(client: Client): string {
    return `${client.name}[${client.ip}]`;
  }

  private noteConnection(client: Client): void {
    const peak = this.anvilPeak;
    if (!peak || this.rng.chance(0.02)) this.anvilPeak = { ip: client.ip, count: 1 + this.rng.int(3), at: this.now };
  }

  // --- arrivals -------------------------------------------------------------------------------

  /** Mean gap between sessions at the busiest hour, tuned so 1M lines span about three days. */
  private static readonly MEAN_GAP_MS = 1900;

  private arrival(): void {
    const gap = PostfixSimulation.MEAN_GAP_MS / this.diurnal(this.now);
    this.after(this.rng.exponential(gap), () => this.arrival());
    // Bound the number of messages in flight, whatever --lines says.
    if (this.inFlight > 20_000) return;
    switch (POSTFIX_SCENARIOS.pick(this.rng)) {
      case 'local':
        this.outboundSession(false);
        break;
      case 'submission':
        this.outboundSession(true);
        break;
      case 'pickup':
        this.pickupSubmission();
        break;
      case 'inbound':
        this.inboundSession();
        break;
      case 'spam':
        this.spamSession();
        break;
      case 'postscreen':
        this.postscreenDrop();
        break;
      case 'sasl':
        this.saslBruteForce();
        break;
      case 'probe':
        this.probeSession();
        break;
    }
  }

  private recipientsCount(): number {
    const x = this.rng.next();
    if (x < 0.78) return 1;
    if (x < 0.96) return this.rng.between(2, 5);
    return this.rng.between(6, 20);
  }

  private remoteFate(domain: Domain): RecipientFate {
    const x = this.rng.next();
    if (x < 0.022) return 'unknown';
    if (x < 0.028) return 'full';
    if (x < 0.031 && (domain.provider === 'gmail' || domain.provider === 'outlook' || domain.provider === 'yahoo')) {
      return 'spamblock';
    }
    if (x < 0.04) return 'policy';
    return 'ok';
  }

  private remoteRecipients(n: number): PostfixRecipient[] {
    const list: PostfixRecipient[] = [];
    // Multi-recipient mail often goes to one organisation.
    const shared = n > 1 && this.rng.chance(0.5) ? this.domains.pick(this.rng) : undefined;
    for (let i = 0; i < n; i++) {
      const domain = shared ?? this.domains.pick(this.rng);
      list.push({
        address: `${localPart(this.rng)}@${domain.name}`,
        domain,
        fate: this.remoteFate(domain),
        done: false,
        attempts: 0,
      });
    }
    return list;
  }

  private localRecipients(n: number): PostfixRecipient[] {
    const list: PostfixRecipient[] = [];
    for (let i = 0; i < n; i++) {
      const toList = this.rng.chance(0.05);
      const address = toList
        ? `${this.rng.pick(['announce', 'dev', 'staff', 'users'])}@lists.example.net`
        : ourUser(this.rng);
      const fate: RecipientFate = this.rng.chance(0.004) ? 'unknown' : 'ok';
      list.push({ address, domain: undefined, fate, done: false, attempts: 0 });
    }
    return list;
  }

  private newMessage(
    origin: PostfixOrigin,
    sender: string,
    recipients: PostfixRecipient[],
    size: number,
  ): PostfixMessage {
    const senderDomain = sender.includes('@') ? sender.slice(sender.indexOf('@') + 1) : MY_FQDN;
    this.inFlight++;
    return {
      qid: this.newQid(),
      sender,
      size,
      arrival: this.now,
      origin,
      msgId: messageId(this.rng, senderDomain || MY_FQDN, this.clock.epochSeconds(this.now)),
      recipients,
      receivedLogged: false,
      qmgrLogged: false,
      deferredCounted: false,
      backoffMs: PF_MIN_BACKOFF_MS,
      filtered: false,
      gone: false,
    };
  }

  private finish(message: PostfixMessage): void {
    this.log('qmgr', this.qmgrPid, `${message.qid}: removed`);
    this.inFlight--;
  }

  private qmgrActive(message: PostfixMessage): void {
    const pending = message.recipients.filter((rcpt) => !rcpt.done).length;
    this.log(
      'qmgr',
      this.qmgrPid,
      `${message.qid}: from=<${message.sender}>, size=${message.size}, nrcpt=${pending} (queue active)`,
    );
    if (!message.qmgrLogged) {
      message.qmgrLogged = true;
      if (message.receivedLogged) this.counts.bytesReceived += message.size;
    }
  }

  private clientLine(program: string, pid: number, message: PostfixMessage, text: string): void {
    this.log(program, pid, `${message.qid}: client=${text}`);
    message.receivedLogged = true;
    this.counts.received++;
  }

  private disconnectStats(rcpts: number, tls: boolean, auth: boolean, data: boolean, rejected = 0): string {
    const ehlo = tls ? 'ehlo=2 starttls=1' : 'ehlo=1';
    const authPart = auth ? ' auth=1' : '';
    const rcptPart = rejected > 0 ? `rcpt=${rcpts}/${rcpts + rejected}` : `rcpt=${rcpts}`;
    const dataPart = data ? ' data=1' : '';
    const ok = (tls ? 3 : 1) + (auth ? 1 : 0) + 1 + rcpts + (data ? 1 : 0) + 1;
    const all = ok + rejected;
    return `${ehlo}${authPart} mail=1 ${rcptPart}${dataPart} quit=1 commands=${rejected > 0 ? `${ok}/${all}` : ok}`;
  }

  // --- scenarios: mail submitted by our own users and applications ------------------------------

  private outboundSession(submission: boolean): void {
    const rng = this.rng;
    const pool = submission ? this.submission : this.smtpd;
    const program = submission ? 'submission/smtpd' : 'smtpd';
    const proc = pool.acquire(rng, this.now);
    const sender = submission ? ourUser(rng) : rng.chance(0.6) ? rng.pick(APP_SENDERS) : ourUser(rng);
    const recipients = rng.chance(0.08)
      ? this.localRecipients(this.recipientsCount())
      : this.remoteRecipients(this.recipientsCount());
    const userIp = publicIpv4(mix32(rng.int(0x7fffffff)));
    const client: Client = submission
      ? {
          name: rng.chance(0.6) ? 'unknown' : `${userIp.replace(/\./g, '-')}.${rng.pick(ISP_SUFFIXES)}`,
          ip: userIp,
          helo: '[192.168.1.10]',
        }
      : { name: 'localhost', ip: '127.0.0.1', helo: 'localhost' };
    const size = sizeBytes(rng, submission ? 18_000 : 9_000);
    this.log(program, proc.pid, `connect from ${this.clientText(client)}`);
    this.after(rng.between(20, 400), () => {
      if (submission)
        this.log(
          program,
          proc.pid,
          `Anonymous TLS connection established from ${this.clientText(client)}: ${this.serverTls()}`,
        );
      const message = this.newMessage(submission ? 'submission' : 'smtpd', sender, recipients, size);
      if (submission && rng.chance(0.03)) {
        // warn_if_reject on smtpd_sender_login_maps (real line: whyscream smtpd test)
        const other = `${localPart(rng)}@example.net`;
        this.log(
          program,
          proc.pid,
          `NOQUEUE: reject_warning: RCPT from ${this.clientText(client)}: 553 5.7.1 <${other}>: Sender address rejected: not owned by user ${sender}; from=<${other}> to=<${itemAt(recipients, 0).address}> proto=ESMTP helo=<${client.helo}>`,
        );
        this.counts.rejectWarnings++;
      }
      const auth = submission ? `, sasl_method=${rng.chance(0.8) ? 'PLAIN' : 'LOGIN'}, sasl_username=${sender}` : '';
      this.clientLine(program, proc.pid, message, `${this.clientText(client)}${auth}`);
      this.log('cleanup', this.cleanup.pick(rng), `${message.qid}: message-id=${message.msgId}`);
      this.qmgrActive(message);
      this.after(rng.between(10, 300), () => {
        this.log(
          program,
          proc.pid,
          `disconnect from ${this.clientText(client)} ${this.disconnectStats(recipients.length, submission, submission, true)}`,
        );
        pool.release(proc, this.now);
      });
      this.after(rng.between(50, 2500), () => this.deliveryAttempt(message));
    });
  }

  private pickupSubmission(): void {
    const rng = this.rng;
    const user = rng.pick([
      ['0', 'root'],
      ['108', 'logcheck'],
      ['0', 'fail2ban'],
      ['33', 'www-data'],
    ] as const);
    const [uid, name] = user;
    const toRoot = name !== 'www-data';
    const recipients: PostfixRecipient[] = toRoot
      ? [{ address: `root@${MY_FQDN}`, domain: undefined, fate: 'ok', origTo: 'root', done: false, attempts: 0 }]
      : this.remoteRecipients(1);
    const message = this.newMessage('pickup', `${name}@${MY_FQDN}`, recipients, sizeBytes(rng, 3_000));
    this.log('pickup', this.pickupPid, `${message.qid}: uid=${uid} from=<${name}>`);
    message.receivedLogged = true;
    this.counts.received++;
    this.log(
      'cleanup',
      this.cleanup.pick(rng),
      `${message.qid}: message-id=<${this.clockStampId()}.${message.qid}@${MY_FQDN}>`,
    );
    this.qmgrActive(message);
    this.after(rng.between(30, 800), () => this.deliveryAttempt(message));
  }

  private clockStampId(): string {
    return this.clock.iso(this.now).replace(/[- :]/g, '');
  }

  // --- scenarios: mail from the Internet -------------------------------------------------------

  private postscreenPass(client: Client): number {
    const port = this.rng.between(1024, 65535);
    this.log('postscreen', this.postscreenPid, `CONNECT from [${client.ip}]:${port} to [${MY_IP}]:25`);
    const x = this.rng.next();
    if (x < 0.85) this.log('postscreen', this.postscreenPid, `PASS OLD [${client.ip}]:${port}`);
    else if (x < 0.97) this.log('postscreen', this.postscreenPid, `PASS NEW [${client.ip}]:${port}`);
    else this.log('postscreen', this.postscreenPid, `ALLOWLISTED [${client.ip}]:${port}`);
    return port;
  }

  private inboundSession(): void {
    const rng = this.rng;
    const client = this.remoteClient(rng.chance(0.45) ? 'provider' : 'legit');
    this.noteConnection(client);
    this.postscreenPass(client);
    this.after(rng.between(5, 60), () => {
      const proc = this.smtpd.acquire(rng, this.now);
      const tls = rng.chance(0.75);
      const senderDomain = this.domains.pick(rng);
      const sender = rng.chance(0.04) ? '' : `${localPart(rng)}@${senderDomain.name}`;
      const recipients = this.localRecipients(this.recipientsCount());
      const from = `from=<${sender}>`;
      const helo = `helo=<${client.helo}>`;
      this.log('smtpd', proc.pid, `connect from ${this.clientText(client)}`);
      if (tls)
        this.log(
          'smtpd',
          proc.pid,
          `Anonymous TLS connection established from ${this.clientText(client)}: ${this.serverTls()}`,
        );
      this.after(rng.between(100, 1500), () => {
        if (rng.chance(0.01)) {
          // warn_if_reject reject_unknown_client_hostname (shape: fail2ban postfix reject line)
          this.log(
            'smtpd',
            proc.pid,
            `NOQUEUE: reject_warning: RCPT from ${this.clientText(client)}: 450 4.7.25 Client host rejected: cannot find your hostname, [${client.ip}]; ${from} to=<${itemAt(recipients, 0).address}> proto=ESMTP ${helo}`,
          );
          this.counts.rejectWarnings++;
        }
        const message = this.newMessage('smtpd', sender, recipients, sizeBytes(rng, 14_000));
        this.clientLine('smtpd', proc.pid, message, this.clientText(client));
        let rejectedRcpts = 0;
        if (rng.chance(0.04)) {
          // A later RCPT in the same transaction is refused: the reject carries the queue id.
          const bad = `${localPart(rng)}@${rng.pick(LOCAL_DOMAINS)}`;
          this.log(
            'smtpd',
            proc.pid,
            `${message.qid}: reject: RCPT from ${this.clientText(client)}: 550 5.1.1 <${bad}>: Recipient address rejected: User unknown in virtual mailbox table; ${from} to=<${bad}> proto=ESMTP ${helo}`,
          );
          this.counts.rejected++;
          rejectedRcpts = 1;
        }
        const disconnect = (data: boolean) =>
          this.after(rng.between(20, 400), () => {
            this.log(
              'smtpd',
              proc.pid,
              `disconnect from ${this.clientText(client)} ${this.disconnectStats(recipients.length, tls, false, data, rejectedRcpts)}`,
            );
            this.smtpd.release(proc, this.now);
          });
        if (rng.chance(0.004)) {
          // milter rejects DATA (real: fail2ban postfix); pflogsumm does not count smtpd milter-reject.
          this.log(
            'smtpd',
            proc.pid,
            `${message.qid}: milter-reject: DATA from ${this.clientText(client)}: 550 5.7.1 Command rejected; ${from} to=<${itemAt(recipients, 0).address}> proto=ESMTP ${helo}`,
          );
          this.counts.smtpdMilterRejects++;
          this.inFlight--;
          disconnect(false);
          return;
        }
        const cleanupPid = this.cleanup.pick(rng);
        this.log('cleanup', cleanupPid, `${message.qid}: message-id=${message.msgId}`);
        const action = rng.next();
        const headerContext = `from ${this.clientText(client)}; ${from} to=<${itemAt(recipients, 0).address}> proto=ESMTP ${helo}`;
        if (action < 0.004) {
          this.log('cleanup', cleanupPid, `${message.qid}: warning: header ${rng.pick(HEADER_HITS)} ${headerContext}`);
          this.counts.rejectWarnings++;
        } else if (action < 0.007) {
          this.log('cleanup', cleanupPid, `${message.qid}: hold: header ${rng.pick(HEADER_HITS)} ${headerContext}`);
          this.counts.held++;
          disconnect(true);
          this.after(rng.between(1_800_000, 6 * 3_600_000), () => this.releaseHeld(message));
          return;
        } else if (action < 0.01) {
          this.log('cleanup', cleanupPid, `${message.qid}: discard: header ${rng.pick(HEADER_HITS)} ${headerContext}`);
          this.counts.discarded++;
          this.inFlight--;
          disconnect(true);
          return;
        } else if (action < 0.013) {
          this.log(
            'cleanup',
            cleanupPid,
            `${message.qid}: reject: header ${rng.pick(HEADER_HITS)} ${headerContext}: 5.7.1 message content rejected`,
          );
          this.counts.rejected++;
          this.inFlight--;
          disconnect(true);
          return;
        } else if (action < 0.02) {
          this.log(
            'cleanup',
            cleanupPid,
            `${message.qid}: milter-reject: END-OF-MESSAGE from ${this.clientText(client)}: 5.7.1 Blocked by SpamAssassin; ${from} to=<${itemAt(recipients, 0).address}> proto=ESMTP ${helo}`,
          );
          this.counts.rejected++;
          this.inFlight--;
          disconnect(true);
          return;
        }
        this.qmgrActive(message);
        disconnect(true);
        this.after(rng.between(30, 1500), () => this.deliveryAttempt(message));
      });
    });
  }

  /** An administrator releases or deletes a held message (postsuper). */
  private releaseHeld(message: PostfixMessage): void {
    const pid = this.postsuper.pick(this.rng);
    if (this.rng.chance(0.4)) {
      this.log('postsuper', pid, `${message.qid}: removed`);
      this.inFlight--;
      return;
    }
    this.log('postsuper', pid, `${message.qid}: released from hold`);
    this.after(this.rng.between(200, 3000), () => {
      this.qmgrActive(message);
      this.after(this.rng.between(30, 800), () => this.deliveryAttempt(message));
    });
  }

  private spamSession(): void {
    const rng = this.rng;
    const client = this.remoteClient('spam');
    this.noteConnection(client);
    this.postscreenPass(client);
    this.after(rng.between(5, 60), () => {
      const proc = this.smtpd.acquire(rng, this.now);
      const where = this.clientText(client);
      this.log('smtpd', proc.pid, `connect from ${where}`);
      const sender = `${localPart(rng)}${rng.between(1, 999)}@${wordFromHash(mix32(rng.int(1 << 30)), 2)}.${rng.pick(['com', 'biz', 'info', 'net', 'ru', 'top'])}`;
      const style = rng.int(100);
      // Only RCPT-stage refusals repeat per recipient; EHLO, VRFY, MAIL-stage discard and milter happen once.
      const attempts = style >= 90 || rng.chance(0.65) ? 1 : rng.between(2, 4);
      let rejected = 0;
      let delay = rng.between(200, 2500);
      for (let i = 0; i < attempts; i++) {
        const rcpt = rng.chance(0.2)
          ? `${localPart(rng)}@${this.domains.pick(rng).name}`
          : `${localPart(rng)}@${rng.pick(LOCAL_DOMAINS)}`;
        delay += rng.between(50, 900);
        this.after(delay, () => {
          const text = this.spamRejection(style, client, sender, rcpt);
          this.log('smtpd', proc.pid, text.line);
          if (text.kind === 'reject') this.counts.rejected++;
          else if (text.kind === 'discard') this.counts.discarded++;
          else this.counts.smtpdMilterRejects++;
          rejected++;
        });
      }
      this.after(delay + rng.between(100, 2000), () => {
        const end = rng.int(10);
        if (end < 2) this.log('smtpd', proc.pid, `lost connection after RCPT from ${where}`);
        else if (end < 3) this.log('smtpd', proc.pid, `too many errors after RCPT from ${where}`);
        else if (end < 4) this.log('smtpd', proc.pid, `improper command pipelining after RCPT from ${where}: QUIT`);
        const commands = 2 + rejected + (end < 2 ? 0 : 1);
        this.log(
          'smtpd',
          proc.pid,
          `disconnect from ${where} ehlo=1 mail=1 rcpt=0/${rejected}${end < 2 ? '' : ' quit=1'} commands=${commands - rejected}/${commands}`,
        );
        this.smtpd.release(proc, this.now);
      });
    });
  }

  /** One smtpd refusal (real shapes: fail2ban, crowdsec, whyscream, wazuh postfix samples). */
  private spamRejection(
    style: number,
    client: Client,
    sender: string,
    rcpt: string,
  ): { line: string; kind: 'reject' | 'discard' | 'milter' } {
    const rng = this.rng;
    const where = this.clientText(client);
    const tail = `from=<${sender}> to=<${rcpt}> proto=ESMTP helo=<${client.helo}>`;
    const reject = (text: string) => ({
      line: `NOQUEUE: reject: RCPT from ${where}: ${text}; ${tail}`,
      kind: 'reject' as const,
    });
    const local = rcpt.endsWith('example.net') || rcpt.endsWith('example.org');
    if (style < 30) {
      const list = rng.pick(['zen.spamhaus.org', 'zen.spamhaus.org', 'bl.spamcop.net', 'b.barracudacentral.org']);
      const url =
        list === 'zen.spamhaus.org'
          ? `https://www.spamhaus.org/query/ip/${client.ip}`
          : list === 'bl.spamcop.net'
            ? `Blocked - see https://www.spamcop.net/bl.shtml?${client.ip}`
            : `https://www.barracudacentral.org/reputation?ip=${client.ip}`;
      return reject(`554 5.7.1 Service unavailable; Client host [${client.ip}] blocked using ${list}; ${url}`);
    }
    if (style < 48) {
      if (!local) return reject(`554 5.7.1 <${rcpt}>: Relay access denied`);
      return reject(`550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown in virtual mailbox table`);
    }
    if (style < 58) return reject(`454 4.7.1 <${rcpt}>: Relay access denied`);
    if (style < 68) return reject(`450 4.7.25 Client host rejected: cannot find your hostname, [${client.ip}]`);
    if (style < 76) return reject(`504 5.5.2 <${client.helo}>: Helo command rejected: need fully-qualified hostname`);
    if (style < 82) return reject(`450 4.1.8 <${sender}>: Sender address rejected: Domain not found`);
    if (style < 86) {
      return reject(
        `554 5.7.1 Service unavailable; Helo command [${client.helo}] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/dbl?domain=${client.helo.replace(/^mail\./, '')}`,
      );
    }
    if (style < 90)
      return reject(
        `450 4.2.0 <${rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/${rcpt.slice(rcpt.indexOf('@') + 1)}.html`,
      );
    if (style < 93) {
      return {
        line: `NOQUEUE: reject: EHLO from ${where}: 504 5.5.2 <${client.helo}>: Helo command rejected: need fully-qualified hostname; proto=SMTP helo=<${client.helo}>`,
        kind: 'reject',
      };
    }
    if (style < 95) {
      return {
        line: `NOQUEUE: reject: VRFY from ${where}: 550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown in virtual mailbox table; to=<${rcpt}> proto=SMTP helo=<${client.helo}>`,
        kind: 'reject',
      };
    }
    if (style < 97) {
      return {
        line: `NOQUEUE: discard: MAIL from ${where}: <${sender}>: Sender address SPAM; from=<${sender}> proto=ESMTP helo=<${client.helo}>`,
        kind: 'discard',
      };
    }
    return {
      line: `NOQUEUE: milter-reject: RCPT from ${where}: 451 4.7.1 Greylisting in action, please come back later; ${tail}`,
      kind: 'milter',
    };
  }

  /** Bots stopped by postscreen before smtpd (real shapes: Hsn723 / whyscream / fail2ban). */
  private postscreenDrop(): void {
    const rng = this.rng;
    const client = this.remoteClient('spam');
    const port = rng.between(1024, 65535);
    const at = `[${client.ip}]:${port}`;
    const ps = (text: string) => this.log('postscreen', this.postscreenPid, text);
    ps(`CONNECT from ${at} to [${MY_IP}]:25`);
    const kind = rng.int(100);
    this.after(rng.between(50, 3000), () => {
      if (kind < 40) {
        const list = rng.pick(['zen.spamhaus.org', 'bl.spamcop.net', 'b.barracudacentral.org']);
        this.log(
          'dnsblog',
          this.dnsblog.pick(rng),
          `addr ${client.ip} listed by domain ${list} as 127.0.0.${rng.pick([2, 3, 4, 10, 11])}`,
        );
        ps(`DNSBL rank ${rng.between(2, 6)} for ${at}`);
        this.after(rng.between(500, 6000), () => {
          const rcpt = `${localPart(rng)}@${rng.pick(LOCAL_DOMAINS)}`;
          ps(
            `NOQUEUE: reject: RCPT from ${at}: 550 5.7.1 Service unavailable; client [${client.ip}] blocked using ${list}; from=<${localPart(rng)}@${wordFromHash(mix32(port), 2)}.com>, to=<${rcpt}>, proto=ESMTP, helo=<${client.helo}>`,
          );
          this.counts.rejected++;
          ps(`DISCONNECT ${at}`);
        });
      } else if (kind < 65) {
        ps(
          `PREGREET ${rng.pick([11, 14, 20, 22])} after ${postfixDelay(rng.next() * 2)} from ${at}: EHLO ${rng.pick(['ylmf-pc', 'User', 'localhost', client.helo])}\\r\\n`,
        );
        ps(`DISCONNECT ${at}`);
      } else if (kind < 80) {
        ps(`HANGUP after ${postfixDelay(rng.next() * 20)} from ${at} in tests after SMTP handshake`);
        ps(`DISCONNECT ${at}`);
      } else if (kind < 88) {
        ps(`COMMAND TIME LIMIT from ${at} after ${rng.pick(['CONNECT', 'EHLO', 'AUTH', 'RCPT'])}`);
        ps(`DISCONNECT ${at}`);
      } else if (kind < 93) {
        ps(`NON-SMTP COMMAND from ${at} after CONNECT: GET / HTTP/1.1`);
        ps(`DISCONNECT ${at}`);
      } else if (kind < 97) {
        ps(`DENYLISTED ${at}`);
        ps(`DISCONNECT ${at}`);
      } else {
        ps(`NOQUEUE: reject: CONNECT from ${at}: too many connections`);
        this.counts.rejected++;
      }
    });
  }

  /** Password guessing on the submission port (real shapes: fail2ban / crowdsec / kumina). */
  private saslBruteForce(): void {
    const rng = this.rng;
    const client = this.remoteClient('spam');
    const program = rng.chance(0.7) ? 'submission/smtpd' : 'smtps/smtpd';
    const proc = this.submission.acquire(rng, this.now);
    const where = this.clientText(client);
    this.log(program, proc.pid, `connect from ${where}`);
    const tries = rng.chance(0.7) ? 1 : rng.between(2, 3);
    let delay = 0;
    for (let i = 0; i < tries; i++) {
      delay += rng.between(500, 4000);
      this.after(delay, () => {
        const reason = rng.pick([
          'UGFzc3dvcmQ6',
          'authentication failure',
          `(reason unavailable), sasl_username=${rng.pick(['admin', 'info', 'test', 'postmaster', 'support'])}@${rng.pick(LOCAL_DOMAINS)}`,
        ]);
        const mech = reason === 'UGFzc3dvcmQ6' ? 'LOGIN' : rng.pick(['LOGIN', 'PLAIN']);
        this.log(program, proc.pid, `warning: ${where}: SASL ${mech} authentication failed: ${reason}`);
        this.counts.saslAuthFailures++;
      });
    }
    this.after(delay + rng.between(100, 3000), () => {
      this.log(program, proc.pid, `lost connection after AUTH from ${where}`);
      this.log(program, proc.pid, `disconnect from ${where} ehlo=1 auth=0/${tries} rset=1 commands=2/${2 + tries}`);
      this.submission.release(proc, this.now);
    });
  }

  /** Scanners and broken clients that never send mail. */
  private probeSession(): void {
    const rng = this.rng;
    const client = this.remoteClient('spam');
    this.postscreenPass(client);
    this.after(rng.between(5, 60), () => {
      const proc = this.smtpd.acquire(rng, this.now);
      const where = this.clientText(client);
      this.log('smtpd', proc.pid, `connect from ${where}`);
      const kind = rng.int(7);
      this.after(rng.between(200, 30_000), () => {
        let stats = 'commands=0/0';
        switch (kind) {
          case 0:
            this.log('smtpd', proc.pid, `lost connection after CONNECT from ${where}`);
            break;
          case 1:
            this.log('smtpd', proc.pid, `warning: non-SMTP command from ${where}: GET / HTTP/1.1`);
            stats = 'unknown=0/1 commands=0/1';
            break;
          case 2:
            this.log('smtpd', proc.pid, `timeout after CONNECT from ${where}`);
            break;
          case 3:
            this.log('smtpd', proc.pid, `SSL_accept error from ${where}: lost connection`);
            stats = 'ehlo=1 starttls=0/1 commands=1/2';
            break;
          case 4:
            this.log(
              'smtpd',
              proc.pid,
              `warning: hostname ${client.helo} does not resolve to address ${client.ip}: Name or service not known`,
            );
            this.log('smtpd', proc.pid, `lost connection after EHLO from ${where}`);
            stats = 'ehlo=1 commands=1';
            break;
          case 5:
            this.log('smtpd', proc.pid, `improper command pipelining after EHLO from ${where}: QUIT`);
            stats = 'ehlo=1 quit=1 commands=2';
            break;
          default:
            this.log('smtpd', proc.pid, `lost connection after STARTTLS from ${where}`);
            stats = 'ehlo=1 starttls=1 commands=2';
        }
        this.log('smtpd', proc.pid, `disconnect from ${where} ${stats}`);
        this.smtpd.release(proc, this.now);
      });
    });
  }

  private serverTls(): string {
    return this.rng.chance(0.7)
      ? 'TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256'
      : 'TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)';
  }

  private clientTls(trust: string, mx: { host: string; ip: string }): string {
    const cipher = this.rng.chance(0.8)
      ? 'TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256'
      : 'TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)';
    return `${trust} TLS connection established to ${mx.host}[${mx.ip}]:25: ${cipher}`;
  }

  // --- queue manager and delivery agents --------------------------------------------------------

  /** The backlog a rotated log starts with: messages deferred for up to five days. */
  private backlogMessage(): void {
    const rng = this.rng;
    const age = rng.between(3_600_000, PF_LIFETIME_MS - 600_000);
    const deadDomain = this.findTail((d) => d.behaviour === 'dead' || d.behaviour === 'dnsfail');
    const recipients: PostfixRecipient[] = [
      { address: `${localPart(rng)}@${deadDomain.name}`, domain: deadDomain, fate: 'ok', done: false, attempts: 3 },
    ];
    const sender = rng.chance(0.2) ? '' : rng.chance(0.5) ? rng.pick(APP_SENDERS) : ourUser(rng);
    // The queue id (long form) encodes the arrival time, days before the log starts.
    const saved = this.now;
    this.now = -age;
    const message = this.newMessage('backlog', sender, recipients, sizeBytes(rng, 12_000));
    this.now = saved;
    message.backoffMs = PF_MAX_BACKOFF_MS;
    this.at(rng.int(PF_MAX_BACKOFF_MS), () => this.retry(message));
  }

  private findTail(accept: (d: Domain) => boolean): Domain {
    for (;;) {
      const d = this.domains.tail(this.rng.int(20_000));
      if (d.provider === 'generic' && accept(d)) return d;
    }
  }

  private retry(message: PostfixMessage): void {
    this.qmgrActive(message);
    this.after(this.rng.between(5, 900), () => this.deliveryAttempt(message));
  }

  private scheduleRetry(message: PostfixMessage): void {
    const due = this.now + message.backoffMs;
    // qmgr scans the deferred queue every queue_run_delay; the retry happens at the next scan.
    const scan = Math.ceil(due / PF_QUEUE_RUN_MS) * PF_QUEUE_RUN_MS + 17_000;
    message.backoffMs = Math.min(message.backoffMs * 2, PF_MAX_BACKOFF_MS);
    this.at(scan, () => this.retry(message));
  }

  /** `delay=T, delays=a/b/c/d`: before qmgr, in qmgr, connection setup, transmission; a+b+c+d = T. */
  private delays(message: PostfixMessage, connect: number, transfer: number): string {
    const total = (this.now - message.arrival) / 1000;
    let queued = ((((message.arrival + message.size) % 20) + 20) % 20) / 1000;
    let c = connect;
    let d = transfer;
    const spent = queued + c + d;
    if (spent > total * 0.95) {
      const k = (total * 0.95) / spent;
      queued *= k;
      c *= k;
      d *= k;
    }
    const before = Math.max(0, total - queued - c - d);
    return `delay=${postfixDelay(total)}, delays=${postfixDelay(before)}/${postfixDelay(queued)}/${postfixDelay(c)}/${postfixDelay(d)}`;
  }

  private deliveryAttempt(message: PostfixMessage): void {
    const pending = message.recipients.filter((rcpt) => !rcpt.done);
    const bounced: PostfixRecipient[] = [];
    const local = pending.filter((rcpt) => rcpt.domain === undefined);
    const remote = pending.filter((rcpt) => rcpt.domain !== undefined);
    if (local.length > 0) this.deliverLocal(message, local, bounced);
    if (remote.length > 0) {
      // Group by destination: one smtp session per domain.
      const byDomain = new Map<string, PostfixRecipient[]>();
      for (const rcpt of remote) {
        const key = rcpt.domain?.name ?? '';
        const group = byDomain.get(key);
        if (group) group.push(rcpt);
        else byDomain.set(key, [rcpt]);
      }
      for (const group of byDomain.values()) this.deliverRemote(message, group, bounced);
    }
    if (message.gone) return; // the content filter re-injected it as a new message
    const stillPending = message.recipients.some((rcpt) => !rcpt.done);
    const expired = stillPending && this.now - message.arrival >= PF_LIFETIME_MS;
    if (expired) {
      this.log('qmgr', this.qmgrPid, `${message.qid}: from=<${message.sender}>, status=expired, returned to sender`);
      this.counts.expired++;
      for (const rcpt of message.recipients) rcpt.done = true;
    }
    if (bounced.length > 0 || expired) this.bounceNotice(message);
    if (!message.recipients.some((rcpt) => !rcpt.done)) this.finish(message);
    else this.scheduleRetry(message);
  }

  /** Local delivery for our domains: lmtp to Dovecot, virtual, mailman pipe or local(8) aliases. */
  private deliverLocal(message: PostfixMessage, rcpts: readonly PostfixRecipient[], bounced: PostfixRecipient[]): void {
    const rng = this.rng;
    if (message.origin === 'smtpd' && !message.filtered && rng.chance(0.25)) {
      this.contentFilter(message, rcpts);
      return;
    }
    for (const rcpt of rcpts) {
      const transfer = rng.next() * 0.2 + 0.01;
      if (rcpt.origTo !== undefined) {
        // local(8) expands the alias and re-submits: "forwarded as" (Postfix local/forward.c)
        const forward = this.newMessage(
          'forward',
          message.sender,
          [{ address: ourUser(rng), domain: undefined, fate: 'ok', done: false, attempts: 0 }],
          message.size + 400,
        );
        this.log('cleanup', this.cleanup.pick(rng), `${forward.qid}: message-id=${message.msgId}`);
        this.qmgrActive(forward);
        this.log(
          'local',
          this.local.pick(rng),
          `${message.qid}: to=<${rcpt.address}>, orig_to=<${rcpt.origTo}>, relay=local, ${this.delays(message, 0, transfer)}, dsn=2.0.0, status=sent (forwarded as ${forward.qid})`,
        );
        this.counts.forwarded++;
        rcpt.done = true;
        this.after(rng.between(20, 600), () => this.deliveryAttempt(forward));
        continue;
      }
      const domain = rcpt.address.slice(rcpt.address.indexOf('@') + 1);
      let line: string;
      let status: 'sent' | 'bounced' = 'sent';
      if (domain === 'lists.example.net') {
        line = `to=<${rcpt.address}>, relay=mailman, ${this.delays(message, 0, transfer)}, dsn=2.0.0, status=sent (delivered via mailman service)`;
        this.log('pipe', this.pipe.pick(rng), `${message.qid}: ${line}`);
      } else if (domain === 'example.org') {
        if (rcpt.fate === 'unknown') {
          status = 'bounced';
          line = `to=<${rcpt.address}>, relay=dovecot, ${this.delays(message, 0, transfer)}, dsn=5.1.1, status=bounced (user unknown)`;
          this.log('pipe', this.pipe.pick(rng), `${message.qid}: ${line}`);
        } else {
          line = `to=<${rcpt.address}>, relay=virtual, ${this.delays(message, 0, transfer)}, dsn=2.0.0, status=sent (delivered to maildir)`;
          this.log('virtual', this.virtual.pick(rng), `${message.qid}: ${line}`);
        }
      } else if (rcpt.fate === 'unknown') {
        status = 'bounced';
        line = `to=<${rcpt.address}>, relay=dovecot, ${this.delays(message, 0, transfer)}, dsn=5.4.6, status=bounced (mail forwarding loop for ${rcpt.address})`;
        this.log('pipe', this.pipe.pick(rng), `${message.qid}: ${line}`);
      } else {
        line = `to=<${rcpt.address}>, relay=${MY_FQDN}[private/dovecot-lmtp], ${this.delays(message, 0, transfer)}, dsn=2.0.0, status=sent (250 2.0.0 <${rcpt.address}> ${alnumId(rng, 22)} Saved)`;
        this.log('lmtp', this.lmtp.pick(rng), `${message.qid}: ${line}`);
      }
      rcpt.done = true;
      if (status === 'sent') this.countDelivered(message);
      else {
        this.counts.bounced++;
        bounced.push(rcpt);
      }
    }
  }

  private countDelivered(message: PostfixMessage): void {
    this.counts.delivered++;
    if (message.qmgrLogged) this.counts.bytesDelivered += message.size;
  }

  /** amavis-style filter on 127.0.0.1:10024 re-injecting via smtpd on 10025 (pflogsumm counts both). */
  private contentFilter(message: PostfixMessage, rcpts: readonly PostfixRecipient[]): void {
    const rng = this.rng;
    const proc = this.smtpd.acquire(rng, this.now);
    const copies = rcpts.map((rcpt) => ({ ...rcpt, done: false }));
    const inner = this.newMessage('filter', message.sender, copies, message.size + rng.between(300, 900));
    inner.filtered = true;
    const localhost = 'localhost[127.0.0.1]';
    this.log('smtpd', proc.pid, `connect from ${localhost}`);
    this.clientLine('smtpd', proc.pid, inner, localhost);
    this.log('cleanup', this.cleanup.pick(rng), `${inner.qid}: message-id=${message.msgId}`);
    this.qmgrActive(inner);
    this.log(
      'smtpd',
      proc.pid,
      `disconnect from ${localhost} ${this.disconnectStats(rcpts.length, false, false, true)}`,
    );
    this.smtpd.release(proc, this.now);
    const smtpPid = this.smtp.pick(rng);
    for (const rcpt of rcpts) {
      this.log(
        'smtp',
        smtpPid,
        `${message.qid}: to=<${rcpt.address}>, relay=127.0.0.1[127.0.0.1]:10024, ${this.delays(message, 0.01, rng.next() * 3 + 0.3)}, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as ${inner.qid})`,
      );
      rcpt.done = true;
      this.countDelivered(message);
    }
    this.finish(message);
    message.gone = true;
    this.after(rng.between(20, 800), () => this.deliveryAttempt(inner));
  }

  private deliverRemote(
    message: PostfixMessage,
    rcpts: readonly PostfixRecipient[],
    bounced: PostfixRecipient[],
  ): void {
    const rng = this.rng;
    const first = itemAt(rcpts, 0);
    const domain = first.domain;
    if (domain === undefined) return;
    const mx = rng.chance(0.9) ? itemAt(domain.mx, 0) : rng.pick(domain.mx);
    const pid = this.smtp.pick(rng);
    const vars = {
      domain: domain.name,
      mx: mx.host,
      ourip: MY_IP,
      ourfqdn: MY_FQDN,
      gid: gmailTraceId(rng),
      n: String(rng.between(100, 999)),
      senderdomain: message.sender.slice(message.sender.indexOf('@') + 1) || MY_FQDN,
    };
    this.smtpDeliveries += rcpts.length;
    this.smtpDomains++;
    const relay = `${mx.host}[${mx.ip}]:25`;
    // One SMTP session per destination: its recipients share timings and the 250 reply.
    const connect = rng.next() * 0.8 + 0.02;
    const transfer = rng.next() * 2 + 0.05;
    const defer = (
      rcpt: PostfixRecipient,
      relayText: string,
      dsn: string,
      reason: string,
      agent = 'smtp',
      agentPid = pid,
    ) => {
      const setup = relayText === 'relay=none' ? connect / 4 : connect;
      this.log(
        agent,
        agentPid,
        `${message.qid}: to=<${rcpt.address}>, ${relayText}, ${this.delays(message, agent === 'error' ? 0 : setup, 0)}, dsn=${dsn}, status=deferred (${reason})`,
      );
      this.counts.deferrals++;
      if (!message.deferredCounted) {
        message.deferredCounted = true;
        this.counts.deferred++;
      }
      rcpt.attempts++;
    };
    const bounce = (rcpt: PostfixRecipient, relayText: string, dsn: string, reason: string) => {
      this.log(
        'smtp',
        pid,
        `${message.qid}: to=<${rcpt.address}>, ${relayText}, ${this.delays(message, relayText === 'relay=none' ? 0 : connect, 0)}, dsn=${dsn}, status=bounced (${reason})`,
      );
      this.counts.bounced++;
      rcpt.done = true;
      rcpt.attempts++;
      bounced.push(rcpt);
    };

    // A destination recently found dead is skipped without connecting (postfix/error).
    const dead = this.deadUntil.get(domain.name);
    if (dead && dead.until > this.now) {
      const errPid = this.errorAgent.pick(rng);
      for (const rcpt of rcpts)
        defer(rcpt, 'relay=none', '4.4.1', `delivery temporarily suspended: ${dead.reason}`, 'error', errPid);
      return;
    }
    if (dead) this.deadUntil.delete(domain.name);

    if (domain.behaviour === 'dead') {
      const why = itemAt(
        ['Connection timed out', 'Connection timed out', 'Connection refused', 'No route to host'] as const,
        domain.hash % 4,
      );
      let reason = '';
      for (const host of domain.mx) {
        reason = `connect to ${host.host}[${host.ip}]:25: ${why}`;
        this.log('smtp', pid, reason);
      }
      for (const rcpt of rcpts) defer(rcpt, 'relay=none', '4.4.1', reason);
      if (this.deadUntil.size > 2000) this.deadUntil.clear();
      this.deadUntil.set(domain.name, { until: this.now + rng.between(600_000, 3_600_000), reason });
      return;
    }
    if (domain.behaviour === 'dnsfail') {
      if (domain.hash % 3 === 0) {
        for (const rcpt of rcpts) {
          bounce(
            rcpt,
            'relay=none',
            '5.4.4',
            `Host or domain name not found. Name service error for name=${domain.name} type=A: Host not found`,
          );
        }
      } else {
        for (const rcpt of rcpts) {
          defer(
            rcpt,
            'relay=none',
            '4.4.3',
            `Host or domain name not found. Name service error for name=${domain.name} type=MX: Host not found, try again`,
          );
        }
      }
      return;
    }
    if (domain.behaviour === 'refuses' && rng.chance(domain.provider === 'att' ? 0.5 : 0.35)) {
      const texts = domain.provider === 'att' ? GREETING_REFUSALS.att : GREETING_REFUSALS.generic;
      const reply = fill(rng.pick(texts), vars);
      const reason = `host ${mx.host}[${mx.ip}] refused to talk to me: ${reply}`;
      if (domain.mx.length > 1 && rng.chance(0.5)) this.log('smtp', pid, `${message.qid}: ${reason}`);
      // smtp_skip_5xx_greeting: a 5xx greeting is treated as temporary, so the DSN class is 4.
      const dsn = `4${dsnOf(reply).slice(1)}`;
      for (const rcpt of rcpts) defer(rcpt, `relay=${relay}`, dsn, reason);
      return;
    }
    if (rng.chance(0.002)) {
      const reason = rng.chance(0.5)
        ? `lost connection with ${mx.host}[${mx.ip}] while receiving the initial server greeting`
        : `conversation with ${mx.host}[${mx.ip}] timed out while receiving the initial server greeting`;
      for (const rcpt of rcpts) defer(rcpt, `relay=${relay}`, '4.4.2', reason);
      return;
    }

    if (rng.chance(0.8))
      this.log(
        'smtp',
        pid,
        this.clientTls(rng.chance(0.5) ? 'Trusted' : rng.chance(0.5) ? 'Verified' : 'Untrusted', mx),
      );
    const epoch = this.clock.epochSeconds(this.now);
    const accepted = sentReply(rng, domain.provider, message.msgId, epoch, message.size);
    const throttled = domain.behaviour === 'throttle' || (domain.provider !== 'generic' && rng.chance(0.008));
    if (throttled && rng.chance(0.45)) {
      const reply = rng.pick(DEFER_REPLIES[domain.provider]);
      for (const rcpt of rcpts) {
        const text = fill(reply.text, { ...vars, rcpt: rcpt.address });
        defer(
          rcpt,
          `relay=${relay}`,
          dsnOf(text),
          `host ${mx.host}[${mx.ip}] said: ${text} (in reply to ${reply.stage} command)`,
        );
      }
      return;
    }
    for (const rcpt of rcpts) {
      const said = (reply: Reply, extra: Record<string, string> = {}) => {
        const text = fill(reply.text, { ...vars, rcpt: rcpt.address, ...extra });
        return { text, reason: `host ${mx.host}[${mx.ip}] said: ${text} (in reply to ${reply.stage} command)` };
      };
      let fate = rcpt.fate;
      if (domain.behaviour === 'greylist' && rcpt.attempts === 0) {
        const { text, reason } = said(rng.pick(GREYLIST_REPLIES));
        defer(rcpt, `relay=${relay}`, dsnOf(text), reason);
        continue;
      }
      if (fate === 'full') fate = rcpt.attempts >= 3 ? (rng.chance(0.5) ? 'ok' : 'unknown') : 'full';
      if (fate === 'policy' && rcpt.attempts >= 1) fate = rng.chance(0.85) ? 'ok' : 'policy';
      switch (fate) {
        case 'ok': {
          this.log(
            'smtp',
            pid,
            `${message.qid}: to=<${rcpt.address}>, relay=${relay}, ${this.delays(message, connect, transfer)}, dsn=2.0.0, status=sent (${accepted})`,
          );
          rcpt.done = true;
          rcpt.attempts++;
          this.countDelivered(message);
          break;
        }
        case 'unknown':
        case 'spamblock': {
          // Big providers: the first entry is their "no such user", the second a block.
          const table = BOUNCE_REPLIES[domain.provider];
          const chosen =
            domain.provider === 'generic'
              ? rng.pick(table)
              : fate === 'spamblock' && table.length > 1
                ? itemAt(table, 1)
                : itemAt(table, 0);
          const { text, reason } = said(chosen);
          if (domain.mx.length > 1 && rng.chance(0.1)) this.log('smtp', pid, `${message.qid}: ${reason}`);
          bounce(rcpt, `relay=${relay}`, dsnOf(text), reason);
          break;
        }
        case 'full':
        case 'policy': {
          const table = DEFER_REPLIES[domain.provider];
          const { text, reason } = said(rng.pick(table));
          defer(rcpt, `relay=${relay}`, dsnOf(text), reason);
          break;
        }
      }
    }
  }

  /** bounce(8) sends a non-delivery notification as a new message from <>. */
  private bounceNotice(message: PostfixMessage): void {
    const rng = this.rng;
    if (message.sender === '') return; // never bounce a bounce
    const senderDomain = message.sender.slice(message.sender.indexOf('@') + 1);
    const ours = senderDomain === MY_FQDN || (LOCAL_DOMAINS as readonly string[]).includes(senderDomain);
    const rcptDomain = ours ? undefined : this.domains.lookup(senderDomain);
    const rcpt: PostfixRecipient = {
      address: senderDomain === MY_FQDN ? `root@${MY_FQDN}` : message.sender,
      domain: rcptDomain,
      fate: ours ? 'ok' : rng.chance(0.1) ? 'unknown' : 'ok',
      done: false,
      attempts: 0,
    };
    const notice = this.newMessage('bounce', '', [rcpt], 2_300 + rng.int(1_500));
    this.log(
      'cleanup',
      this.cleanup.pick(rng),
      `${notice.qid}: message-id=<${this.clockStampId()}.${notice.qid}@${MY_FQDN}>`,
    );
    this.log('bounce', this.bounce.pick(rng), `${message.qid}: sender non-delivery notification: ${notice.qid}`);
    this.counts.bounceNotifications++;
    this.qmgrActive(notice);
    this.after(rng.between(20, 1500), () => this.deliveryAttempt(notice));
  }

  // --- periodic noise -------------------------------------------------------------------------

  private anvilStatistics(): void {
    const rng = this.rng;
    this.after(600_000 + rng.int(30_000), () => this.anvilStatistics());
    const peak = this.anvilPeak;
    if (peak) {
      const at = this.ctime(peak.at);
      this.log(
        'anvil',
        this.anvilPid,
        `statistics: max connection rate ${peak.count}/60s for (smtp:${peak.ip}) at ${at}`,
      );
      this.log('anvil', this.anvilPid, `statistics: max connection count ${peak.count} for (smtp:${peak.ip}) at ${at}`);
      this.log('anvil', this.anvilPid, `statistics: max cache size ${rng.between(1, 12)} at ${at}`);
      this.anvilPeak = undefined;
    }
    if (this.smtpDomains > 0) {
      const since = this.ctime(this.scacheSince);
      const misses = this.smtpDomains;
      const hits = rng.int(Math.max(1, Math.floor(misses / 3)));
      const pct = Math.round((100 * hits) / (hits + misses));
      this.log('scache', this.scachePid, `statistics: start interval ${since}`);
      this.log('scache', this.scachePid, `statistics: domain lookup hits=${hits} miss=${misses} success=${pct}%`);
      this.log('scache', this.scachePid, `statistics: address lookup hits=0 miss=${this.smtpDeliveries} success=0%`);
      if (rng.chance(0.5)) {
        this.log(
          'scache',
          this.scachePid,
          `statistics: max simultaneous domains=${rng.between(1, 4)} addresses=${rng.between(1, 5)} connection=${rng.between(1, 6)}`,
        );
      }
      this.smtpDeliveries = 0;
      this.smtpDomains = 0;
      this.scacheSince = this.now;
      if (rng.chance(0.3)) this.scachePid = this.pids.next(rng);
    }
    if (rng.chance(0.1)) this.anvilPid = this.pids.next(rng);
    // Occasional smtpd warnings unrelated to a session (real: wazuh / Hsn723).
    if (rng.chance(0.25)) {
      const ip = publicIpv4(mix32(rng.int(1 << 30)));
      const rev = ip.split('.').reverse().join('.');
      const proc = this.smtpd.acquire(rng, this.now);
      this.log(
        'smtpd',
        proc.pid,
        rng.chance(0.5)
          ? `warning: ${rev}.zen.spamhaus.org: RBL lookup error: Host or domain name not found. Name service error for name=${rev}.zen.spamhaus.org type=A: Host not found, try again`
          : `warning: ${ip}: hostname ${ip.replace(/\./g, '-')}.${rng.pick(ISP_SUFFIXES)} verification failed: Name or service not known`,
      );
      this.smtpd.release(proc, this.now);
    }
  }

  /** The nightly logrotate reload: master logs it and the daemons restart with new pids. */
  private dailyReload(): void {
    this.after(86_400_000 + this.rng.int(600_000), () => this.dailyReload());
    this.log('master', this.masterPid, 'reload -- version 3.7.10, configuration /etc/postfix');
    this.qmgrPid = this.pids.next(this.rng);
    this.pickupPid = this.pids.next(this.rng);
    this.anvilPid = this.pids.next(this.rng);
  }
}

// ---------------------------------------------------------------------------------------------
// Exim
// ---------------------------------------------------------------------------------------------

interface EximRecipient {
  readonly address: string;
  readonly domain: Domain | undefined;
  readonly fate: RecipientFate;
  done: boolean;
  attempts: number;
  deferredAt: number;
}

interface EximMessage {
  readonly id: string;
  readonly newId: boolean;
  readonly sender: string;
  readonly size: number;
  readonly arrival: number;
  readonly recipients: EximRecipient[];
  readonly isBounce: boolean;
  deferCounted: boolean;
  failCounted: boolean;
}

interface EximCounts {
  received: number;
  bounceArrivals: number;
  delivered: number;
  deliveredAddresses: number;
  deferrals: number;
  deferredMessages: number;
  failures: number;
  failedMessages: number;
  completed: number;
  rejected: number;
  tempRejected: number;
  authFailures: number;
}

const EXIM_SCENARIOS = new Weighted<'inbound' | 'outbound' | 'reject' | 'auth' | 'protocol' | 'noise'>([
  ['inbound', 30],
  ['outbound', 38],
  ['reject', 16],
  ['auth', 7],
  ['protocol', 4],
  ['noise', 5],
]);

/** Debian's default retry rule F,2h,15m; G,16h,1h,1.5; F,4d,6h and a 30-minute queue runner. */
function eximRetryInterval(ageMs: number, attempts: number): number {
  const hour = 3_600_000;
  if (ageMs < 2 * hour) return 15 * 60_000;
  if (ageMs < 16 * hour) return Math.min(hour * 1.5 ** Math.max(0, attempts - 8), 16 * hour);
  return 6 * hour;
}
const EXIM_GIVE_UP_MS = 4 * 86_400_000;
const EXIM_QUEUE_RUN_MS = 30 * 60_000;

/**
 * A port of eximstats 1.61's counting (main loop, Debian exim4-base 4.96), applied to each written line.
 * It reads the id at column 20 (16 chars) and the flag at column 37, so 23-character ids are not
 * understood: their lines are skipped unless they contain rejected|refused|dropped, in which case they
 * count as rejections.
 */
class EximstatsCounter {
  received = 0;
  receivedBytes = 0;
  delivered = 0;
  deliveredAddresses = 0;
  deliveredBytes = 0;
  delayed = 0;
  failed = 0;
  rejects = 0;
  tempRejects = 0;
  private readonly messages = new Map<string, { size: number; delayed: boolean; error: boolean }>();

  private static readonly STAMP = /^\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(\.\d+)?(\s[-+]\d\d\d\d)?(\s\[\d+\])?/;
  private static readonly FLAG_CHARS = /^([<>=*-]+|SA)$/;
  private static readonly KNOWN_FLAG = /<=|=>|->|==|\*\*|Co|SA|Re/;

  feed(line: string): void {
    const length = line.length + 1; // Perl keeps the newline
    if (length < 38) return;
    const stamp = EximstatsCounter.STAMP.exec(line);
    if (!stamp) return;
    let extra = 0;
    if (stamp[2] !== undefined) extra = 6;
    if (stamp[1] !== undefined) extra += stamp[1].length;
    if (stamp[3] !== undefined) extra += stamp[3].length;
    let id = line.slice(20 + extra, 36 + extra);
    let flag = line.slice(37 + extra, 39 + extra);
    if (!EximstatsCounter.FLAG_CHARS.test(flag) && /rejected|refused|dropped/.test(line)) {
      flag = 'Re';
      extra -= 3;
    }
    if (flag === 'Re' && !/^[-0-9a-zA-Z]+$/.test(id)) {
      id = '';
      extra -= 17;
    }
    if (!EximstatsCounter.KNOWN_FLAG.test(flag)) return;
    const rest = line.slice(40 + extra);
    if (flag === '<=') {
      const size = /\sS=(\d+)( |$)/.exec(rest);
      const bytes = size ? Number(size[1]) : 0;
      this.messages.set(id, { size: bytes, delayed: false, error: false });
      this.received++;
      this.receivedBytes += bytes;
    } else if (flag === '=>') {
      this.delivered++;
      this.deliveredAddresses++;
      this.deliveredBytes += this.messages.get(id)?.size ?? 0;
    } else if (flag === '->') {
      this.deliveredAddresses++;
    } else if (flag === '==') {
      const message = this.messages.get(id);
      if (message && !message.delayed) {
        message.delayed = true;
        this.delayed++;
      }
    } else if (flag === '**') {
      const message = this.messages.get(id);
      if (message && !message.error) {
        message.error = true;
        this.failed++;
      }
    } else if (flag === 'Co') {
      this.messages.delete(id);
    }
    if (flag === 'Re' || (flag === '=>' && !/\sT=\S+/.test(rest))) {
      if (EximstatsCounter.isTemporary(rest)) this.tempRejects++;
      else this.rejects++;
    }
  }

  totals(): EximstatsTotals {
    return {
      received: this.received,
      receivedBytes: this.receivedBytes,
      delivered: this.delivered,
      deliveredAddresses: this.deliveredAddresses,
      deliveredBytes: this.deliveredBytes,
      delayed: this.delayed,
      failed: this.failed,
      rejects: this.rejects,
      tempRejects: this.tempRejects,
    };
  }

  // The reason chain of eximstats, reduced to "temporary or not" (same order, same patterns).
  private static readonly FIRST_LIST = [
    /(listed at [^ ]+)/,
    /(Forged IP detected in HELO)/,
    /(Invalid domain or IP given in HELO\/EHLO)/,
    /(unqualified recipient rejected)/,
    /(closed connection (after|in response) .*?)\s*$/,
    /(sender rejected)/,
    / rejected after DATA: (.*)/,
    / (rejected DATA: .*)/,
    /.DATA ACL discarded recipients.: (.*)/,
    /rejected after DATA: (unqualified address not permitted)/,
    /(VRFY rejected)/,
    /(too many recipients)/,
    /(refused relay.*?) to/,
    /(rejected by non-SMTP ACL: .*)/,
    /(rejected by local_scan.*)/,
    /(dropped: too many ((nonmail|unrecognized) commands|syntax or protocol errors))/,
    /(local_scan.. function .* - message temporarily rejected)/,
    /(SMTP protocol .*?(error|violation))/,
    /(message too big)/,
  ];
  private static readonly SECOND_LIST = [
    /(lookup of host )\S+ (failed)/,
    /(rejected [A-Z]*) .*?(: .*?)(:|\s*$)/,
    /(refused connection )from.*? (\(.*)/,
    /(error from remote mailer after .*?:).*(: .*?)(:|\s*$)/,
    /rejected after DATA: ("." or "." expected).*?(: failing address in .*? header)/,
    /(Connection )from.*? (refused: load average)/,
    /([Cc]onnection )from.*? (refused.*)/,
    /: (Connection refused)()/,
  ];

  private static isTemporary(text: string): boolean {
    if (/SpamAssassin/.test(text)) return false;
    if (/(temporarily rejected [A-Z]*) .*?(: .*?)(:|\s*$)/.test(text)) return true;
    if (/(temporarily refused connection)/.test(text)) return true;
    if (EximstatsCounter.FIRST_LIST.some((re) => re.test(text))) return false;
    if (/rejected [HE][HE]LO from [^:]*: syntactically invalid argument/.test(text)) return false;
    if (/response to "RCPT TO.*? was: (.*)/.test(text)) return false;
    if (EximstatsCounter.SECOND_LIST.some((re) => re.test(text))) return false;
    return /(temporarily rejected connection in .*?ACL:?.*)/.test(text);
  }
}

class EximSimulation extends Simulation {
  private readonly counts: EximCounts = {
    received: 0,
    bounceArrivals: 0,
    delivered: 0,
    deliveredAddresses: 0,
    deferrals: 0,
    deferredMessages: 0,
    failures: 0,
    failedMessages: 0,
    completed: 0,
    rejected: 0,
    tempRejected: 0,
    authFailures: 0,
  };
  private readonly stats = new EximstatsCounter();
  private readonly domains: DomainTable;
  private readonly pids: PidAllocator;
  /** Messages waiting for a retry; visited by the queue runner. */
  private readonly queue = new Set<EximMessage>();
  private readonly idsThisSecond = new Set<string>();
  private idSecond = -1;
  private inFlight = 0;

  constructor(options: ResolvedOptions) {
    super(options);
    this.domains = new DomainTable(options.seed);
    this.pids = new PidAllocator(this.rng);
  }

  truth(): EximGroundTruth {
    return {
      mta: 'exim',
      seed: this.options.seed,
      lines: this.emitted,
      bytes: this.bytes,
      firstTimestamp: this.firstStamp,
      lastTimestamp: this.lastStamp,
      newIdShare: this.options.newIdShare,
      ...this.counts,
      eximstats: this.stats.totals(),
    };
  }

  protected begin(): void {
    if (this.options.backlog) {
      for (let i = 0; i < 40; i++) this.backlogMessage();
    }
    this.after(this.rng.exponential(1500), () => this.arrival());
    this.at(this.rng.int(EXIM_QUEUE_RUN_MS), () => this.queueRun());
  }

  private log(text: string): void {
    const stamp = this.clock.iso(this.now);
    const line = `${stamp} ${text}`;
    this.emit(line, stamp);
    this.stats.feed(line);
  }

  /** Exim message id: base-62 time, pid and sub-second parts; 6-6-2 before 4.97, 6-11-4 after. */
  private newId(newFormat: boolean): string {
    const sec = this.clock.epochSeconds(this.now);
    if (sec !== this.idSecond) {
      this.idSecond = sec;
      this.idsThisSecond.clear();
    }
    for (;;) {
      const pid = this.pids.next(this.rng);
      const id = newFormat
        ? `${encode(sec, BASE62, 62, 6)}-${encode(pid, BASE62, 62, 11)}-${encode(this.rng.int(62 ** 4), BASE62, 62, 4)}`
        : `${encode(sec, BASE62, 62, 6)}-${encode(pid, BASE62, 62, 6)}-${encode(this.rng.int(62 * 62), BASE62, 62, 2)}`;
      if (!this.idsThisSecond.has(id)) {
        this.idsThisSecond.add(id);
        return id;
      }
    }
  }

  private newMessage(
    sender: string,
    recipients: EximRecipient[],
    size: number,
    isBounce = false,
    newId?: boolean,
  ): EximMessage {
    const useNew = newId ?? this.rng.chance(this.options.newIdShare);
    this.inFlight++;
    return {
      id: this.newId(useNew),
      newId: useNew,
      sender,
      size,
      arrival: this.now,
      recipients,
      isBounce,
      deferCounted: false,
      failCounted: false,
    };
  }

  private hostField(client: Client): string {
    if (client.name === 'unknown') return `H=(${client.helo}) [${client.ip}]`;
    if (client.helo === client.name) return `H=${client.name} [${client.ip}]`;
    return `H=${client.name} (${client.helo}) [${client.ip}]`;
  }

  private tlsIn(): string {
    return this.rng.chance(0.7)
      ? 'X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no'
      : 'X=TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256 CV=no';
  }

  private arrivalLine(message: EximMessage, text: string): void {
    this.log(`${message.id} <= ${text}`);
    this.counts.received++;
  }

  private completed(message: EximMessage): void {
    this.log(`${message.id} Completed`);
    this.counts.completed++;
    this.queue.delete(message);
    this.inFlight--;
  }

  // --- arrivals -------------------------------------------------------------------------------

  private static readonly MEAN_GAP_MS = 600;

  private arrival(): void {
    const gap = EximSimulation.MEAN_GAP_MS / this.diurnal(this.now);
    this.after(this.rng.exponential(gap), () => this.arrival());
    if (this.inFlight > 20_000) return;
    switch (EXIM_SCENARIOS.pick(this.rng)) {
      case 'inbound':
        this.inbound();
        break;
      case 'outbound':
        this.outbound();
        break;
      case 'reject':
        this.rejectSession();
        break;
      case 'auth':
        this.authFailure();
        break;
      case 'protocol':
        this.protocolError();
        break;
      case 'noise':
        this.connectionNoise();
        break;
    }
  }

  private remoteClient(spam: boolean): Client {
    const rng = this.rng;
    const h = mix32(rng.int(0x7fffffff));
    const ip = publicIpv4(h);
    if (spam) {
      const s = rng.int(10);
      if (s < 5)
        return {
          name: 'unknown',
          ip,
          helo: rng.chance(0.5) ? rng.pick(['User', 'ylmf-pc', 'localhost', 'test']) : `[${ip}]`,
        };
      const host = `${ip.replace(/\./g, '-')}.${rng.pick(ISP_SUFFIXES)}`;
      return { name: host, ip, helo: host };
    }
    if (rng.chance(0.4)) {
      const name = `mail-${rng.pick(['wr1', 'ej1', 'lj1', 'pf1'])}-f${rng.between(41, 199)}.google.com`;
      return { name, ip: `209.85.${rng.between(128, 255)}.${rng.between(1, 254)}`, helo: name };
    }
    const domain = this.domains.tail(rng.int(20_000));
    const name = `mail.${domain.name}`;
    return rng.chance(0.15)
      ? { name: 'unknown', ip, helo: name }
      : { name, ip, helo: rng.chance(0.8) ? name : `smtp.${domain.name}` };
  }

  private inbound(): void {
    const rng = this.rng;
    const client = this.remoteClient(false);
    const senderDomain = this.domains.pick(rng);
    const sender = rng.chance(0.04) ? '<>' : `${localPart(rng)}@${senderDomain.name}`;
    const n = rng.chance(0.85) ? 1 : rng.between(2, 4);
    const recipients: EximRecipient[] = [];
    for (let i = 0; i < n; i++)
      recipients.push({
        address: ourUser(rng),
        domain: undefined,
        fate: 'ok',
        done: false,
        attempts: 0,
        deferredAt: 0,
      });
    const message = this.newMessage(sender, recipients, sizeBytes(rng, 14_000));
    if (rng.chance(0.02)) {
      // Spam or virus found at DATA: refused, the id is logged but the message never arrives.
      this.log(
        `${message.id} ${this.hostField(client)} F=<${sender === '<>' ? '' : sender}> rejected after DATA: ${rng.pick([
          'This message contains a virus (Sanesecurity.Junk.39934.UNOFFICIAL).',
          'Your message scored 18.4 SpamAssassin point. Report follows:',
          '\'>\' missing at end of address: failing address in "To:" header is: <undisclosed-recipients',
        ])}`,
      );
      this.counts.rejected++;
      this.inFlight--;
      return;
    }
    const tls = rng.chance(0.75);
    const msgId = messageId(rng, senderDomain.name, this.clock.epochSeconds(this.now)).slice(1, -1);
    this.arrivalLine(
      message,
      `${sender} ${this.hostField(client)} P=${tls ? 'esmtps' : 'esmtp'}${tls ? ` ${this.tlsIn()}` : ''} S=${message.size} id=${msgId}`,
    );
    this.after(rng.between(100, 2500), () => this.deliver(message));
  }

  private outbound(): void {
    const rng = this.rng;
    const auth = rng.chance(0.45);
    const sender = auth ? ourUser(rng) : rng.chance(0.6) ? rng.pick(APP_SENDERS) : ourUser(rng);
    const n = rng.chance(0.82) ? 1 : rng.chance(0.85) ? rng.between(2, 5) : rng.between(6, 15);
    const recipients: EximRecipient[] = [];
    const shared = n > 1 && rng.chance(0.5) ? this.domains.pick(rng) : undefined;
    for (let i = 0; i < n; i++) {
      const domain = shared ?? this.domains.pick(rng);
      const x = rng.next();
      const fate: RecipientFate = x < 0.022 ? 'unknown' : x < 0.028 ? 'full' : x < 0.036 ? 'policy' : 'ok';
      recipients.push({
        address: `${localPart(rng)}@${domain.name}`,
        domain,
        fate,
        done: false,
        attempts: 0,
        deferredAt: 0,
      });
    }
    const message = this.newMessage(sender, recipients, sizeBytes(rng, auth ? 18_000 : 9_000));
    const msgId = messageId(rng, sender.slice(sender.indexOf('@') + 1), this.clock.epochSeconds(this.now)).slice(1, -1);
    if (auth) {
      const ip = publicIpv4(mix32(rng.int(0x7fffffff)));
      this.arrivalLine(
        message,
        `${sender} H=(${rng.pick(['[192.168.1.10]', 'laptop', 'DESKTOP-4KQ1M2T', 'iPhone'])}) [${ip}] P=esmtpsa ${this.tlsIn()} A=dovecot_plain:${sender} S=${message.size} id=${msgId}`,
      );
    } else {
      const user =
        sender.startsWith('www-data') || sender.startsWith('noreply')
          ? 'www-data'
          : sender.slice(0, sender.indexOf('@'));
      this.arrivalLine(message, `${sender} U=${user} P=local S=${message.size} id=${msgId}`);
    }
    this.after(rng.between(100, 3000), () => this.deliver(message));
  }

  // --- delivery -------------------------------------------------------------------------------

  private deliver(message: EximMessage): void {
    const rng = this.rng;
    const bounced: EximRecipient[] = [];
    const pending = message.recipients.filter((rcpt) => !rcpt.done);
    for (const rcpt of pending.filter((x) => x.domain === undefined)) {
      if (rcpt.address.endsWith('@example.org')) {
        this.log(
          `${message.id} => ${rcpt.address} R=dovecot_virtual T=dovecot_lmtp H=127.0.0.1 [127.0.0.1] C="250 2.0.0 <${rcpt.address}> ${alnumId(rng, 22)} Saved"`,
        );
      } else {
        this.log(
          `${message.id} => ${rcpt.address.slice(0, rcpt.address.indexOf('@'))} <${rcpt.address}> R=local_user T=mail_spool`,
        );
      }
      this.counts.delivered++;
      this.counts.deliveredAddresses++;
      rcpt.done = true;
    }
    const byDomain = new Map<string, EximRecipient[]>();
    for (const rcpt of pending) {
      if (rcpt.domain === undefined) continue;
      const group = byDomain.get(rcpt.domain.name);
      if (group) group.push(rcpt);
      else byDomain.set(rcpt.domain.name, [rcpt]);
    }
    for (const group of byDomain.values()) this.deliverRemote(message, group, bounced);
    this.afterAttempt(message, bounced);
  }

  private afterAttempt(message: EximMessage, bounced: EximRecipient[]): void {
    const pending = message.recipients.filter((rcpt) => !rcpt.done);
    if (pending.length > 0 && this.now - message.arrival >= EXIM_GIVE_UP_MS) {
      for (const rcpt of pending) {
        this.log(`${message.id} ** ${rcpt.address}${message.newId ? ' ' : ''}: retry timeout exceeded`);
        this.countFailure(message);
        rcpt.done = true;
        bounced.push(rcpt);
      }
    }
    if (bounced.length > 0 && !message.isBounce && message.sender !== '<>') this.bounceMessage(message);
    if (message.recipients.every((rcpt) => rcpt.done)) this.completed(message);
    else {
      this.queue.add(message);
      for (const rcpt of message.recipients) if (!rcpt.done && rcpt.deferredAt === 0) rcpt.deferredAt = this.now;
    }
  }

  private countFailure(message: EximMessage): void {
    this.counts.failures++;
    if (!message.failCounted) {
      message.failCounted = true;
      this.counts.failedMessages++;
    }
  }

  private countDeferral(message: EximMessage): void {
    this.counts.deferrals++;
    if (!message.deferCounted) {
      message.deferCounted = true;
      this.counts.deferredMessages++;
    }
  }

  private deliverRemote(message: EximMessage, rcpts: readonly EximRecipient[], bounced: EximRecipient[]): void {
    const rng = this.rng;
    const first = itemAt(rcpts, 0);
    const domain = first.domain;
    if (domain === undefined) return;
    const mx = rng.chance(0.9) ? itemAt(domain.mx, 0) : rng.pick(domain.mx);
    const host = `H=${mx.host} [${mx.ip}]`;
    const transport = 'R=dnslookup T=remote_smtp';
    const sep = message.newId ? ' : ' : ': ';
    const vars = {
      domain: domain.name,
      mx: mx.host,
      ourip: MY_IP,
      ourfqdn: MY_FQDN,
      gid: gmailTraceId(rng),
      n: String(rng.between(100, 999)),
      senderdomain: message.sender.slice(message.sender.indexOf('@') + 1),
    };
    // Exim logs multi-line replies with escaped newlines.
    const eximReply = (text: string) => text.replace(/ (\d{3}[- ]\d\.\d{1,3}\.\d{1,3}) /g, '\\n$1 ');
    const defer = (rcpt: EximRecipient, text: string) => {
      this.log(`${message.id} == ${rcpt.address} ${transport} ${text}`);
      this.countDeferral(message);
      rcpt.attempts++;
    };
    const fail = (rcpt: EximRecipient, text: string) => {
      this.log(`${message.id} ** ${rcpt.address} ${transport} ${text}`);
      this.countFailure(message);
      rcpt.done = true;
      rcpt.attempts++;
      bounced.push(rcpt);
    };
    const command = (reply: Reply, rcpt: EximRecipient): string => {
      switch (reply.stage) {
        case 'RCPT TO':
          return `RCPT TO:<${rcpt.address}>`;
        case 'MAIL FROM':
          return `MAIL FROM:<${message.sender === '<>' ? '' : message.sender}> SIZE=${message.size + 400}`;
        case 'DATA':
          return 'DATA';
        case 'end of DATA':
          return 'end of data';
        default:
          return 'initial connection';
      }
    };
    const errno = (reply: Reply): string =>
      reply.stage === 'RCPT TO'
        ? '-44'
        : reply.stage === 'MAIL FROM'
          ? '-45'
          : reply.stage === 'greeting'
            ? '0'
            : '-46';

    if (domain.behaviour === 'dead') {
      const kind = domain.hash % 4;
      const why = kind === 2 ? 'Connection refused' : kind === 3 ? 'No route to host' : 'Connection timed out';
      const code = kind === 2 ? '111' : kind === 3 ? '113' : '110';
      for (const h of domain.mx) this.log(`${message.id} H=${h.host} [${h.ip}] ${why}`);
      for (const rcpt of rcpts) defer(rcpt, `defer (${code}): ${why}`);
      return;
    }
    if (domain.behaviour === 'dnsfail') {
      for (const rcpt of rcpts) {
        this.log(`${message.id} ** ${rcpt.address}${message.newId ? ' ' : ''}: Unrouteable address`);
        this.countFailure(message);
        rcpt.done = true;
        bounced.push(rcpt);
      }
      return;
    }
    const tls = rng.chance(0.8) ? ` X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=${rng.chance(0.7) ? 'yes' : 'no'}` : '';
    const throttled =
      domain.behaviour === 'throttle' ||
      domain.behaviour === 'refuses' ||
      (domain.provider !== 'generic' && rng.chance(0.008));
    if (throttled && rng.chance(0.4)) {
      const reply = rng.pick(DEFER_REPLIES[domain.provider]);
      const text = eximReply(fill(reply.text, { ...vars, rcpt: first.address }));
      if (rng.chance(0.3))
        this.log(`${message.id} ${host}: SMTP error from remote mail server after ${command(reply, first)}: ${text}`);
      for (const rcpt of rcpts)
        defer(
          rcpt,
          `defer (${errno(reply)}) ${host}${tls}: SMTP error from remote mail server after ${command(reply, rcpt)}: ${text}`,
        );
      return;
    }
    let batchHead = true;
    const epoch = this.clock.epochSeconds(this.now);
    const confirmation = sentReply(rng, domain.provider, `<E${message.id}@${MY_FQDN}>`, epoch, message.size);
    for (const rcpt of rcpts) {
      let fate = rcpt.fate;
      if (domain.behaviour === 'greylist' && rcpt.attempts === 0) {
        const reply = rng.pick(GREYLIST_REPLIES);
        const text = fill(reply.text, { ...vars, rcpt: rcpt.address });
        defer(
          rcpt,
          `defer (${errno(reply)}) ${host}${tls}: SMTP error from remote mail server after ${command(reply, rcpt)}: ${text}`,
        );
        continue;
      }
      if (fate === 'full') fate = rcpt.attempts >= 3 ? (rng.chance(0.5) ? 'ok' : 'unknown') : 'full';
      if (fate === 'policy' && rcpt.attempts >= 1) fate = rng.chance(0.85) ? 'ok' : 'policy';
      if (fate === 'ok') {
        this.log(
          `${message.id} ${batchHead ? '=>' : '->'} ${rcpt.address} ${transport} ${host}${tls} C="${confirmation}"`,
        );
        if (batchHead) this.counts.delivered++;
        this.counts.deliveredAddresses++;
        batchHead = false;
        rcpt.done = true;
        rcpt.attempts++;
      } else if (fate === 'unknown') {
        const reply = rng.pick(BOUNCE_REPLIES[domain.provider]);
        const text = eximReply(fill(reply.text, { ...vars, rcpt: rcpt.address }));
        fail(rcpt, `${host}${tls}${sep}SMTP error from remote mail server after ${command(reply, rcpt)}: ${text}`);
      } else {
        const reply = rng.pick(DEFER_REPLIES[domain.provider]);
        const text = eximReply(fill(reply.text, { ...vars, rcpt: rcpt.address }));
        defer(
          rcpt,
          `defer (${errno(reply)}) ${host}${tls}: SMTP error from remote mail server after ${command(reply, rcpt)}: ${text}`,
        );
      }
    }
  }

  /** A delivery failure report (`<= <> R=parent`), delivered to the original sender. */
  private bounceMessage(parent: EximMessage): void {
    const rng = this.rng;
    const senderDomain = parent.sender.slice(parent.sender.indexOf('@') + 1);
    const ours = senderDomain === MY_FQDN || (LOCAL_DOMAINS as readonly string[]).includes(senderDomain);
    const rcpt: EximRecipient = {
      address: senderDomain === MY_FQDN ? `root@${MY_FQDN}` : parent.sender,
      domain: ours ? undefined : this.domains.lookup(senderDomain),
      fate: 'ok',
      done: false,
      attempts: 0,
      deferredAt: 0,
    };
    const bounce = this.newMessage('<>', [rcpt], parent.size + rng.between(1500, 3000), true, parent.newId);
    this.arrivalLine(bounce, `<> R=${parent.id} U=Debian-exim P=local S=${bounce.size}`);
    this.counts.bounceArrivals++;
    this.after(rng.between(50, 1500), () => this.deliver(bounce));
  }

  private queueRun(): void {
    const rng = this.rng;
    this.after(EXIM_QUEUE_RUN_MS, () => this.queueRun());
    const pid = this.pids.next(rng);
    this.log(`Start queue run: pid=${pid}`);
    let offset = rng.between(20, 200);
    for (const message of [...this.queue]) {
      const due = message.recipients.some(
        (rcpt) =>
          !rcpt.done && this.now - rcpt.deferredAt >= eximRetryInterval(this.now - message.arrival, rcpt.attempts),
      );
      if (!due) continue;
      this.queue.delete(message);
      offset += rng.between(20, 900);
      this.after(offset, () => {
        for (const rcpt of message.recipients) if (!rcpt.done) rcpt.deferredAt = this.now;
        this.deliver(message);
      });
    }
    this.after(offset + rng.between(50, 500), () => this.log(`End queue run: pid=${pid}`));
  }

  private backlogMessage(): void {
    const rng = this.rng;
    let domain: Domain;
    for (;;) {
      domain = this.domains.tail(rng.int(20_000));
      if (domain.provider === 'generic' && domain.behaviour === 'dead') break;
    }
    const age = rng.between(3_600_000, EXIM_GIVE_UP_MS - 600_000);
    const rcpt: EximRecipient = {
      address: `${localPart(rng)}@${domain.name}`,
      domain,
      fate: 'ok',
      done: false,
      attempts: 5,
      deferredAt: -rng.int(6 * 3_600_000),
    };
    const sender = rng.chance(0.5) ? rng.pick(APP_SENDERS) : ourUser(rng);
    // The id encodes the arrival time, days before the log starts.
    const saved = this.now;
    this.now = -age;
    const message = this.newMessage(sender, [rcpt], sizeBytes(rng, 12_000));
    this.now = saved;
    this.queue.add(message);
  }

  // --- sessions that never become messages ----------------------------------------------------

  private rejectSession(): void {
    const rng = this.rng;
    const client = this.remoteClient(true);
    const host = this.hostField(client);
    const sender = `${localPart(rng)}${rng.between(1, 99)}@${wordFromHash(mix32(rng.int(1 << 30)), 2)}.${rng.pick(['com', 'biz', 'ru', 'info'])}`;
    const rcpt = rng.chance(0.25)
      ? `${localPart(rng)}@${this.domains.pick(rng).name}`
      : `${localPart(rng)}@${rng.pick(LOCAL_DOMAINS)}`;
    const foreign = !rcpt.includes('example.');
    const kind = rng.int(100);
    let reason: string | undefined;
    if (foreign && kind < 40) reason = 'relay not permitted';
    else if (kind < 25) {
      const name = client.name === 'unknown' ? client.helo : client.name;
      reason = `"JunkMail rejected - ${name} [${client.ip}] is in an RBL: https://www.spamhaus.org/sbl/query/SBLCSS"`;
    } else if (kind < 40) reason = `rejected because ${client.ip} is in a black list at zen.spamhaus.org`;
    else if (kind < 55) reason = rng.pick(['Unknown user', 'No Such User Here', 'Unrouteable address']);
    else if (kind < 63) {
      const why = rng.pick([
        'Unrouteable address',
        'all relevant MX records point to non-existent hosts',
        'Unknown user',
      ]);
      this.log(`${host} sender verify fail for <${sender}>: ${why}`);
      reason = 'Sender verify failed';
    } else if (kind < 70) reason = 'SMTP AUTH is required for message submission on port 587';
    else if (kind < 75) reason = 'restricted characters in address';
    if (reason !== undefined) {
      this.log(`${host} F=<${sender}> rejected RCPT <${rcpt}>: ${reason}`);
      this.counts.rejected++;
    } else if (kind < 83) {
      this.log(`${host} F=<${sender}> temporarily rejected RCPT <${rcpt}>: greylisted`);
      this.counts.tempRejected++;
    } else if (kind < 90) {
      const rate = (rng.next() * 3 + 1).toFixed(1);
      this.log(`${host} temporarily rejected connection in "connect" ACL: "Host is ratelimited (${rate}/1h max:1.2)"`);
      this.counts.tempRejected++;
    } else if (kind < 95) {
      this.log(`H=[${client.ip}] dropped by 'connect' ACL: Country is banned`);
      this.counts.rejected++;
    } else {
      this.log(`${host} rejected EHLO or HELO ${client.helo}`);
      this.counts.rejected++;
    }
  }

  private authFailure(): void {
    const rng = this.rng;
    const client = this.remoteClient(true);
    const who =
      client.name === 'unknown' ? `(${client.helo}) [${client.ip}]` : `${client.name} (${client.helo}) [${client.ip}]`;
    const tries = rng.chance(0.6) ? 1 : rng.between(2, 4);
    let delay = 0;
    const user = rng.pick(['info', 'admin', 'test', 'sales', 'office', 'webmaster']);
    for (let i = 0; i < tries; i++) {
      delay += rng.between(1000, 8000);
      this.after(delay, () => {
        this.log(
          `${rng.pick(['dovecot_login', 'dovecot_plain', 'dovecot_login'])} authenticator failed for ${who}: 535 Incorrect authentication data (set_id=${user}@${rng.pick(LOCAL_DOMAINS)})`,
        );
        this.counts.authFailures++;
      });
    }
  }

  private protocolError(): void {
    const rng = this.rng;
    const client = this.remoteClient(true);
    switch (rng.int(5)) {
      case 0:
        this.log(
          `SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from H=[${client.ip}]:${rng.between(1024, 65535)} input="GET / HTTP/1.1\\r\\n\\r\\n"`,
        );
        this.counts.rejected++;
        return;
      case 1:
        this.log(
          `SMTP call from [${client.ip}] dropped: too many syntax or protocol errors (last command was "AUTH LOGIN")`,
        );
        this.counts.rejected++;
        return;
      case 2:
        this.log(
          `SMTP call from ${client.name === 'unknown' ? '' : `${client.name} `}[${client.ip}] dropped: too many nonmail commands (last was "RSET")`,
        );
        this.counts.rejected++;
        return;
      case 3:
        this.log(`SMTP protocol error in "AUTH LOGIN" ${this.hostField(client)} AUTH command used when not advertised`);
        return;
      default:
        this.log(
          `SMTP protocol error in "AUTH LOGIN" ${this.hostField(client)} LOGIN authentication mechanism not supported`,
        );
    }
  }

  private connectionNoise(): void {
    const rng = this.rng;
    const client = this.remoteClient(rng.chance(0.7));
    switch (rng.int(4)) {
      case 0:
        this.log(
          `SMTP connection from ${client.name === 'unknown' ? `(${client.helo}) ` : `${client.name} `}[${client.ip}] lost`,
        );
        return;
      case 1:
        this.log(
          `no MAIL in SMTP connection from ${client.name === 'unknown' ? '' : `${client.name} `}[${client.ip}] D=${rng.between(0, 40)}s C=EHLO,${rng.pick(['STARTTLS', 'QUIT', 'AUTH'])}`,
        );
        return;
      case 2:
        this.log(`no host name found for IP address ${client.ip}`);
        return;
      default:
        this.log(`no IP address found for host ${client.helo} (during SMTP connection from [${client.ip}])`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

interface CliArgs {
  readonly mta: Mta;
  readonly lines: number;
  readonly seed: number;
  readonly out: string;
  readonly gzip: boolean;
  readonly start?: string;
  readonly newIdShare?: number;
  readonly backlog: boolean;
}

function usage(): string {
  return [
    'usage: node dist-bench/generate.js --mta postfix|exim --lines N --seed S --out FILE [--gzip]',
    '       [--start "2024-03-10 00:00:00"] [--exim-new-id-share 0.2] [--no-backlog]',
    'Writes FILE (gzip-compressed with --gzip) and FILE.truth.json.',
  ].join('\n');
}

function parseArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = itemAt(argv, i);
    if (arg === '--gzip' || arg === '--no-backlog' || arg === '--help') flags.add(arg);
    else if (arg.startsWith('--') && i + 1 < argv.length) values.set(arg, itemAt(argv, ++i));
    else throw new Error(`unexpected argument ${arg}\n${usage()}`);
  }
  if (flags.has('--help')) {
    process.stdout.write(`${usage()}\n`);
    process.exit(0);
  }
  const mta = values.get('--mta');
  if (mta !== 'postfix' && mta !== 'exim') throw new Error(`--mta must be postfix or exim\n${usage()}`);
  const out = values.get('--out');
  if (!out) throw new Error(`--out is required\n${usage()}`);
  const lines = Number(values.get('--lines') ?? '1000000');
  const seed = Number(values.get('--seed') ?? '42');
  if (!Number.isInteger(lines) || lines < 0) throw new Error('--lines must be a non-negative integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const start = values.get('--start');
  const share = values.get('--exim-new-id-share');
  return {
    mta,
    lines,
    seed,
    out,
    gzip: flags.has('--gzip'),
    backlog: !flags.has('--no-backlog'),
    ...(start !== undefined ? { start } : {}),
    ...(share !== undefined ? { newIdShare: Number(share) } : {}),
  };
}

/** Writes the lines in ~1 MiB chunks, waiting for 'drain' when the stream asks for it. */
async function writeLog(lines: Iterable<string>, out: string, gzip: boolean): Promise<void> {
  const file = createWriteStream(out);
  const gz = gzip ? createGzip({ level: 6, chunkSize: 1 << 20 }) : undefined;
  if (gz) gz.pipe(file);
  const sink = gz ?? file;
  let text = '';
  const flush = async () => {
    if (text.length === 0) return;
    // Generated lines are ASCII: latin1 is the cheapest exact encoding.
    const chunk = Buffer.from(text, 'latin1');
    text = '';
    if (!sink.write(chunk)) await once(sink, 'drain');
  };
  for (const line of lines) {
    text += `${line}\n`;
    if (text.length >= 1 << 20) await flush();
  }
  await flush();
  sink.end();
  await finished(file);
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const options: GenerateOptions = {
    lines: args.lines,
    seed: args.seed,
    backlog: args.backlog,
    ...(args.start !== undefined ? { start: args.start } : {}),
    ...(args.newIdShare !== undefined ? { eximNewIdShare: args.newIdShare } : {}),
  };
  const started = performance.now();
  const log = args.mta === 'postfix' ? generatePostfix(options) : generateExim(options);
  await writeLog(log.lines, args.out, args.gzip);
  const truth = log.truth();
  const truthFile = createWriteStream(`${args.out}.truth.json`);
  truthFile.end(`${JSON.stringify(truth, null, 2)}\n`);
  await finished(truthFile);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `${args.mta}: ${truth.lines} lines, ${(truth.bytes / 1e6).toFixed(1)} MB (${(truth.bytes / Math.max(1, truth.lines)).toFixed(0)} B/line), ${truth.firstTimestamp} .. ${truth.lastTimestamp}, ${seconds.toFixed(2)} s\n`,
  );
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

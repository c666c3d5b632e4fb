/**
 * Run history in an embedded SQLite database (`--history FILE`, default beside the state file):
 * every run's headline numbers and its problem metrics by reason, code and domain, so the next
 * report can say what changed and which problems are new.
 *
 * better-sqlite3 12 (synchronous, no server); version 13 needs Node 22. All writes of a run are
 * one transaction: a run killed midway leaves the history as it was.
 */
import Database from 'better-sqlite3';
import type { Report } from '../aggregate/model.js';
import type { MetricKind, PastRun, RunMetrics } from '../aggregate/trends.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  finished_at INTEGER NOT NULL,
  period_from TEXT,
  period_to TEXT,
  lines INTEGER NOT NULL,
  received INTEGER NOT NULL,
  delivered INTEGER NOT NULL,
  deferred INTEGER NOT NULL,
  deferrals INTEGER NOT NULL,
  bounced INTEGER NOT NULL,
  expired INTEGER NOT NULL,
  rejected INTEGER NOT NULL,
  version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS run_metrics (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  kind TEXT NOT NULL CHECK (kind IN ('reason', 'code', 'domain')),
  key TEXT NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (run_id, kind, key)
);
CREATE TABLE IF NOT EXISTS seen (
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  first_run INTEGER NOT NULL,
  PRIMARY KEY (kind, key)
);
`;

/** Runs whose metrics are loaded for averages; older ones only feed `seen`. */
const RECENT_RUNS = 7;

export type HistoryResult<T> = { ok: true; value: T } | { ok: false; message: string };

export class History {
  private constructor(private readonly db: Database.Database) {}

  static open(path: string): HistoryResult<History> {
    try {
      const db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.exec(SCHEMA);
      return { ok: true, value: new History(db) };
    } catch (error) {
      return {
        ok: false,
        message: `${path}: cannot open the history database: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  /** The last runs with their metrics, newest first, and every key ever seen. */
  past(): { runs: PastRun[]; seen: Set<string> } {
    const runs = this.db.prepare('SELECT id, finished_at FROM runs ORDER BY id DESC LIMIT ?').all(RECENT_RUNS) as {
      id: number;
      finished_at: number;
    }[];
    const metricRows = this.db.prepare('SELECT kind, key, value FROM run_metrics WHERE run_id = ?');
    const past = runs.map((run) => {
      const metrics: RunMetrics = { reason: new Map(), code: new Map(), domain: new Map() };
      for (const row of metricRows.all(run.id) as { kind: MetricKind; key: string; value: number }[]) {
        metrics[row.kind].set(row.key, row.value);
      }
      return { finishedAt: run.finished_at, metrics };
    });
    const seen = new Set<string>();
    for (const row of this.db.prepare('SELECT kind, key FROM seen').all() as { kind: string; key: string }[]) {
      seen.add(`${row.kind}|${row.key}`);
    }
    return { runs: past, seen };
  }

  /** Record a finished run, in one transaction. */
  record(report: Report, metrics: RunMetrics, finishedAt: number): void {
    const t = report.totals;
    const insertRun = this.db.prepare(
      `INSERT INTO runs (finished_at, period_from, period_to, lines, received, delivered, deferred, deferrals, bounced, expired, rejected, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertMetric = this.db.prepare('INSERT INTO run_metrics (run_id, kind, key, value) VALUES (?, ?, ?, ?)');
    const insertSeen = this.db.prepare('INSERT OR IGNORE INTO seen (kind, key, first_run) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      const info = insertRun.run(
        finishedAt,
        report.period.from,
        report.period.to,
        report.diagnostics.linesRead,
        t.received,
        t.delivered,
        t.deferred,
        t.deferrals,
        t.bounced,
        t.expired,
        t.rejected,
        report.generator.version,
      );
      const runId = Number(info.lastInsertRowid);
      for (const kind of ['reason', 'code', 'domain'] as const) {
        for (const [key, value] of metrics[kind]) {
          insertMetric.run(runId, kind, key, value);
          insertSeen.run(kind, key, runId);
        }
      }
    })();
  }

  close(): void {
    this.db.close();
  }
}

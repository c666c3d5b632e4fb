/**
 * The fixture logs the golden and corpus tests run on, derived from the fixtures folder itself so
 * that a new fixture is picked up without editing a list.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './helpers.js';

export interface FixtureCase {
  /** Golden file stem. */
  name: string;
  /** Operands relative to the repository root (the tests run there). */
  operands: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Log files of the copied corpus and the constructed fixtures (not their notes or indexes). */
export function fixtureLogs(folder: 'corpus' | 'constructed'): string[] {
  return walk(join(ROOT, 'fixtures', folder))
    .filter((path) => /\.log(\.gz)?$/.test(path))
    .map((path) => relative(ROOT, path))
    .sort();
}

/** Every log under fixtures/, of any kind (not the golden reports, nor notes and indexes). */
export function allFixtureLogs(): string[] {
  return walk(join(ROOT, 'fixtures'))
    .map((path) => relative(ROOT, path))
    .filter((path) => !path.startsWith('fixtures/golden/') && !/\.(md|json)$/.test(path))
    .sort();
}

/** whyscream's file holds message bodies without syslog envelopes; it is tested on its own. */
export const BODIES_ONLY = 'fixtures/corpus/whyscream__postfix-grok-patterns/grok-test-messages.log';

export function goldenCases(): FixtureCase[] {
  const single = [...fixtureLogs('corpus'), ...fixtureLogs('constructed')]
    .filter((path) => path !== BODIES_ONLY)
    .map((path) => ({
      name: path
        .replace(/^fixtures\//, '')
        .replace(/\.log(\.gz)?$/, '')
        .replace(/[/]/g, '__'),
      operands: [path],
    }));
  return [{ name: 'sample', operands: ['fixtures/sample/'] }, ...single];
}

/**
 * Scratch directories for tests, removed after each test file by test/setup.ts (vitest.config.ts
 * setupFiles). Kept apart from helpers.ts so that the setup file loads nothing of the pipeline.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Scratch directories of this test file (vitest isolates modules per file). */
const scratchDirs: string[] = [];

/** A new empty directory under the system temp dir, removed after this test file. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/** Remove every scratch directory made so far. */
export function removeScratchDirs(): void {
  for (const dir of scratchDirs.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A test left a directory unreadable (chmod 000): open the tree up, then remove it.
      openUp(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function openUp(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) openUp(join(dir, entry.name));
  }
}

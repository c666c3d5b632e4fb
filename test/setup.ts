/**
 * Runs before each test file (vitest.config.ts setupFiles): scratch directories are removed once
 * the file's tests and its own afterAll hooks are done (afterAll hooks run in reverse order).
 */
import { afterAll } from 'vitest';
import { removeScratchDirs } from './scratch.js';

afterAll(removeScratchDirs);

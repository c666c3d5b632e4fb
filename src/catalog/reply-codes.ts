import type { BasicCodeEntry } from './types.js';

export const REPLY_CODES: readonly BasicCodeEntry[] = [];

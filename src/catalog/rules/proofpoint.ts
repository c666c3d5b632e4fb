import type { MessageRule } from '../types.js';

export const PROOFPOINT_RULES: readonly MessageRule[] = [];

import type { MessageRule } from '../types.js';

export const GENERIC_RULES: readonly MessageRule[] = [];

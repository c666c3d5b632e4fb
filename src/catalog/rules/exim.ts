import type { MessageRule } from '../types.js';

export const EXIM_RULES: readonly MessageRule[] = [];

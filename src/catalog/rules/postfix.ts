import type { MessageRule } from '../types.js';

export const POSTFIX_RULES: readonly MessageRule[] = [];

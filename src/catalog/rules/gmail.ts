import type { MessageRule } from '../types.js';

export const GMAIL_RULES: readonly MessageRule[] = [];

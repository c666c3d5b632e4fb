import type { MessageRule } from '../types.js';

export const YAHOO_RULES: readonly MessageRule[] = [];

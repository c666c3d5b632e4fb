import type { MessageRule } from '../types.js';

export const MICROSOFT_RULES: readonly MessageRule[] = [];

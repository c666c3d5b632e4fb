import type { MessageRule } from '../types.js';

export const OTHERS_RULES: readonly MessageRule[] = [];

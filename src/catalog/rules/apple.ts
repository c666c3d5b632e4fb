import type { MessageRule } from '../types.js';

export const APPLE_RULES: readonly MessageRule[] = [];

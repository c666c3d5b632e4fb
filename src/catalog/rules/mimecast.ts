import type { MessageRule } from '../types.js';

export const MIMECAST_RULES: readonly MessageRule[] = [];

import type { MessageRule } from '../types.js';

export const DNSBL_RULES: readonly MessageRule[] = [];

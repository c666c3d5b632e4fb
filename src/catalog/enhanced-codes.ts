import type { EnhancedCodeEntry } from './types.js';

export const ENHANCED_CODES: readonly EnhancedCodeEntry[] = [];

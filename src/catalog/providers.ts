import type { ProviderSignature } from './types.js';

export const PROVIDER_SIGNATURES: readonly ProviderSignature[] = [];

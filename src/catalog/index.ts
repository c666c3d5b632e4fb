/**
 * The catalog assembled from its data files. Rule order is meaningful: within the text layer
 * the first matching rule wins, so provider rules come first, then blocklists, then the MTAs'
 * own texts, then provider-agnostic phrases (specific before general).
 */
import { ENHANCED_CODES } from './enhanced-codes.js';
import { PROVIDER_SIGNATURES } from './providers.js';
import { REASON_INFO, REASONS } from './reasons.js';
import { REPLY_CODES } from './reply-codes.js';
import { APPLE_RULES } from './rules/apple.js';
import { DNSBL_RULES } from './rules/dnsbl.js';
import { EXIM_RULES } from './rules/exim.js';
import { GENERIC_RULES } from './rules/generic.js';
import { GMAIL_RULES } from './rules/gmail.js';
import { MICROSOFT_RULES } from './rules/microsoft.js';
import { MIMECAST_RULES } from './rules/mimecast.js';
import { OTHERS_RULES } from './rules/others.js';
import { POSTFIX_RULES } from './rules/postfix.js';
import { PROOFPOINT_RULES } from './rules/proofpoint.js';
import { STAGE_RULES } from './rules/stage.js';
import { YAHOO_RULES } from './rules/yahoo.js';
import type { MessageRule } from './types.js';

export const MESSAGE_RULES: readonly MessageRule[] = [
  ...GMAIL_RULES,
  ...MICROSOFT_RULES,
  ...YAHOO_RULES,
  ...APPLE_RULES,
  ...MIMECAST_RULES,
  ...PROOFPOINT_RULES,
  ...OTHERS_RULES,
  ...DNSBL_RULES,
  ...POSTFIX_RULES,
  ...EXIM_RULES,
  ...GENERIC_RULES,
  ...STAGE_RULES,
];

export type { Reason, ReasonInfo } from './reasons.js';
export type * from './types.js';
export { ENHANCED_CODES, PROVIDER_SIGNATURES, REASON_INFO, REASONS, REPLY_CODES };

/**
 * Shapes of the catalog data. The catalog is knowledge, not logic: every entry says what a code
 * or message means, when an operator meets it in Postfix or Exim logs, how to fix it, who has
 * to act, and where the fact comes from. `lookup.ts` is the only code that reads it.
 */
import type { Hardness, ReplyClass, SmtpStage, Speaker, WhoMustAct } from '../types.js';
import type { Reason } from './reasons.js';

export type Lang = 'en' | 'tr';
export const LANGS: readonly Lang[] = ['en', 'tr'];

/** The four texts every entry carries, written in our own words. */
export interface EntryText {
  /** Short name, e.g. "User not local, will forward". */
  title: string;
  /** What the code or message means. */
  description: string;
  /** When you meet it, in terms of Postfix and Exim logs. */
  whenYouSeeIt: string;
  /** What to do about it, concretely. */
  howToFix: string;
}

export type ReferenceKind = 'rfc' | 'iana' | 'provider' | 'mta' | 'draft' | 'other';

export interface Reference {
  kind: ReferenceKind;
  /** Human label: "RFC 5321 §4.2.3", "IANA SMTP Enhanced Status Codes", "Postfix smtpd_check.c". */
  title: string;
  /** https URL of the source. */
  url: string;
}

/** Fields shared by every catalog entry. */
export interface EntryBase {
  /** Unique, stable id: `reply.550`, `enhanced.5.7.26`, `gmail.dmarc-policy`. */
  id: string;
  /** English is required; other languages are optional and fall back to English. */
  texts: { en: EntryText } & Partial<Record<Exclude<Lang, 'en'>, EntryText>>;
  /** The reason this entry assigns when it decides a classification. */
  reason: Reason;
  whoMustAct: WhoMustAct;
  /** Hardness for a permanent (5xx) reply; a transient reply is always soft. */
  hardness: Hardness;
  /** At least one; RFC section, IANA registry, provider page or MTA source. */
  references: readonly Reference[];
  /**
   * Example replies as they appear in logs, starting with the basic code when there is one:
   * `550-5.7.26 This mail has been blocked ... - gsmtp`. Real texts where we have them.
   */
  samples: readonly string[];
}

/** How a basic reply code is defined. */
export type CodeStatus =
  /** RFC 5321 core code. */
  | 'standard'
  /** Defined by an SMTP extension RFC (AUTH, STARTTLS, ETRN, SIZE, SMTPUTF8, RFC 7504 ...). */
  | 'extension'
  /** Only listed as "associated" with an enhanced code in the IANA registry. */
  | 'registry-associated'
  /** Only in an expired Internet-Draft. */
  | 'draft'
  /** Not defined anywhere; seen in the wild (often a dot-stripped enhanced code). */
  | 'non-standard';

export interface BasicCodeEntry extends EntryBase {
  /** Three-digit code, 200-599. */
  code: number;
  class: ReplyClass;
  status: CodeStatus;
  /** For dot-stripped non-standard codes (447, 571): the enhanced code they stand for. */
  standsFor?: string;
}

export interface EnhancedCodeEntry extends EntryBase {
  /** Class-less form as in the IANA registry: `X.7.26`. */
  code: string;
  subject: number;
  detail: number;
  /** Listed in the IANA "SMTP Enhanced Status Codes" registry. */
  registered: boolean;
  /** The registry's "associated basic status code" column. */
  associatedBasic: readonly number[];
  /**
   * Generic codes (X.0.0, X.7.0, X.7.1 ...) say too little to decide a reason; the classifier
   * then reads the text instead.
   */
  generic: boolean;
}

export type Provider =
  | 'gmail'
  | 'microsoft'
  | 'yahoo'
  | 'apple'
  | 'mimecast'
  | 'proofpoint'
  | 'dnsbl'
  | 'postfix'
  | 'exim'
  | 'generic'
  | 'other';

/**
 * A message rule: a reply text fragment from a provider or MTA, with what it means.
 *
 * `match` is an OR of ANDs of lower-case substrings: the rule matches when, for at least one
 * inner list, every fragment occurs in the lower-cased reply text. Substring tests keep matching
 * linear on hostile input (no regex backtracking). An empty `match` list matches any text: used
 * by provider rules that only redefine an enhanced code (Gmail's X.7.27, `requiresProvider`),
 * and by stage fallbacks (no codes, no fragments, only `stages`/`classes`), which the lookup
 * consults last, after the basic code, when nothing in the text explained the reply.
 */
export interface MessageRule extends EntryBase {
  provider: Provider;
  /** Basic codes the rule applies to; empty means any. */
  codes: readonly number[];
  /** Enhanced codes the rule applies to, with class (`5.7.26`); empty means any. */
  enhanced: readonly string[];
  match: readonly (readonly string[])[];
  /** The rule only applies when the remote is known to be `provider` (see providers.ts). */
  requiresProvider: boolean;
  /** Restrict to replies given by a remote server or by our own server. */
  speaker?: Speaker;
  /** Restrict to SMTP stages. */
  stages?: readonly SmtpStage[];
  /** Restrict to transient (4xx) or permanent (5xx) replies. */
  classes?: readonly ('transient' | 'permanent')[];
  /**
   * The text is stronger evidence than a specific enhanced code (a provider or MTA known to
   * attach a misleading code to this text).
   */
  overridesEnhanced?: boolean;
}

/** Identifies a provider from the remote host name or from markers in the reply text. */
export interface ProviderSignature {
  provider: Provider;
  /** Lower-case host name suffixes: `google.com`, `protection.outlook.com`. */
  hostSuffixes: readonly string[];
  /** Lower-case markers in the reply text: `gsmtp`, `protection.outlook.com`. */
  textMarkers: readonly string[];
}

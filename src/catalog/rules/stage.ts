/**
 * Stage fallbacks: what an unexplained refusal means by the SMTP stage it came at. They have no
 * codes and no text fragments, so the lookup consults them only after every provider, enhanced
 * code, text and basic-code entry failed to explain the reply (see lookup.ts).
 *
 * The reading follows RFC 5321's command sequence (§3.3, §4.3.2): a server that refuses the
 * greeting or HELO refuses the connecting client; at MAIL FROM it refuses the sender; at RCPT TO
 * the recipient; after DATA the message itself. The reason is the likeliest one, never a
 * certainty, so hardness stays soft and the texts say so.
 * Order: one rule per stage and class; they never overlap.
 */
import type { MessageRule, Reference } from '../types.js';

const SEQUENCE: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §4.3.2 (command-reply sequences)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2',
};
const TRANSACTION: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §3.3 (mail transactions)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-3.3',
};

export const STAGE_RULES: readonly MessageRule[] = [
  {
    id: 'stage.greeting-refused',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [],
    requiresProvider: false,
    stages: ['CONNECT'],
    classes: ['permanent'],
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Connection refused at the greeting',
        description:
          'The receiving server refused us before any command, with a text that names no reason. A refusal at this point can only be about the connecting client: our IP address, its reputation or its reverse DNS.',
        whenYouSeeIt:
          'Postfix: `host X refused to talk to me: 554 ...` (logged as deferred, since smtp_skip_5xx_greeting tries the next MX). Exim: `SMTP error from remote mail server after initial connection: 554 ...`.',
        howToFix:
          'Check the sending IP against the common blocklists and its PTR record; if all is clean, ask the postmaster of the receiving domain why the IP is refused.',
      },
    },
    references: [SEQUENCE],
    samples: ['554 No thanks', '554 Service closed'],
  },
  {
    id: 'stage.greeting-deferred',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [],
    requiresProvider: false,
    stages: ['CONNECT'],
    classes: ['transient'],
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Connection deferred at the greeting',
        description:
          'The receiving server did not take the connection for now and gave no reason: it is busy, in maintenance, or limiting connections from our side.',
        whenYouSeeIt:
          'Postfix: `host X refused to talk to me: 421 ...` or `450 ...`, with status=deferred. Exim: `SMTP error from remote mail server after initial connection: 421 ...` on an `==` line.',
        howToFix:
          'Let the queue retry. If one destination keeps doing this for hours, lower the concurrency toward it and check whether our IP is on its blocklist.',
      },
    },
    references: [SEQUENCE],
    samples: ["450 I'm busy", '421 Come back in an hour'],
  },
  {
    id: 'stage.helo-refused',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [],
    requiresProvider: false,
    stages: ['HELO'],
    classes: ['permanent', 'transient'],
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'HELO/EHLO refused',
        description:
          'The server refused our HELO or EHLO without saying why. At this stage the refusal concerns the connecting client: the HELO name we announce, our IP or its reverse DNS.',
        whenYouSeeIt:
          'Postfix: `host X said: 550 ... (in reply to EHLO command)`. Exim: `SMTP error from remote mail server after EHLO our.name: 550 ...`.',
        howToFix:
          'Announce a fully qualified HELO name that resolves to the sending IP (Postfix smtp_helo_name, Exim helo_data) and make the PTR of the IP match it.',
      },
    },
    references: [SEQUENCE],
    samples: ['550 Not you', "450 I'm busy"],
  },
  {
    id: 'stage.sender-refused',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [],
    requiresProvider: false,
    stages: ['MAIL'],
    classes: ['permanent', 'transient'],
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sender refused at MAIL FROM',
        description:
          'The server refused the envelope sender without a recognisable reason. At MAIL FROM that concerns the sender address or its domain, or a sending limit tied to it.',
        whenYouSeeIt:
          'Postfix: `host X said: 5xx ... (in reply to MAIL FROM command)`. Exim: `SMTP error from remote mail server after MAIL FROM:<...>: 5xx ...`.',
        howToFix:
          'Make sure the envelope sender domain resolves (MX or A) and accepts bounces, and that the address is one the sending account may use; then ask the receiver if it persists.',
      },
    },
    references: [TRANSACTION],
    samples: ["550 Don't like that sender", '451 Temp error'],
  },
  {
    id: 'stage.recipient-refused',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [],
    requiresProvider: false,
    stages: ['RCPT'],
    classes: ['permanent'],
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Recipient refused at RCPT TO',
        description:
          'The server permanently refused one recipient and gave no recognisable reason. Most such refusals are unknown or closed mailboxes, but relay rules and recipient policies also answer here, so it is not proof that the address is dead.',
        whenYouSeeIt:
          'Postfix: `status=bounced (host X said: 550 ... (in reply to RCPT TO command))`. Exim: `** addr ... SMTP error from remote mail server after RCPT TO:<addr>: 550 ...`.',
        howToFix:
          'Check the address for typos and ask the recipient through another channel; suppress it if the refusal repeats.',
      },
    },
    references: [TRANSACTION],
    samples: ['550 Recipient not OK', '550 NO'],
  },
  {
    id: 'stage.recipient-deferred',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [],
    requiresProvider: false,
    stages: ['RCPT'],
    classes: ['transient'],
    reason: 'greylisted',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Recipient deferred at RCPT TO',
        description:
          'The server temporarily refused one recipient without saying why. A bare temporary refusal at RCPT TO is the signature of greylisting; per-recipient rate limits look the same.',
        whenYouSeeIt:
          'Postfix: `status=deferred (host X said: 450 ... (in reply to RCPT TO command))`. Exim: `== addr ... defer (-44) ... after RCPT TO:<addr>: 451 ...`.',
        howToFix:
          'Let the queue retry; greylisting passes on a retry from the same IP range after a few minutes. If it never passes, check that retries leave from the same addresses.',
      },
    },
    references: [TRANSACTION],
    samples: ['451 Recipient deferred', '450 This one is delayed on RCPT'],
  },
  {
    id: 'stage.message-refused',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [],
    requiresProvider: false,
    stages: ['DATA', 'END-OF-MESSAGE'],
    classes: ['permanent'],
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message refused after DATA',
        description:
          'The server took the envelope but refused the message itself with no recognisable reason: a content filter, an authentication check (SPF, DKIM, DMARC) or a size or attachment rule.',
        whenYouSeeIt:
          'Postfix: `host X said: 550 ... (in reply to end of DATA command)`. Exim: `SMTP error from remote mail server after end of data: 550 ...`.',
        howToFix:
          'Check SPF, DKIM and DMARC alignment and the content of the message; if they are fine, ask the receiving postmaster which rule refused it.',
      },
    },
    references: [TRANSACTION],
    samples: ['550 Perm error'],
  },
  {
    id: 'stage.message-deferred',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [],
    requiresProvider: false,
    stages: ['DATA', 'END-OF-MESSAGE'],
    classes: ['transient'],
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message deferred after DATA',
        description:
          'The server could not take the message right now and gave no reason: usually a temporary processing problem on its side (scanner down, storage, lookups).',
        whenYouSeeIt:
          'Postfix: `status=deferred (host X said: 451 ... (in reply to end of DATA command))`. Exim: `== ... defer (-46) ... after DATA: 451 ...`.',
        howToFix:
          'Let the queue retry; if it lasts, the receiving postmaster must look at their content scanning or storage.',
      },
    },
    references: [TRANSACTION],
    samples: ['403 Sorry temp data error'],
  },
];

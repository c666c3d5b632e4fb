/**
 * Gmail and Google Workspace replies (fact base §3.1, rows G01-G56).
 *
 * Sources: Google's "Gmail SMTP errors and codes" and "About SMTP error messages" pages, the
 * sender guidelines, Sisimai's Google table (go-sisimai rhost/for-google.go) and real replies
 * from the corpus (FgForrest real-mail.log: 550 5.1.1, 550 5.7.1 unsolicited, 421 4.7.0 rate).
 *
 * Every Gmail error ends with "- gsmtp", so the provider is recognised from the text even when the
 * remote host is unknown; texts that are Gmail's own wording are still usable without detection
 * (requiresProvider: false), phrases other servers use too are not.
 *
 * Order: first match wins within Gmail's rules, so a rule whose fragment also occurs inside a
 * longer Gmail text comes after the rule for that longer text: the DMARC DNS-failure reply (G16)
 * quotes the DMARC reply (G15), which quotes the word "unauthenticated" used by G17; the header and
 * attachment limit texts (G32) before the message size text (G31); the same-Message-ID quota (G35)
 * before the unusual-rate texts (G09). Rules that only redefine a registry code (X.7.27, X.7.29,
 * X.7.30: Gmail's own meanings) have no fragment and come last.
 */
import type { MessageRule, Reference } from '../types.js';

const GMAIL_SMTP_ERRORS: Reference = {
  kind: 'provider',
  title: 'Google Workspace Admin Help: Gmail SMTP errors and codes',
  url: 'https://support.google.com/a/answer/3726730',
};
const GMAIL_ABOUT_SMTP: Reference = {
  kind: 'provider',
  title: 'Google Workspace Admin Help: About SMTP error messages',
  url: 'https://support.google.com/a/answer/3221692',
};
const GMAIL_SENDER_GUIDELINES: Reference = {
  kind: 'provider',
  title: 'Gmail Help: Email sender guidelines',
  url: 'https://support.google.com/mail/answer/81126',
};
const GMAIL_BLOCKED_HELP: Reference = {
  kind: 'provider',
  title: 'Gmail Help: Why has Gmail blocked my messages?',
  url: 'https://support.google.com/mail/answer/188131',
};
const GMAIL_RELAY_ERRORS: Reference = {
  kind: 'provider',
  title: 'Google Workspace Admin Help: SMTP relay service error messages',
  url: 'https://support.google.com/a/answer/6140680',
};
const GOOGLE_POSTMASTER_TOOLS: Reference = {
  kind: 'provider',
  title: 'Google Postmaster Tools',
  url: 'https://postmaster.google.com',
};
const SISIMAI_GOOGLE: Reference = {
  kind: 'other',
  title: 'Sisimai rhost/for-google.go (Gmail reply patterns and reasons)',
  url: 'https://github.com/sisimai/go-sisimai/blob/0068fc805a409e5f3d2797f7a7f000387d473c33/rhost/for-google.go',
};
const RFC7489_ALIGNMENT: Reference = {
  kind: 'rfc',
  title: 'RFC 7489 §3.1 (DMARC identifier alignment)',
  url: 'https://www.rfc-editor.org/rfc/rfc7489#section-3.1',
};
const RFC7208_RESULTS: Reference = {
  kind: 'rfc',
  title: 'RFC 7208 §2.6 (SPF results)',
  url: 'https://www.rfc-editor.org/rfc/rfc7208#section-2.6',
};
const RFC6376_SIGNATURE: Reference = {
  kind: 'rfc',
  title: 'RFC 6376 §3.5 (the DKIM-Signature header field)',
  url: 'https://www.rfc-editor.org/rfc/rfc6376#section-3.5',
};
const RFC8617_ARC: Reference = {
  kind: 'rfc',
  title: 'RFC 8617 §1 (Authenticated Received Chain)',
  url: 'https://www.rfc-editor.org/rfc/rfc8617#section-1',
};
const RFC7372_CODES: Reference = {
  kind: 'rfc',
  title: 'RFC 7372 §3 (email authentication status codes)',
  url: 'https://www.rfc-editor.org/rfc/rfc7372#section-3',
};
const RFC1912_PTR: Reference = {
  kind: 'rfc',
  title: 'RFC 1912 §2.1 (PTR records for every host)',
  url: 'https://www.rfc-editor.org/rfc/rfc1912#section-2.1',
};
const RFC5322_FIELDS: Reference = {
  kind: 'rfc',
  title: 'RFC 5322 §3.6 (header fields: From, Message-ID, counts)',
  url: 'https://www.rfc-editor.org/rfc/rfc5322#section-3.6',
};
const RFC2047_PLACEMENT: Reference = {
  kind: 'rfc',
  title: 'RFC 2047 §5 (where encoded-words may appear)',
  url: 'https://www.rfc-editor.org/rfc/rfc2047#section-5',
};
const RFC5321_LOOP: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §6.3 (loop detection)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-6.3',
};
const RFC5321_EHLO: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §4.1.1.1 (EHLO and HELO)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.1',
};
const RFC5321_RECIPIENTS: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §4.5.3.1.10 (too many recipients)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10',
};
const RFC5321_TIMEOUTS: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §4.5.3.2 (timeouts)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.2',
};
const RFC5321_SEQUENCES: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §4.3.2 (command-reply sequences)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2',
};
const RFC3207_STARTTLS: Reference = {
  kind: 'rfc',
  title: 'RFC 3207 §4 (the STARTTLS command)',
  url: 'https://www.rfc-editor.org/rfc/rfc3207#section-4',
};
const RFC4954_CODES: Reference = {
  kind: 'rfc',
  title: 'RFC 4954 §6 (AUTH status codes)',
  url: 'https://www.rfc-editor.org/rfc/rfc4954#section-6',
};

export const GMAIL_RULES: readonly MessageRule[] = [
  {
    id: 'gmail.user-unknown', // G01
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.1.1'],
    match: [['account that you tried to reach does not exist']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Gmail: no such account',
        description:
          'Google has no mailbox under this address: the part before the @ was mistyped, never existed, or the account was deleted.',
        whenYouSeeIt:
          'Postfix bounces with `said: 550-5.1.1 The email account that you tried to reach does not exist ... - gsmtp (in reply to RCPT TO command)`; Exim logs a `**` line with the same text.',
        howToFix:
          'Suppress the address and check the form or import that produced it; resending can never work. Many of these in one run point at an old or bought list, which also hurts your Gmail reputation.',
      },
    },
    references: [GMAIL_SMTP_ERRORS],
    samples: [
      "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1 http://support.google.com/mail/bin/answer.py?answer=6596 z8si8191409eee.359 - gsmtp",
      "550-5.1.1 The email account that you tried to reach does not exist. Please try\\n550-5.1.1 double-checking the recipient's email address for typos or\\n550-5.1.1 unnecessary spaces. Learn more at\\n550 5.1.1 http://support.google.com/mail/bin/answer.py?answer=6596 d9si1234567wrb.88 - gsmtp",
    ],
  },
  {
    id: 'gmail.recipient-domain-not-found', // G02
    provider: 'gmail',
    codes: [553],
    enhanced: ['5.1.2'],
    match: [["weren't able to find the recipient domain"]],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'host-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Gmail: recipient domain unknown',
        description:
          'Google (usually smtp.gmail.com or the Workspace relay you submit through) could not resolve the domain right of the @, so there is nowhere to deliver.',
        whenYouSeeIt:
          'A `553-5.1.2` reply ending in `- gsmtp`, typically in reply to RCPT TO on a submission or relay connection to Google; Postfix marks it `status=bounced`.',
        howToFix:
          'Correct the domain (typos such as gmial.com, trailing dots or spaces) or drop the address if the domain has expired; check it with `dig MX <domain>` first.',
      },
    },
    references: [GMAIL_SMTP_ERRORS],
    samples: [
      "553-5.1.2 We weren't able to find the recipient domain. Please check for any 553-5.1.2 spelling errors, and make sure you didn't enter any spaces, periods, 553 5.1.2 or other punctuation after the recipient's email address. k4si2345678wrc.19 - gsmtp",
    ],
  },
  {
    id: 'gmail.invalid-recipient-address', // G03 (recipient, 5.1.3)
    provider: 'gmail',
    codes: [553],
    enhanced: ['5.1.3'],
    match: [['is not a valid rfc 5321 address']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: malformed recipient address',
        description:
          'The RCPT TO address breaks the RFC 5321 address syntax (stray characters, missing domain, unbalanced quotes), so Google refuses it before looking anything up.',
        whenYouSeeIt:
          'A `553 5.1.3 The recipient address <...> is not a valid RFC 5321 address ... - gsmtp` reply to RCPT TO; the address in the log usually shows the damage.',
        howToFix:
          'Fix the address at its source (form validation, CSV import, template variable) and resend; an address that cannot be parsed will never be delivered.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, GMAIL_ABOUT_SMTP],
    samples: [
      '553 5.1.3 The recipient address <john..doe@example.com> is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications. b12si3456789wrz.5 - gsmtp',
    ],
  },
  {
    id: 'gmail.invalid-sender-address', // G03 (sender, 5.1.7)
    provider: 'gmail',
    codes: [553],
    enhanced: ['5.1.7'],
    match: [['is not a valid rfc 5321 address']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: malformed sender address',
        description:
          'The envelope sender given in MAIL FROM is not a syntactically valid address, so Google will not start the transaction.',
        whenYouSeeIt:
          'A `553 5.1.7 The sender address <...> is not a valid RFC 5321 address ... - gsmtp` reply to MAIL FROM; every recipient of the message fails the same way.',
        howToFix:
          'Fix the return path the application or MTA sets (Postfix `sender_canonical_maps`, the `-f` option of sendmail, Exim `return_path`); it must be a plain, fully qualified address.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE],
    samples: [
      '553 5.1.7 The sender address <bounce@localhost> is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications. c7si4567890wrx.61 - gsmtp',
    ],
  },
  {
    id: 'gmail.account-disabled', // G04
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.2.1'],
    match: [['account that you tried to reach is disabled'], ['account that you tried to reach is inactive']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'suspended',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Gmail: account disabled or inactive',
        description:
          'The Google account exists but has been disabled or has gone dormant, and it no longer takes mail.',
        whenYouSeeIt:
          'A `550-5.2.1 The email account that you tried to reach is disabled` (or `is inactive`) reply ending in `- gsmtp`, in reply to RCPT TO; Postfix `status=bounced`, Exim `**`.',
        howToFix:
          'Treat it like a dead address and suppress it; reactivation is up to the owner and rarely happens. Mailing inactive accounts repeatedly looks like list negligence to Gmail.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      '550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1 https://support.google.com/mail/?p=DisabledUser e5si7091412eeg.162 - gsmtp',
      '550 5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser f2si9876543wrb.7 - gsmtp',
    ],
  },
  {
    id: 'gmail.mailbox-full', // G05
    provider: 'gmail',
    codes: [452],
    enhanced: ['4.2.2'],
    match: [['over quota'], ['inbox is out of storage space']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'mailbox-full',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: recipient out of storage',
        description:
          'The recipient has used up the storage of their Google account, which Gmail shares with Drive and Photos; the mailbox refuses new mail until space is freed.',
        whenYouSeeIt:
          "Postfix `status=deferred (... said: 452-4.2.2 The recipient's inbox is out of storage space ... - gsmtp)` or the older `is over quota` wording; Exim writes `==` lines and retries.",
        howToFix:
          'Nothing to change on your side: let the queue retry. If the same recipient is still full after several days, contact them another way and suppress the address.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      "452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp g8si1122334wrb.21 - gsmtp",
      '452-4.2.2 The email account that you tried to reach is over quota. Please direct 452-4.2.2 the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp h3si5566778eee.40 - gsmtp',
    ],
  },
  {
    id: 'gmail.mailbox-full-inactive', // G06
    provider: 'gmail',
    codes: [552],
    enhanced: ['5.2.2'],
    match: [['out of storage space and inactive'], ['is over quota']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'mailbox-full',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: mailbox full for good',
        description:
          'The permanent form of the Gmail storage refusal: the account is full and, in the newer wording, also unused for a long time, so Google refuses instead of deferring.',
        whenYouSeeIt:
          'A `552-5.2.2 ... out of storage space and inactive` or `552 5.2.2 ... is over quota` reply ending in `- gsmtp`; Postfix bounces the recipient right away.',
        howToFix:
          'Suppress the address: a full and inactive Google account is effectively abandoned. Keep it only if the recipient confirms through another channel that they cleared space.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct 552-5.2.2 the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm j1si2233445wrb.9 - gsmtp",
      '552-5.2.2 The email account that you tried to reach is over quota. Please direct 552 5.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaPerm k6si3344556eee.13 - gsmtp',
    ],
  },
  {
    id: 'gmail.recipient-receiving-too-fast', // G07
    provider: 'gmail',
    codes: [450],
    enhanced: ['4.2.1'],
    match: [['receiving mail too quickly'], ['receiving email too quickly']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: recipient receiving too fast',
        description:
          'One Gmail recipient is getting mail faster than Google allows for a single mailbox, so further messages to that address are held back for a while. Gmail uses 4.2.1 here for a per-recipient rate, not for a disabled mailbox.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 450-4.2.1 The user you are trying to contact is receiving mail too quickly ... - gsmtp (in reply to RCPT TO command))`, usually for one address many times.',
        howToFix:
          'Let the queue retry; it clears by itself. If an application loops on one address (alerts, notifications), fix the loop or batch the messages.',
      },
    },
    references: [GMAIL_SMTP_ERRORS],
    samples: [
      '450-4.2.1 The user you are trying to contact is receiving mail too quickly. 450-4.2.1 Please resend your message at a later time. If the user is able to 450-4.2.1 receive mail at that time, your message will be delivered. For more 450 4.2.1 information, go to https://support.google.com/mail/?p=ReceivingRate m2si4455667wrb.30 - gsmtp',
    ],
  },
  {
    id: 'gmail.recipient-rate-exhausted', // G08
    provider: 'gmail',
    codes: [],
    enhanced: ['4.2.1', '5.2.1'],
    match: [['rate that prevents additional messages from being delivered']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: recipient receive limit reached',
        description:
          'The recipient has hit the receiving limit Google sets per account; as 450 4.2.1 Google defers, as 550 5.2.1 it refuses this message for now.',
        whenYouSeeIt:
          'A `450-4.2.1` or `550-5.2.1 ... receiving mail at a rate that prevents additional messages from being delivered ... - gsmtp` reply to RCPT TO; Postfix defers or bounces accordingly.',
        howToFix:
          'Back off from that one mailbox and resend later; do not hammer it from several IPs. If it is your own automated traffic, cut its frequency.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      '450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. Please resend your 450-4.2.1 message at a later time. If the user is able to receive mail at that 450 4.2.1 time, your message will be delivered. n4si5566778wrb.2 - gsmtp',
      '550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. For more information, go to https://support.google.com/mail/?p=ReceivingRatePerm p7si6677889eee.3 - gsmtp',
    ],
  },
  {
    id: 'gmail.message-id-quota', // G35
    provider: 'gmail',
    codes: [421],
    enhanced: ['4.7.28'],
    match: [['sending messages with the same message-id']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: Message-ID reused too often',
        description:
          'Many messages carry one and the same Message-ID header, which Gmail treats as a flood of copies and throttles.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421-4.7.28 Gmail has detected this message exceeded its quota for sending messages with the same Message-ID ... - gsmtp)` after end of DATA.',
        howToFix:
          'Make the sending application generate a unique Message-ID per message (or drop its own and let Postfix cleanup add one); resending the same prepared message to many people is the usual cause.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE, RFC5322_FIELDS],
    samples: [
      '421-4.7.28 Gmail has detected this message exceeded its quota for sending 421-4.7.28 messages with the same Message-ID:. To best protect our users, the 421-4.7.28 message has been temporarily rejected. For more information, go to 421 4.7.28 https://support.google.com/mail/answer/188131 q1si7788990wrb.4 - gsmtp',
    ],
  },
  {
    id: 'gmail.unusual-rate-deferred', // G09
    provider: 'gmail',
    codes: [421],
    enhanced: ['4.7.0', '4.7.28'],
    match: [['unusual rate of unsolicited mail'], ['unusual rate of mail']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: unusual rate, throttled',
        description:
          'The volume coming from your IP, netblock, DKIM domain or SPF domain looks like a spam run to Gmail, so it temporarily limits what it accepts from that source.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421-4.7.0 ... an unusual rate of unsolicited mail originating from your IP address ... - gsmtp)` (newer texts use 4.7.28), often across many Gmail recipients at once; Exim `==` lines.',
        howToFix:
          'Lower the sending rate to Gmail, stop mailing unengaged or unconfirmed addresses and check the spam rate and IP/domain reputation in Google Postmaster Tools; ramp volume up gradually. Retrying faster makes it worse.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES, GOOGLE_POSTMASTER_TOOLS],
    samples: [
      '421-4.7.0 [1.2.3.4      15] Our system has detected an unusual rate of 421-4.7.0 unsolicited mail originating from your IP address. To protect our 421-4.7.0 users from spam, mail sent from your IP address has been temporarily 421-4.7.0 rate limited. Please visit 421-4.7.0  https://support.google.com/mail/answer/81126 to review our Bulk Email 421 4.7.0 Senders Guidelines. bv15si15610322wjb.142 - gsmtp',
      '421-4.7.28 Gmail has detected an unusual rate of mail originating from your DKIM 421-4.7.28 domain [example.com]. To protect our users from spam, mail has been 421-4.7.28 temporarily rate limited. To review our bulk email senders guidelines, go to 421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError r5si8899001wrb.8 - gsmtp',
    ],
  },
  {
    id: 'gmail.unusual-rate-blocked', // G10
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.1', '5.7.28'],
    match: [['unusual rate of unsolicited mail', 'has been blocked']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: unusual rate, blocked',
        description:
          'The same spam-volume verdict as the 421 throttle, but Gmail now refuses the mail outright instead of slowing it down.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 550-5.7.28 There is an unusual rate of unsolicited mail originating from your IP address ... has been blocked ... - gsmtp)`, often after days of 421 deferrals.',
        howToFix:
          'Pause bulk sending to Gmail, find what changed (a new list, a compromised account, a form being abused) and fix it; watch Google Postmaster Tools until reputation recovers, then resume slowly.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES, GOOGLE_POSTMASTER_TOOLS, SISIMAI_GOOGLE],
    samples: [
      '550-5.7.28 There is an unusual rate of unsolicited mail originating from your IP 550-5.7.28 address. To protect our users from spam, mail sent from your IP address 550-5.7.28 has been blocked. To review our bulk email senders guidelines, go to 550 5.7.28 https://support.google.com/mail/?p=UnsolicitedIPError s9si9900112wrb.6 - gsmtp',
    ],
  },
  {
    id: 'gmail.low-reputation-deferred', // G11
    provider: 'gmail',
    codes: [421],
    enhanced: ['4.7.0'],
    match: [['very low reputation of the sending']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: low reputation, throttled',
        description: 'Gmail rates the sending IP or domain so poorly that it only accepts a trickle from it for now.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421-4.7.0 This message is suspicious due to the very low reputation of the sending IP address ... - gsmtp)`; the `domain` variant names your domain instead.',
        howToFix:
          'Check IP and domain reputation in Google Postmaster Tools, make SPF, DKIM and DMARC pass, remove complainers and unengaged addresses, and keep volume steady while reputation rebuilds.',
      },
    },
    references: [GMAIL_BLOCKED_HELP, GMAIL_SENDER_GUIDELINES, GOOGLE_POSTMASTER_TOOLS],
    samples: [
      '421-4.7.0 This message is suspicious due to the very low reputation of the 421-4.7.0 sending IP address. To protect our users from spam, mail sent from your 421-4.7.0 IP address has been temporarily rate limited. For more information, go to 421 4.7.0 https://support.google.com/mail/answer/188131 t2si0011223wrb.5 - gsmtp',
      '421-4.7.0 This message is suspicious due to the very low reputation of the 421-4.7.0 sending domain. To best protect our users from spam, the message has been 421 4.7.0 temporarily rate limited. u4si1122334eee.71 - gsmtp',
    ],
  },
  {
    id: 'gmail.low-reputation-blocked', // G12
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['very low reputation of the sending']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: low reputation, blocked',
        description:
          'A reputation verdict strong enough for Gmail to reject the message instead of throttling it; the text names the IP address or the domain.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address ... - gsmtp)` after end of DATA.',
        howToFix:
          'Same work as for the 421 variant, only more urgent: authenticate every stream, clean the list, lower complaints and follow the trend in Google Postmaster Tools; move transactional mail off a burnt IP or domain only after fixing the cause.',
      },
    },
    references: [GMAIL_BLOCKED_HELP, GMAIL_SENDER_GUIDELINES, GOOGLE_POSTMASTER_TOOLS],
    samples: [
      '550-5.7.1 Our system has detected that this message is likely suspicious due 550-5.7.1 to the very low reputation of the sending IP address. To best protect 550-5.7.1 our users from spam, the message has been blocked. Please visit 550 5.7.1 https://support.google.com/mail/answer/188131 for more information. v6si2233445wrb.90 - gsmtp',
    ],
  },
  {
    id: 'gmail.likely-unsolicited', // G13
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['likely unsolicited mail']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'spam',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: judged unsolicited',
        description:
          "Gmail's filter classified this particular message as spam from its content, links and the sender's history, and refused it.",
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 550-5.7.1 ... this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked ... - gsmtp (in reply to end of DATA command))`.',
        howToFix:
          'Look at what the blocked messages share: link domains, URL shorteners, attachments, wording, recipients without consent. Authenticate with SPF and DKIM and check domain reputation in Google Postmaster Tools.',
      },
    },
    references: [GMAIL_BLOCKED_HELP, GMAIL_SENDER_GUIDELINES],
    samples: [
      '550-5.7.1 [2607:4100:3:25:100::2      12] Our system has detected that this 550-5.7.1 message is likely unsolicited mail. To reduce the amount of spam sent 550-5.7.1 to Gmail, this message has been blocked. Please visit 550-5.7.1 http://support.google.com/mail/bin/answer.py?hl=en&answer=188131 for 550 5.7.1 more information. qc12si8475009pab.211 - gsmtp',
    ],
  },
  {
    id: 'gmail.suspicious-content', // G14
    provider: 'gmail',
    codes: [421],
    enhanced: ['4.7.0'],
    match: [['nature of the content or the links within']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'spam',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: suspicious content or links',
        description: 'The message body or its URLs look suspicious to Gmail; it is deferred rather than accepted.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421-4.7.0 This message is suspicious due to the nature of the content or the links within ... - gsmtp)` after end of DATA; retries of the same message keep failing.',
        howToFix:
          'Check every link domain in the message against blocklists (Spamhaus DBL, Google Safe Browsing), drop public URL shorteners and tracking domains with a bad name, and test the message again.',
      },
    },
    references: [GMAIL_BLOCKED_HELP, SISIMAI_GOOGLE],
    samples: [
      '421-4.7.0 This message is suspicious due to the nature of the content or the 421-4.7.0 links within. To best protect our users from spam, the message has been 421-4.7.0 blocked. For more information, go to 421 4.7.0 https://support.google.com/mail/answer/188131 w8si3344556wrb.17 - gsmtp',
    ],
  },
  {
    id: 'gmail.dmarc-dns-failure', // G16
    provider: 'gmail',
    codes: [451],
    enhanced: ['4.7.26'],
    match: [['temporary dns failures prevent authentication']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: DMARC check hit DNS errors',
        description:
          'The From: domain publishes a DMARC policy, but Google could not finish the SPF, DKIM or DMARC lookups because DNS answered with errors, so it defers instead of judging.',
        whenYouSeeIt:
          "Postfix `status=deferred (... said: 451-4.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication ... - gsmtp)`.",
        howToFix:
          'Check that every authoritative name server of the From: domain answers TXT queries for SPF, `_dmarc` and the DKIM selector (`dig +trace`), fix lame or slow servers; the queue delivers once DNS is healthy.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE, RFC7489_ALIGNMENT],
    samples: [
      "451-4.7.26 Unauthenticated email from example.com is not accepted due to domain's 451-4.7.26 DMARC policy, but temporary DNS failures prevent authentication. Please 451-4.7.26 contact the administrator of example.com domain if this was a legitimate 451-4.7.26 mail. To learn about the DMARC initiative, go to 451 4.7.26 https://support.google.com/mail/?p=DmarcRejection x1si4455667wrb.44 - gsmtp",
    ],
  },
  {
    id: 'gmail.dmarc-policy', // G15
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.26'],
    match: [["is not accepted due to domain's dmarc policy"]],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: rejected by DMARC policy',
        description:
          'Neither SPF nor DKIM produced a pass that is aligned with the From: domain, and that domain publishes `p=reject`, so Gmail enforces the rejection the domain asked for.',
        whenYouSeeIt:
          "Postfix `status=bounced (... said: 550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy ... - gsmtp (in reply to end of DATA command))`.",
        howToFix:
          'Make at least one of them pass and align: publish SPF covering the sending IP for a return-path under the From: domain, and sign with DKIM using `d=` the From: domain (or its organisational domain). For forwarded mail, the forwarder must use SRS and ARC, or the domain owner relaxes `p=reject`.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES, RFC7489_ALIGNMENT, RFC8617_ARC],
    samples: [
      "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's 550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if 550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go to 550 5.7.26 https://support.google.com/mail/?p=DmarcRejection y3si5566778wrb.12 - gsmtp",
    ],
  },
  {
    id: 'gmail.spf-hard-fail', // G18
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.26'],
    match: [['spf record with a hard fail policy']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: SPF hard fail',
        description:
          'The MAIL FROM domain ends its SPF record in `-all` and the sending IP is not covered by it, so the domain itself says the message is forged.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 550-5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [...] ... - gsmtp)`.',
        howToFix:
          'Add the sending IP or its provider `include:` to the SPF record of the return-path domain (watch the 10-lookup limit), or route the mail through a host already listed; DKIM signing with the From: domain keeps DMARC passing when SPF breaks on forwarding.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC7208_RESULTS],
    samples: [
      '550-5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail 550-5.7.26 policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26 [192.0.2.10]. To best protect our users from spam and phishing, the 550-5.7.26 message has been blocked. For more information, go to Email sender 550 5.7.26 guidelines. z5si6677889wrb.33 - gsmtp',
      '550-5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail 550-5.7.26 policy (-all). To best protect our users from spam and phishing, the 550-5.7.26 message has been blocked. Please visit 550 5.7.26 https://support.google.com/mail/answer/81126 for more information. a2si7788990eee.8 - gsmtp',
    ],
  },
  {
    id: 'gmail.unauthenticated', // G17
    provider: 'gmail',
    codes: [],
    enhanced: ['4.7.26', '5.7.26', '5.7.1'],
    match: [['authenticate with either spf or dkim'], ['fails to pass authentication checks'], ['unauthenticated']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: neither SPF nor DKIM passed',
        description:
          'Gmail requires every sender to pass SPF or DKIM; this message passed neither, so it was rate limited (4.7.26) or refused (5.7.26). Bulk senders also need DMARC alignment with the From: domain.',
        whenYouSeeIt:
          'Postfix `said: 550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM ...` (or `421-4.7.26 ... rate limited`), with the failed SPF and DKIM results listed, ending in `- gsmtp`.',
        howToFix:
          'Publish SPF for the return-path domain that lists this IP, sign with DKIM using the From: domain as `d=`, and publish DMARC so the two align. Mail forwarded to Gmail needs SRS on the forwarder (and ARC to keep the original result).',
      },
    },
    references: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES, RFC7372_CODES, RFC6376_SIGNATURE, RFC7489_ALIGNMENT],
    samples: [
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp',
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 550-5.7.26  Authentication results: 550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [example.com] with ip: [192.0.2.10] = did not pass 550-5.7.26 550-5.7.26  For instructions on setting up authentication, go to 550 5.7.26  https://support.google.com/mail/answer/81126#authentication b4si8899001wrb.51 - gsmtp',
      '421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail 421-4.7.26 requires all senders to authenticate with either SPF or DKIM. 421 4.7.26 https://support.google.com/mail/answer/81126#authentication c6si9900112wrb.2 - gsmtp',
      '550-5.7.26 This message does not have authentication information or fails to 550-5.7.26 pass authentication checks (SPF or DKIM). To best protect our users 550-5.7.26 from spam, the message has been blocked. Please visit 550 5.7.26 https://support.google.com/mail/answer/81126 for more information. d8si0011223eee.66 - gsmtp',
    ],
  },
  {
    id: 'gmail.dmarc-alignment', // G21
    provider: 'gmail',
    codes: [],
    enhanced: ['4.7.32', '5.7.32'],
    match: [['aligned with either the authenticated spf or dkim']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: From: domain not aligned',
        description:
          "SPF or DKIM may pass, but for a domain unrelated to the From: header, so DMARC alignment fails; Gmail's bulk-sender rules demand alignment.",
        whenYouSeeIt:
          "Postfix `said: 421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain ... - gsmtp` (or a 5.7.32 block).",
        howToFix:
          'Sign with DKIM using the From: domain, or use a return-path (bounce domain) under the From: domain so SPF aligns; an ESP must be set up with your own DKIM key and custom bounce domain.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC7489_ALIGNMENT],
    samples: [
      "421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in 421-4.7.32 this message isn't aligned with either the authenticated SPF or DKIM 421-4.7.32 organizational domain. To learn more about DMARC alignment, go to 421 4.7.32 https://support.google.com/mail/?p=DmarcRejection e1si1122334wrb.29 - gsmtp",
    ],
  },
  {
    id: 'gmail.dmarc-record-missing', // G22
    provider: 'gmail',
    codes: [],
    enhanced: [],
    match: [['add a dmarc record'], ["doesn't have a dmarc record"]],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: no DMARC record',
        description:
          'Under the bulk-sender rules Gmail wants a DMARC record on the sending domain; this one has none, or a record without a policy. Sources disagree on the exact code (4.7.31, 4.7.40 or 5.7.40), so the text decides.',
        whenYouSeeIt:
          "A `421-4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record ... Gmail requires all bulk email senders to add a DMARC record ...` reply ending in `- gsmtp`.",
        howToFix:
          'Publish a TXT record at `_dmarc.<your domain>`, at least `v=DMARC1; p=none; rua=mailto:...`, then read the aggregate reports before tightening the policy.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC7489_ALIGNMENT],
    samples: [
      "421-4.7.40 Your email has been rate limited because the sending domain doesn't 421-4.7.40 have a DMARC record, or the DMARC record doesn't specify a DMARC policy. 421-4.7.40 Gmail requires all bulk email senders to add a DMARC record to their 421 4.7.40 sending domain. f3si2233445wrb.60 - gsmtp",
    ],
  },
  {
    id: 'gmail.tls-required-domain', // G24
    provider: 'gmail',
    codes: [421],
    enhanced: ['4.7.0'],
    match: [['tls required for rcpt domain']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: recipient domain requires TLS',
        description:
          'The recipient Workspace domain has a rule that only accepts mail over TLS, and this session was in plaintext.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421-4.7.0 TLS required for RCPT domain, closing connection ... - gsmtp)`; the log shows no `Trusted TLS connection established` line before it.',
        howToFix:
          'Turn on opportunistic TLS towards Google (Postfix `smtp_tls_security_level = may` or stricter; Exim tries STARTTLS unless `hosts_avoid_tls` matches) and check that the handshake succeeds with the system CA bundle.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE, RFC3207_STARTTLS],
    samples: [
      '421-4.7.0 TLS required for RCPT domain, closing connection. For more information, 421 4.7.0 go to https://support.google.com/mail/answer/6330403 g5si3344556wrb.14 - gsmtp',
    ],
  },
  {
    id: 'gmail.spf-suspicious', // G25
    provider: 'gmail',
    codes: [],
    enhanced: ['4.7.24', '5.7.24'],
    match: [['spf record of the sending domain has one or more suspicious entries']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: suspicious SPF record',
        description:
          'The SPF record of the sending domain authorises far too much (for example `+all` or huge address ranges), so Gmail distrusts what it vouches for.',
        whenYouSeeIt:
          'A `451-4.7.24` deferral or `550-5.7.24` bounce reading `The SPF record of the sending domain has one or more suspicious entries ... - gsmtp`.',
        howToFix:
          'List only the hosts and providers that really send for the domain, remove `+all` and very wide `ip4:` ranges, and keep the record within 10 DNS lookups.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC7208_RESULTS],
    samples: [
      '451-4.7.24 The SPF record of the sending domain has one or more suspicious entries. 451-4.7.24 To protect our users from spam, mail sent from your IP address has been 451-4.7.24 temporarily rate limited. For more information, go to Email sender 451 4.7.24 guidelines. h7si4455667wrb.3 - gsmtp',
      '550-5.7.24 The SPF record of the sending domain has one or more suspicious entries. 550 5.7.24 For more information, go to Email sender guidelines. i9si5566778eee.25 - gsmtp',
    ],
  },
  {
    id: 'gmail.ptr-missing', // G26
    provider: 'gmail',
    codes: [],
    enhanced: ['4.7.0', '4.7.23', '5.7.25'],
    match: [['have a ptr record'], ['does not match the ip address of the hostname']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'require-ptr',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: reverse DNS missing',
        description:
          'The sending IP has no PTR record, or the name in it does not resolve back to the same IP (forward-confirmed reverse DNS fails).',
        whenYouSeeIt:
          "Postfix `said: 421-4.7.23 The sending IP address for this message doesn't have a PTR record ...` or `550-5.7.25 ... does not have a PTR record setup` ending in `- gsmtp`, for every Gmail recipient from that IP.",
        howToFix:
          'Ask whoever owns the IP (hosting or ISP panel) for a PTR naming your mail host, make that name resolve back to the IP, and use it as `myhostname` / `smtp_helo_name`.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC1912_PTR],
    samples: [
      "421-4.7.23 The sending IP address for this message doesn't have a PTR record, or 421-4.7.23 the PTR record's forward DNS entry doesn't match the sending IP address. 421-4.7.23 To protect users from spam, your email has been temporarily rate 421 4.7.23 limited. j2si6677889wrb.47 - gsmtp",
      '550-5.7.25 The IP address sending this message does not have a PTR record setup, 550-5.7.25 or the corresponding forward DNS entry does not point to the sending IP. 550 5.7.25 As a policy, Gmail does not accept messages from IPs with missing PTR records. k4si7788990wrb.9 - gsmtp',
      '550-5.7.25 The sending IP does not match the IP address of the hostname specified 550 5.7.25 in the pointer (PTR) record. l6si8899001eee.36 - gsmtp',
    ],
  },
  {
    id: 'gmail.ipv6-guidelines', // G27
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['ipv6 sending guidelines regarding ptr records and authentication']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'require-ptr',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: IPv6 sender rules not met',
        description:
          'Over IPv6 Gmail is stricter: the sending address needs a PTR record and the message must authenticate; one of the two is missing.',
        whenYouSeeIt:
          'Postfix `status=bounced (host gmail-smtp-in.l.google.com[2a00:1450:...] said: 550-5.7.1 ... does not meet IPv6 sending guidelines regarding PTR records and authentication ... - gsmtp)`.',
        howToFix:
          'Give the IPv6 address a PTR with matching forward record and sign with DKIM / cover it in SPF, or send to Gmail over IPv4 only (Postfix `smtp_address_preference = ipv4` or `inet_protocols = ipv4`).',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC1912_PTR],
    samples: [
      '550-5.7.1 This message does not meet IPv6 sending guidelines regarding PTR 550-5.7.1 records and authentication. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=IPv6AuthError m8si9900112wrb.20 - gsmtp',
    ],
  },
  {
    id: 'gmail.rfc5322-headers', // G28
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [
      ['not rfc 5322 compliant'],
      ['missing a valid message-id'],
      ['missing a valid address in the from: header'],
      ['multiple addresses in from: header'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'not-compliant',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: headers break RFC 5322',
        description:
          'The message headers are malformed: duplicated single-use headers, no or several addresses in From:, or no usable Message-ID.',
        whenYouSeeIt:
          'Postfix `said: 550-5.7.1 This message is not RFC 5322 compliant because it has duplicate headers ...` or `Messages missing a valid Message-ID: header are not accepted` ending in `- gsmtp`, after end of DATA.',
        howToFix:
          'Fix the generator: exactly one From: with one valid address, one Date:, one Subject:, one Message-ID:. Raw scripts and some web forms are the usual culprits; Postfix `always_add_missing_headers = yes` fills gaps in locally submitted mail.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC5322_FIELDS],
    samples: [
      '550-5.7.1 This message is not RFC 5322 compliant because it has duplicate 550-5.7.1 headers. To reduce the amount of spam sent to Gmail, this message has 550-5.7.1 been blocked. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant n1si0011223wrb.31 - gsmtp',
      '550-5.7.1 Messages missing a valid Message-ID: header are not accepted. For more 550-5.7.1 information, go to Email sender guidelines and review RFC 5322 550 5.7.1 specifications. o3si1122334eee.55 - gsmtp',
    ],
  },
  {
    id: 'gmail.header-encoding', // G29
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['unicode character in a disallowed header'], ['encoded-word syntax is not permitted']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'not-compliant',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: bad header encoding',
        description:
          'A header carries raw non-ASCII text where it is not allowed, or uses RFC 2047 encoded-words in a header that must stay plain.',
        whenYouSeeIt:
          'A `550-5.7.1 The message contains a unicode character in a disallowed header` or `Encoded-word syntax is not permitted in message header ...` reply ending in `- gsmtp`.',
        howToFix:
          'Encode display names and Subject with RFC 2047 (or send SMTPUTF8 properly), and keep addresses, Message-ID and other structured headers free of encoded-words; usually a library setting in the sending application.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE, RFC2047_PLACEMENT],
    samples: [
      '550-5.7.1 The message contains a unicode character in a disallowed header. To 550-5.7.1 review our message and header content guidelines, go to File types 550 5.7.1 blocked in Gmail. p5si2233445wrb.72 - gsmtp',
      '550-5.7.1 Encoded-word syntax is not permitted in message header Message-ID. To 550-5.7.1 reduce the amount of spam sent to Gmail, this message has been blocked. 550 5.7.1 q7si3344556wrb.19 - gsmtp',
    ],
  },
  {
    id: 'gmail.malformed-message', // G30
    provider: 'gmail',
    codes: [554],
    enhanced: ['5.6.0'],
    match: [['mail message is malformed']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'not-compliant',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: malformed message',
        description:
          'The message structure itself is broken (MIME boundaries, header block, line format) and Gmail will not parse it.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 554 5.6.0 Mail message is malformed. Not accepted. ... - gsmtp (in reply to end of DATA command))`.',
        howToFix:
          'Inspect one rejected message from the queue (`postcat -q <id>`): look for bare LF line ends, broken MIME boundaries or headers after the body, and fix the producing code.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE],
    samples: [
      '554 5.6.0 Mail message is malformed. Not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications. r9si4455667wrb.8 - gsmtp',
    ],
  },
  {
    id: 'gmail.attachment-or-header-limit', // G32
    provider: 'gmail',
    codes: [552],
    enhanced: ['5.3.4'],
    match: [["exceeds google's limit"], ["google's message header size limit"], ['per individual header size']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: attachment or header limit',
        description:
          'Not the overall size but a structural limit: too many attachments, one header value too long, or the whole header block too large.',
        whenYouSeeIt:
          "A `552-5.3.4 The number of attachments (...) exceeds Google's limit ...` or `... exceeds Google's limit of ... bytes per individual header size` reply ending in `- gsmtp`.",
        howToFix:
          'Bundle attachments into one archive or share links, and look for runaway headers (huge To:/Cc: lists, long custom X- headers) added by the application.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      "552-5.3.4 The number of attachments (520) exceeds Google's limit of 500 552-5.3.4 attachments. To view our attachment size guidelines, go to Gmail receiving 552 5.3.4 limits in Google Workspace. s2si5566778wrb.40 - gsmtp",
      "552-5.3.4 The size of the To header value (58312 bytes) exceeds Google's limit of 552-5.3.4 32768 bytes per individual header size. To view our header size 552 5.3.4 guidelines, go to Gmail message header limits. t4si6677889wrb.16 - gsmtp",
    ],
  },
  {
    id: 'gmail.message-too-large', // G31
    provider: 'gmail',
    codes: [552],
    enhanced: ['5.3.4', '5.2.3'],
    match: [["exceeded google's message size limits"], ["exceeds google's message size limit"]],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: message too large',
        description:
          'The message, with attachments encoded, is bigger than Gmail accepts. Google documents about 50 MB for receiving and 25 MB for attachments sent from the Gmail interface; treat the exact figure as approximate.',
        whenYouSeeIt:
          "Postfix `status=bounced (... said: 552-5.2.3 Your message exceeded Google's message size limits ... - gsmtp)` (also seen with 5.3.4), after end of DATA or at MAIL FROM when SIZE was announced.",
        howToFix:
          'Remember base64 adds about a third to attachment size; send large files as download links and keep your own `message_size_limit` below the receivers you mail most.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      "552-5.2.3 Your message exceeded Google's message size limits. Please visit 552-5.2.3 https://support.google.com/mail/?p=MaxSizeError to view our size 552 5.2.3 guidelines. u6si7788990wrb.23 - gsmtp",
      "552-5.3.4 The size of your message (41234567 bytes) exceeds Google's message size 552-5.3.4 limits of 26214400 bytes. To view our message size guidelines, go to 552 5.3.4 https://support.google.com/mail/?p=MaxSizeError v8si8899001eee.4 - gsmtp",
    ],
  },
  {
    id: 'gmail.blocked-attachment', // G33
    provider: 'gmail',
    codes: [552],
    enhanced: ['5.7.0'],
    match: [['illegal attachment'], ['content presents a potential security issue']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: attachment type not allowed',
        description:
          'Gmail refuses certain attachment types outright (executables, scripts, some archives and macro documents) as a security risk, whatever the sender.',
        whenYouSeeIt:
          'Postfix `said: 552-5.7.0 This message was blocked because its content presents a potential security issue ...` or the older `Our system detected an illegal attachment on your message`, ending in `- gsmtp`.',
        howToFix:
          'Remove the attachment or share it through a link; renaming or zipping an executable does not help, because Gmail also looks inside archives.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      '552-5.7.0 This message was blocked because its content presents a potential 552-5.7.0 security issue. Please visit 552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our 552 5.7.0 message content and attachment content guidelines. w1si9900112wrb.58 - gsmtp',
      '552-5.7.0 Our system detected an illegal attachment on your message. Please 552-5.7.0 visit http://mail.google.com/support/bin/answer.py?answer=6590 to 552 5.7.0 review our attachment guidelines. x3si0011223eee.27 - gsmtp',
    ],
  },
  {
    id: 'gmail.recipient-policy', // G34
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['has a policy that prohibited the mail']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: Workspace policy refused it',
        description:
          'A compliance or routing rule set by the Google Workspace admin of the recipient (or sender) domain blocked this message; `gcdp` in the text marks such custom rules.',
        whenYouSeeIt:
          'A `550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent ... - gcdp <id> - gsmtp` reply, usually after end of DATA.',
        howToFix:
          "Only the recipient domain's Workspace administrator can change or explain the rule; send them the full reply text including the gcdp id.",
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details. For more information, visit https://support.google.com/a/answer/172179 - gcdp y5si1122334wrb - gsmtp',
    ],
  },
  {
    id: 'gmail.mail-loop', // G36
    provider: 'gmail',
    codes: [554],
    enhanced: ['5.4.6', '5.6.0'],
    match: [['message exceeded 50 hops']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: mail loop (50 hops)',
        description:
          'The message already carries more than 50 Received: headers, so Gmail assumes it is circling between forwarders and stops it.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 554-5.4.6 Message exceeded 50 hops, this may indicate a mail loop ... - gsmtp)`; the bounced copy shows the same hosts repeating in its Received: lines.',
        howToFix:
          'Find the forwarding pair (a Gmail filter forwarding back to an alias on your server, or two aliases pointing at each other) from the repeating Received: hops and break it.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE, RFC5321_LOOP],
    samples: [
      '554-5.4.6 Message exceeded 50 hops, this may indicate a mail loop. For more 554-5.4.6 information, go to Gmail Help. 554 5.4.6 https://support.google.com/mail/?p=MailLoop z7si2233445wrb.66 - gsmtp',
    ],
  },
  {
    id: 'gmail.direct-sending-not-authorized', // G37
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['not authorized to send email directly to our servers']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: IP may not send direct',
        description:
          'The sending IP belongs to a range (dynamic, residential or otherwise unsuitable) that Google expects to relay through its provider rather than connect to Gmail itself.',
        whenYouSeeIt:
          "Postfix `said: 550-5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers ... - gsmtp` in reply to MAIL FROM or RCPT TO; every Gmail recipient fails.",
        howToFix:
          "Send through your ISP's or an ESP's smarthost (Postfix `relayhost`, Exim a `manualroute` router), or move the mail server to an address with proper PTR and static assignment.",
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      "550-5.7.1 The IP you're using to send mail is not authorized to send email directly 550-5.7.1 to our servers. Please use the SMTP relay at your service provider 550 5.7.1 instead. Learn more at https://support.google.com/mail/?p=NotAuthorizedError a9si3344556wrb.1 - gsmtp",
    ],
  },
  {
    id: 'gmail.ip-not-allowlisted', // G38
    provider: 'gmail',
    codes: [421],
    enhanced: ['4.7.0'],
    match: [['ip not in whitelist for rcpt domain']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: IP not on domain allowlist',
        description:
          'The recipient Workspace domain only takes mail from listed gateways (for instance its own filtering service in front of Google), and your IP is not one of them.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421-4.7.0 IP not in whitelist for RCPT domain, closing connection ... - gsmtp)`, only for that one domain.',
        howToFix:
          "Check the domain's MX: if it points at a filtering service, deliver there instead of straight to Google; otherwise the recipient admin must add your IP to the allowlist.",
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      '421-4.7.0 IP not in whitelist for RCPT domain, closing connection. For more 421-4.7.0 information, go to Allowlists, denylists, and approved senders. 421 4.7.0 https://support.google.com/a/answer/60752 b1si4455667wrb.43 - gsmtp',
    ],
  },
  {
    id: 'gmail.connection-throttled', // G39
    provider: 'gmail',
    codes: [421],
    enhanced: ['4.7.0'],
    match: [['try again later, closing connection']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: connection refused for now',
        description:
          "Google's abuse protection turned the session away right after HELO, typically because too many connections arrive from your IP at once.",
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421-4.7.0 Try again later, closing connection. ... - gsmtp (in reply to EHLO command))` or `refused to talk to me`, in bursts.',
        howToFix:
          'Let the queue retry and lower the concurrency towards Google (Postfix `smtp_destination_concurrency_limit` on a transport for gmail.com, Exim `serialize_hosts` or fewer parallel deliveries).',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE],
    samples: [
      '421-4.7.0 Try again later, closing connection. This usually indicates a Denial of 421-4.7.0 Service (DoS) for the SMTP relay at the HELO stage. 421 4.7.0 https://support.google.com/a/answer/3221692 c3si5566778wrb.26 - gsmtp',
    ],
  },
  {
    id: 'gmail.invalid-helo', // G40
    provider: 'gmail',
    codes: [501],
    enhanced: ['5.5.4'],
    match: [['helo/ehlo argument is invalid'], ['empty helo/ehlo argument']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: invalid HELO name',
        description:
          'The name your server announces in EHLO/HELO is empty or not a valid host name, so Google ends the session.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 501-5.5.4 HELO/EHLO argument is invalid ... - gsmtp (in reply to EHLO command))`; all Gmail mail from that host stalls.',
        howToFix:
          "Set a fully qualified, resolvable host name (Postfix `myhostname` or `smtp_helo_name`, Exim `primary_hostname` or `helo_data`), ideally the name in the IP's PTR record.",
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE, RFC5321_EHLO],
    samples: [
      '501-5.5.4 HELO/EHLO argument is invalid. For more information, go to 501 5.5.4 https://support.google.com/mail/?p=helo d5si6677889wrb.35 - gsmtp',
      '501-5.5.4 Empty HELO/EHLO argument not allowed, closing connection. 501 5.5.4  https://support.google.com/mail/?p=helo e7si7788990wrb.12 - gsmtp',
    ],
  },
  {
    id: 'gmail.relay-denied', // G41
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.0', '5.7.1'],
    match: [['mail relay denied'], ['invalid credentials for relay']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Workspace SMTP relay refused',
        description:
          "Google Workspace's SMTP relay (smtp-relay.gmail.com) does not recognise this client: the IP is not registered, or the sending domain does not belong to the account the IP is registered for.",
        whenYouSeeIt:
          'With `relayhost = [smtp-relay.gmail.com]:587` every message bounces with `550 5.7.0 Mail relay denied <ip>` or `550 5.7.1 Invalid credentials for relay <ip>` ending in `- gsmtp`.',
        howToFix:
          'In the Admin console SMTP relay settings, add your public IP (or require SMTP AUTH and configure Postfix `smtp_sasl_auth_enable`), and send from or HELO with a domain of that Workspace account.',
      },
    },
    references: [GMAIL_RELAY_ERRORS, SISIMAI_GOOGLE],
    samples: [
      "550-5.7.0 Mail relay denied [192.0.2.10]. Invalid credentials for relay for one of 550-5.7.0 the domains in: example.com (as obtained from HELO and MAIL FROM). 550 5.7.0 Email is being sent from a domain or IP address which isn't registered in your Workspace account. f9si8899001wrb.59 - gsmtp",
      "550-5.7.1 Invalid credentials for relay [192.0.2.10]. The IP address you've 550-5.7.1 registered in your Workspace SMTP Relay service doesn't match the domain of 550 5.7.1 the account this email is being sent from. g2si9900112wrb.37 - gsmtp",
    ],
  },
  {
    id: 'gmail.sending-account-denied', // G42
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.7.0'],
    match: [['mail sending denied']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Workspace: sender account refused',
        description:
          'The Workspace relay will not send for this envelope sender because the account is suspended or is not a user of the Workspace domain.',
        whenYouSeeIt:
          'Messages relayed through smtp-relay.gmail.com bounce with `550 5.7.0 Mail Sending denied ... - gsmtp` in reply to MAIL FROM.',
        howToFix:
          'Use a sender address of an active user in that Workspace account (Postfix `sender_canonical_maps` for system mail such as root@ or cron), or re-enable the suspended account.',
      },
    },
    references: [GMAIL_RELAY_ERRORS, SISIMAI_GOOGLE],
    samples: [
      '550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain. h4si0011223wrb.70 - gsmtp',
    ],
  },
  {
    id: 'gmail.daily-sending-limit', // G43
    provider: 'gmail',
    codes: [550],
    enhanced: ['5.4.5', '5.7.1'],
    match: [
      ['daily user sending limit exceeded'],
      ['daily smtp relay limit exceeded'],
      ['daily sending quota exceeded'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: daily sending cap reached',
        description:
          'The Google account or the Workspace SMTP relay has sent as many messages or recipients as it may in a rolling day; the rest is refused, not queued at Google.',
        whenYouSeeIt:
          'Relayed mail bounces with `550 5.4.5 Daily user sending limit exceeded` or `Daily SMTP relay limit exceeded for user/customer ... - gsmtp`, typically late in a busy day.',
        howToFix:
          'Wait for the 24-hour window to roll, then resend the bounced mail; for regular bulk or application mail use a dedicated sending service instead of a mailbox account or the Workspace relay.',
      },
    },
    references: [GMAIL_RELAY_ERRORS, SISIMAI_GOOGLE],
    samples: [
      '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 i6si1122334wrb.8 - gsmtp',
      '550-5.4.5 Daily SMTP relay limit exceeded for user. For more information on SMTP 550-5.4.5 relay sending limits please contact your administrator or go to SMTP 550 5.4.5 relay service error messages. j8si2233445wrb.61 - gsmtp',
    ],
  },
  {
    id: 'gmail.relay-peak-limit', // G44
    provider: 'gmail',
    codes: [450],
    enhanced: ['4.2.1'],
    match: [['peak smtp relay limit exceeded']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Workspace relay burst limit',
        description:
          'Short-term throughput of the Workspace SMTP relay for your organisation is exceeded; it clears by itself.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 450-4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error ... - gsmtp)` during a send burst.',
        howToFix:
          'Let the queue retry, and spread large sends over time (lower concurrency and rate on the relay transport, e.g. Postfix `smtp_destination_rate_delay`).',
      },
    },
    references: [GMAIL_RELAY_ERRORS, SISIMAI_GOOGLE],
    samples: [
      '450-4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error. 450-4.2.1 For more information on SMTP relay limits, please contact your 450 4.2.1 administrator or visit https://support.google.com/a/answer/6140680 k1si3344556wrb.46 - gsmtp',
    ],
  },
  {
    id: 'gmail.domain-policy-size', // G46
    provider: 'gmail',
    codes: [452],
    enhanced: ['4.5.3'],
    match: [['domain policy size per transaction exceeded']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: per-transaction policy limit',
        description:
          'The recipients in this transaction carry too many (or too large) Workspace policies to be evaluated together, so Google asks for some of them in a separate transaction.',
        whenYouSeeIt:
          'A `452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction ... - gsmtp` reply to one RCPT TO while others were accepted.',
        howToFix:
          'Usually nothing: Postfix and Exim deliver the deferred recipient in a later transaction. If it repeats, lower the recipients per delivery for Google (Postfix `smtp_destination_recipient_limit`).',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE],
    samples: [
      '452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction. For more information, go to https://support.google.com/a/answer/7282433 l3si4455667wrb.22 - gsmtp',
    ],
  },
  {
    id: 'gmail.too-many-recipients', // G45
    provider: 'gmail',
    codes: [],
    enhanced: ['4.5.3', '5.5.3'],
    match: [['your message has too many recipients'], ['too many recipients for this sender']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: too many recipients',
        description:
          'The message lists more recipients than Google accepts in one transaction or from this sender in the period.',
        whenYouSeeIt:
          'A `452-4.5.3 Your message has too many recipients` (the MTA retries the rest later) or a `550 5.5.3 ... too many recipients for this sender` bounce, ending in `- gsmtp`.',
        howToFix:
          'Let the MTA split the recipient list (Postfix `smtp_destination_recipient_limit`, Exim `max_rcpt`), and send newsletters per recipient instead of one message with a huge Bcc.',
      },
    },
    references: [GMAIL_SMTP_ERRORS, SISIMAI_GOOGLE, RFC5321_RECIPIENTS],
    samples: [
      "452-4.5.3 Your message has too many recipients. For more information regarding 452-4.5.3 Google's sending limits, visit 452 4.5.3 https://support.google.com/mail/answer/6592 m5si5566778wrb.49 - gsmtp",
    ],
  },
  {
    id: 'gmail.multiple-domains-per-transaction', // G47
    provider: 'gmail',
    codes: [451],
    enhanced: ['4.3.0'],
    match: [['multiple destination domains per transaction is unsupported']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: one domain per transaction',
        description:
          'Google accepts recipients of only one destination domain per SMTP transaction on this path; the recipients of the other domains are turned away for now.',
        whenYouSeeIt:
          'When relaying through Google, Postfix defers some recipients with `451-4.3.0 Multiple destination domains per transaction is unsupported. Please try again ... - gsmtp`.',
        howToFix:
          'The retries normally get through. If they keep colliding, make the relay transport deliver one recipient per transaction (Postfix `smtp_destination_recipient_limit = 1` on that transport).',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE],
    samples: [
      '451-4.3.0 Multiple destination domains per transaction is unsupported. Please 451-4.3.0 try again. For more information, go to About SMTP error messages and 451 4.3.0 review RFC 5321 specifications. n7si6677889wrb.15 - gsmtp',
    ],
  },
  {
    id: 'gmail.temporary-system-problem', // G48
    provider: 'gmail',
    codes: [421, 451],
    enhanced: ['4.3.0', '4.7.0', '4.4.5'],
    match: [
      ['temporary system problem'],
      ['server busy'],
      ['temporarily rejected message'],
      ['temporarily rejected this message'],
    ],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: temporary problem at Google',
        description:
          'Something on the Google side is overloaded or failing for the moment; the message itself is fine.',
        whenYouSeeIt:
          'Postfix `status=deferred` with `421 4.3.0 Temporary System Problem. Try again later`, `421 4.4.5 Server busy, try again later` or `451 4.3.0 Mail server temporarily rejected message` ending in `- gsmtp`.',
        howToFix:
          'Nothing to do; the queue retries. Only if it persists for hours across all Gmail recipients, check the Google Workspace Status Dashboard.',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE],
    samples: [
      '421-4.3.0 Temporary System Problem. Try again later (10). For more information, 421 4.3.0 go to About SMTP error messages. o9si7788990wrb.24 - gsmtp',
      '421 4.4.5 Server busy, try again later. p2si8899001wrb.67 - gsmtp',
      '451 4.3.0 Mail server temporarily rejected message. q4si9900112eee.5 - gsmtp',
    ],
  },
  {
    id: 'gmail.session-timeout', // G49
    provider: 'gmail',
    codes: [421, 451],
    enhanced: ['4.7.0', '4.4.2'],
    match: [['connection expired'], ['timeout - closing connection']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'timeout',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: session timed out',
        description: 'Google closed the SMTP session because our side was idle or too slow between commands.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 451-4.4.2 Timeout - closing connection ...` or `421-4.7.0 Connection expired, try reconnecting ... - gsmtp)`, often with connection caching enabled.',
        howToFix:
          'Retries normally succeed. If frequent, look for slow content filters or DNS in the middle of a delivery, and keep cached connections short (Postfix `smtp_connection_cache_time_limit`).',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE, RFC5321_TIMEOUTS],
    samples: [
      '451-4.4.2 Timeout - closing connection. For more information, go to About SMTP 451 4.4.2 error messages. https://support.google.com/a/answer/3221692 r6si0011223wrb.18 - gsmtp',
      '421-4.7.0 Connection expired, try reconnecting. For more information, go to 421 4.7.0 About SMTP error messages. s8si1122334wrb.52 - gsmtp',
    ],
  },
  {
    id: 'gmail.starttls-first', // G50
    provider: 'gmail',
    codes: [530],
    enhanced: ['5.7.0'],
    match: [['must issue a starttls command first']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: STARTTLS required first',
        description:
          'The submission service (smtp.gmail.com or the relay) refuses to continue in plaintext; TLS must be started before MAIL FROM or AUTH.',
        whenYouSeeIt:
          'A `530 5.7.0 Must issue a STARTTLS command first ... - gsmtp` reply to MAIL FROM or AUTH on a connection to smtp.gmail.com:587.',
        howToFix:
          'Enable TLS on the client (Postfix `smtp_tls_security_level = encrypt` for the relayhost, or port 465 with `smtp_tls_wrappermode = yes`); check that no middlebox strips STARTTLS from EHLO.',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE, RFC3207_STARTTLS],
    samples: ['530 5.7.0 Must issue a STARTTLS command first. t1si2233445wrb.63 - gsmtp'],
  },
  {
    id: 'gmail.bad-credentials', // G51
    provider: 'gmail',
    codes: [535],
    enhanced: ['5.7.8', '5.7.1'],
    match: [['username and password not accepted']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: login rejected',
        description:
          'SMTP AUTH against smtp.gmail.com failed: wrong user name or password, or the account no longer allows password logins.',
        whenYouSeeIt:
          'Postfix logs `SASL authentication failed; server smtp.gmail.com[...] said: 535-5.7.8 Username and Password not accepted ... - gsmtp` and defers everything it relays.',
        howToFix:
          'Check the entry in `smtp_sasl_password_maps` (and re-run `postmap`); for accounts with 2-Step Verification use an app password, or move to OAuth2 or the Workspace relay with IP authentication.',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE, RFC4954_CODES],
    samples: [
      '535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8  https://support.google.com/mail/?p=BadCredentials u3si3344556wrb.34 - gsmtp',
    ],
  },
  {
    id: 'gmail.app-password-required', // G52
    provider: 'gmail',
    codes: [534, 535],
    enhanced: ['5.7.9', '5.7.1'],
    match: [['application-specific password required']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: app password needed',
        description:
          'The Google account uses 2-Step Verification, so its normal password is not accepted for SMTP AUTH.',
        whenYouSeeIt:
          'Postfix `SASL authentication failed; ... said: 534-5.7.9 Application-specific password required ... - gsmtp` when relaying through smtp.gmail.com.',
        howToFix:
          'Create an app password for the account and put it in `smtp_sasl_password_maps`, or switch to OAuth2 or the Workspace SMTP relay.',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE, RFC4954_CODES],
    samples: [
      '534-5.7.9 Application-specific password required. For more information, go to 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor v5si4455667wrb.7 - gsmtp',
    ],
  },
  {
    id: 'gmail.web-login-required', // G53
    provider: 'gmail',
    codes: [534, 535],
    enhanced: ['5.7.14', '5.7.9', '5.7.1'],
    match: [['log in through your web browser'], ['log in with your web browser']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: login blocked as suspicious',
        description:
          'Google judged the SMTP login risky (new location, unknown client) and wants the account owner to confirm it in a browser first.',
        whenYouSeeIt:
          'Postfix `SASL authentication failed; ... said: 534-5.7.14 <...> Please log in through your web browser and then try again ... - gsmtp`.',
        howToFix:
          "Sign in to the account from a browser, review Google's security alert, then retry; for a server, use an app password or OAuth2 rather than the account password.",
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE, RFC4954_CODES],
    samples: [
      '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1> Please log in 534-5.7.14 through your web browser and then try again. 534-5.7.14  Learn more at 534 5.7.14  https://support.google.com/mail/answer/78754 w7si5566778wrb.40 - gsmtp',
    ],
  },
  {
    id: 'gmail.login-throttled', // G54
    provider: 'gmail',
    codes: [454],
    enhanced: ['4.7.0'],
    match: [['too many login attempts']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'login-failure',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: too many login attempts',
        description: 'Google throttles SMTP AUTH for this account or IP after many logins in a short time.',
        whenYouSeeIt:
          'Postfix `SASL authentication failed; ... said: 454-4.7.0 Too many login attempts, please try again later ... - gsmtp`, typically after a run of failed or parallel logins.',
        howToFix:
          'Fix any wrong credentials first (every retry counts as an attempt), reduce parallel connections to smtp.gmail.com and let the queue retry later.',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE, RFC4954_CODES],
    samples: [
      '454-4.7.0 Too many login attempts, please try again later. For more information, 454 4.7.0 go to https://support.google.com/mail/answer/7126229 x9si6677889wrb.11 - gsmtp',
    ],
  },
  {
    id: 'gmail.command-sequence', // G55
    provider: 'gmail',
    codes: [502, 503],
    enhanced: ['5.5.1'],
    match: [['unrecognized command'], ['bad sequence of commands'], ['no data after bdat']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: SMTP command error',
        description:
          'Google received a command it does not know or one out of order (for example DATA without recipients, BDAT mixed with DATA).',
        whenYouSeeIt:
          'A `502 5.5.1 Unrecognized command` or `503 5.5.1 Bad sequence of commands` (or `No DATA after BDAT`) reply ending in `- gsmtp`, usually from a custom client rather than Postfix or Exim.',
        howToFix:
          'Fix the client that speaks SMTP, or a firewall or proxy that rewrites the SMTP dialogue ("SMTP fixup" / inspection features); Postfix and Exim themselves do not cause this.',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE, RFC5321_SEQUENCES],
    samples: [
      '502 5.5.1 Unrecognized command. y2si7788990wrb.3 - gsmtp',
      '503-5.5.1 Bad sequence of commands. For more information, go to About SMTP error 503 5.5.1 messages and review RFC 5321 specifications. z4si8899001wrb.45 - gsmtp',
    ],
  },
  {
    id: 'gmail.protocol-violation', // G56
    provider: 'gmail',
    codes: [451, 454],
    enhanced: ['4.5.0'],
    match: [['smtp protocol violation']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: SMTP protocol violation',
        description:
          'The client broke the protocol, typically by pipelining commands after STARTTLS before the TLS handshake completed.',
        whenYouSeeIt:
          'A `451-4.5.0 SMTP protocol violation, see RFC 2821 ... - gsmtp` or 454 variant, often only behind a particular firewall or proxy.',
        howToFix:
          'Check for middleboxes that buffer or rewrite SMTP; with a home-grown client, wait for the server reply to STARTTLS and re-send EHLO before anything else.',
      },
    },
    references: [GMAIL_ABOUT_SMTP, SISIMAI_GOOGLE, RFC3207_STARTTLS],
    samples: ['451-4.5.0 SMTP protocol violation, see RFC 2821 a6si9900112wrb.56 - gsmtp'],
  },
  {
    id: 'gmail.spf-did-not-pass', // G19: Gmail's own meaning of X.7.27
    provider: 'gmail',
    codes: [],
    enhanced: ['4.7.27', '5.7.27'],
    match: [],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: SPF did not pass',
        description:
          'At Gmail, 4.7.27 and 5.7.27 mean the bulk-sender SPF check failed for the return-path domain. The registry meaning (sender domain has a null MX) does not apply to Google replies.',
        whenYouSeeIt:
          "Postfix `said: 421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF ... - gsmtp` (or a 550 5.7.27 block).",
        howToFix:
          'Publish or fix SPF for the MAIL FROM (return-path) domain so it covers this IP, keep it under 10 lookups, and use a return-path under your From: domain so SPF also counts for DMARC.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC7208_RESULTS],
    samples: [
      "421-4.7.27 Your email has been rate limited because SPF authentication didn't pass 421-4.7.27 for this message. Gmail requires all bulk email senders to authenticate 421-4.7.27 their email with SPF. Authentication results: SPF domain-name with IP 421 4.7.27 address: 192.0.2.10 = Did not pass. b8si0011223wrb.64 - gsmtp",
    ],
  },
  {
    id: 'gmail.tls-not-used', // G23: Gmail's own meaning of X.7.29
    provider: 'gmail',
    codes: [],
    enhanced: ['4.7.29', '5.7.29'],
    match: [],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: message not sent over TLS',
        description:
          'At Gmail, 4.7.29 and 5.7.29 mean the message arrived without TLS, which the bulk-sender rules require. The registry meaning (ARC validation failure) does not apply to Google replies.',
        whenYouSeeIt:
          "Postfix `said: 421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections ... - gsmtp`.",
        howToFix:
          'Enable STARTTLS for outbound mail (Postfix `smtp_tls_security_level = may`; in Exim make sure `hosts_avoid_tls` does not match Google), then look for `TLS connection established to gmail-smtp-in.l.google.com` in the log.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC3207_STARTTLS],
    samples: [
      "421-4.7.29 Your email has been rate limited because this message wasn't sent over a 421-4.7.29 TLS connection. Gmail requires all bulk email senders to use TLS/SSL for 421 4.7.29 SMTP connections. c1si1122334wrb.30 - gsmtp",
    ],
  },
  {
    id: 'gmail.dkim-did-not-pass', // G20: Gmail's own meaning of X.7.30
    provider: 'gmail',
    codes: [],
    enhanced: ['4.7.30', '5.7.30'],
    match: [],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gmail: DKIM did not pass',
        description:
          'At Gmail, 4.7.30 and 5.7.30 mean no valid DKIM signature was found, which the bulk-sender rules require. The registry meaning (REQUIRETLS not supported) does not apply to Google replies.',
        whenYouSeeIt:
          'Postfix `said: 550-5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM ... - gsmtp` (or a 421 4.7.30 rate limit).',
        howToFix:
          'Sign outbound mail with DKIM (OpenDKIM or rspamd milter for Postfix, `dkim_*` options on the Exim smtp transport) using `d=` your From: domain, publish the selector key and check that nothing rewrites signed headers afterwards.',
      },
    },
    references: [GMAIL_SENDER_GUIDELINES, SISIMAI_GOOGLE, RFC6376_SIGNATURE],
    samples: [
      '550-5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires 550-5.7.30 all large senders to authenticate with DKIM. Authentication results: 550 5.7.30 DKIM = did not pass. d3si2233445wrb.9 - gsmtp',
    ],
  },
];

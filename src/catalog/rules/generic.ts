/**
 * Provider-agnostic phrases: what any receiver tends to say when it refuses or delays mail. These
 * rules run last (after the provider, DNSBL, Postfix and Exim files), so they only decide when
 * nothing more specific recognised the reply; Postfix's and Exim's own texts ("Relay access
 * denied", "User unknown in ... table", "Unrouteable address") are handled by their files.
 *
 * Sources: fact base §4.1 (the phrase anchors per reason), §4.2 (Sisimai's matching order),
 * §5.6 (greylisting signature) and §5.7; RFC 5321, 3463, 4954, 7208, 7372; the real replies of
 * the corpus, most of them from the FgForrest 2013 outbound log (Czech, Slovak and international
 * receivers), the Exim exporter and CrowdSec test logs, and error-text pages of receivers.
 *
 * Order (first match wins; specific before general):
 *   1. Loops, then texts that name a cause plainly but contain words other rules look for:
 *      "too many bounces" and "too many invalid recipients" (they contain "recipient"),
 *      greylisting (it hides behind "Recipient address rejected" and "try again later"),
 *      sending quotas (before "quota exceeded" means a full mailbox).
 *   2. Mailbox full before message size and before "user unknown", as in Sisimai; then rates,
 *      connections and recipient counts.
 *   3. Sender authentication (DMARC, DKIM, SPF), SMTP AUTH and TLS, reverse DNS, dynamic IPs,
 *      HELO, blocklists and reputation: all before the sender and recipient rules, because their
 *      replies often start with "Sender address rejected" or "Recipient address rejected".
 *   4. Sender refused; mailbox disabled or moved; relaying; temporary DNS trouble before
 *      "host not found"; domain unknown before "does not exist"; the user-unknown families.
 *   5. Content: virus, spam score, content filters, spam, format, attachments, recipient filters.
 *   6. Destination refuses all mail, expiry, busy mailboxes, temporary local problems,
 *      configuration, timeouts, network and protocol errors.
 *   7. The general words last: policy, "not authorized", "service not available", a bare 4xx
 *      "try again later" (read as greylisting), "blacklisted", "access denied", "blocked",
 *      "mailbox unavailable" and, very last, a bare "Recipient address rejected".
 *
 * `overridesEnhanced` is set only where receivers are known to attach loose codes to an
 * unambiguous text: greylisting (4.2.0, 4.3.0, 4.7.1 are all seen) and a full mailbox (5.2.0,
 * 4.7.1 are seen).
 */
import type { MessageRule, Reference } from '../types.js';

const RFC5321_REPLIES: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §4.2.3 Reply codes in numeric order',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3',
};
const RFC5321_RETRY: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §4.5.4.1 Sending strategy (retry intervals)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.4.1',
};
const RFC3463_ADDRESS: Reference = {
  kind: 'rfc',
  title: 'RFC 3463 §3.2 Address status (X.1.x)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.2',
};
const RFC3463_MAILBOX: Reference = {
  kind: 'rfc',
  title: 'RFC 3463 §3.3 Mailbox status (X.2.x)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.3',
};
const RFC3463_SYSTEM: Reference = {
  kind: 'rfc',
  title: 'RFC 3463 §3.4 Mail system status (X.3.x)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.4',
};
const RFC3463_NETWORK: Reference = {
  kind: 'rfc',
  title: 'RFC 3463 §3.5 Network and routing status (X.4.x)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.5',
};
const RFC3463_PROTOCOL: Reference = {
  kind: 'rfc',
  title: 'RFC 3463 §3.6 Mail delivery protocol status (X.5.x)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.6',
};
const RFC3463_CONTENT: Reference = {
  kind: 'rfc',
  title: 'RFC 3463 §3.7 Message content or media status (X.6.x)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.7',
};
const RFC3463_SECURITY: Reference = {
  kind: 'rfc',
  title: 'RFC 3463 §3.8 Security or policy status (X.7.x)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.8',
};
const RFC7372: Reference = {
  kind: 'rfc',
  title: 'RFC 7372 §3 Enhanced status codes for email authentication and reverse DNS',
  url: 'https://www.rfc-editor.org/rfc/rfc7372#section-3',
};
const RFC4954_CODES: Reference = {
  kind: 'rfc',
  title: 'RFC 4954 §6 Status codes (SMTP AUTH)',
  url: 'https://www.rfc-editor.org/rfc/rfc4954#section-6',
};
const RFC5782: Reference = {
  kind: 'rfc',
  title: 'RFC 5782 §2 DNS blacklists (IPv4 DNSxLs)',
  url: 'https://www.rfc-editor.org/rfc/rfc5782#section-2',
};
const POSTFIX_CONCURRENCY: Reference = {
  kind: 'mta',
  title: 'Postfix postconf(5): default_destination_concurrency_limit',
  url: 'https://www.postfix.org/postconf.5.html#default_destination_concurrency_limit',
};
const POSTFIX_RATE_DELAY: Reference = {
  kind: 'mta',
  title: 'Postfix postconf(5): default_destination_rate_delay',
  url: 'https://www.postfix.org/postconf.5.html#default_destination_rate_delay',
};
const EXIM_RETRY: Reference = {
  kind: 'mta',
  title: 'Exim specification: retry configuration',
  url: 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-retry_configuration.html',
};

export const GENERIC_RULES: readonly MessageRule[] = [
  // 1. Loops and early, self-explaining texts.
  {
    id: 'generic.mail-loop',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['message is looping'],
      ['mail loop'],
      ['loop detected'],
      ['routing loop'],
      ['hop count exceeded'],
      ['too many hops'],
      ['hops exceeded'],
    ],
    requiresProvider: false,
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Mail loop detected',
        description:
          'A server on the path saw the message come back to it, or counted more Received: headers than it allows, and stopped it so it would not circle forever.',
        whenYouSeeIt:
          'Replies such as `554 This message is looping: it already has my Delivered-To line. (#5.4.6)` or `554 5.4.6 Hop count exceeded - possible mail loop`, usually for addresses that forward automatically.',
        howToFix:
          'Read the Received: headers of the bounced copy to find the hops that pass the message back and forth (two mailboxes forwarding to each other, an MX that points back, a catch-all alias) and break the cycle; resending unchanged will loop again.',
      },
    },
    references: [
      { kind: 'rfc', title: 'RFC 5321 §6.3 Loop detection', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-6.3' },
      RFC3463_NETWORK,
    ],
    samples: [
      '554 This message is looping: it already has my Delivered-To line. (#5.4.6)',
      '554 5.4.6 Hop count exceeded - possible mail loop',
    ],
  },
  {
    id: 'generic.too-many-bounces',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['too many bounces'], ['bounce rate']],
    requiresProvider: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sender domain bounces too much',
        description:
          'The receiver counts how many of your messages hit non-existent addresses there; your sender domain crossed its limit, so it first slows and then refuses your mail, for valid recipients too.',
        whenYouSeeIt:
          '`450 4.7.1 <...>: Recipient address rejected: Domain <yours> receiving too many bounces. Please send later.` while it throttles, then `550 5.7.1 ... Rejected.` once it blocks; it hits every address at that receiver.',
        howToFix:
          'Remove the addresses that bounced with user-unknown at that receiver (look for earlier 5.1.1 rejections in the log), validate lists before sending, and let the queue retry slowly.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: [
      '450 4.7.1 <no-reply@directmail.fg.cz>: Recipient address rejected: Domain directmail.fg.cz receiving too many bounces. Please send later.',
      '550 5.7.1 <no-reply@directmail.fg.cz>: Recipient address rejected: Domain directmail.fg.cz receiving too many bounces. Rejected.',
    ],
  },
  {
    id: 'generic.too-many-invalid-recipients',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['too many invalid recipients'],
      ['too many bad recipients'],
      ['too many unknown recipients'],
      ['excessive unknown recipients'],
      ['dictionary attack'],
      ['directory harvest'],
    ],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Too many invalid recipients',
        description:
          'The receiver saw so many unknown recipients from your IP or session that it treats the traffic as address harvesting (a dictionary attack) and stops accepting from you for a while.',
        whenYouSeeIt:
          'Replies like `451 ... Excessive unknown recipients - possible Open Relay` or `550 Too many invalid recipients`, after a burst of user-unknown rejections from the same destination.',
        howToFix:
          'Clean the list: remove the addresses that were rejected as unknown and stop sending to guessed or purchased addresses. The block lifts after some time without new errors.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['451 VS1-IP Excessive unknown recipients - possible Open Relay', '550 5.7.1 Too many invalid recipients'],
  },
  {
    id: 'generic.greylisted',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['greylist'],
      ['graylist'],
      ['grey-list'],
      ['gray-list'],
      ['grey list'],
      ['gray list'],
      ['not yet authorized to deliver'],
    ],
    requiresProvider: false,
    overridesEnhanced: true,
    reason: 'greylisted',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Greylisted by receiver',
        description:
          'The receiver refuses the first delivery attempt from an unknown combination of sending IP, sender and recipient and accepts it when the same client comes back after a delay; spam tools rarely retry.',
        whenYouSeeIt:
          'A 450/451 at RCPT TO (sometimes DATA) saying `Greylisted`, `Greylisting in action, please come back later` or `You are greylisted. Send mail again after 180 seconds`; Postfix logs `status=deferred`, Exim `==`. It should be followed by `status=sent` on a later attempt.',
        howToFix:
          'Nothing to do: the queue retries. It only keeps failing when retries leave from a different IP (a pool of outbound IPs) or use a new envelope sender each time (VERP); keep both stable for retries.',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 6647 Email greylisting: an applicability statement',
        url: 'https://www.rfc-editor.org/rfc/rfc6647#section-1',
      },
      RFC5321_RETRY,
    ],
    samples: [
      '451 4.7.1 Greylisting in action, please come back later',
      '450 4.2.0 <gds39d.active24.cz[81.95.98.2]>: Client host rejected: You are greylisted. Send mail again after 180 seconds.',
      "451 4.7.1 Please try again later. Session Greylisted with JEP(S) Greylist http://www.Proxmea.com/. If you've received this in error then check http://www.greylisting.org/",
      '451 Aborted, Graylisted !',
      '451 Greylisting - sprobuj za 3 minut(y) / try again in 3 minute(s)',
    ],
  },
  {
    id: 'generic.sending-quota',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['sending quota'],
      ['submission quota'],
      ['message quota'],
      ['sending limit'],
      ['send limit'],
      ['daily limit'],
      ['daily quota'],
    ],
    requiresProvider: false,
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sending quota exhausted',
        description:
          'A relay or sending platform you submit through (an ESP, a hosted mailbox, a smarthost) has a daily or hourly cap per account, and your account reached it.',
        whenYouSeeIt:
          'Replies from your relayhost such as `454 Throttling failure: Daily message quota exceeded.` or `Daily sending limit exceeded`, usually at MAIL FROM and for every recipient until the window resets.',
        howToFix:
          'Wait for the quota window to reset, spread large sends over time, or ask the platform for a higher limit. If the volume is unexpected, check the account for compromise.',
      },
    },
    references: [RFC3463_SECURITY, POSTFIX_RATE_DELAY],
    samples: ['454 Throttling failure: Daily message quota exceeded.'],
  },
  // 2. Mailbox full, size, rates and counts.
  {
    id: 'generic.mailbox-full',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['mailbox full'],
      ['mailbox is full'],
      ['mail box is full'],
      ['full mailbox'],
      ['mailbox has exceeded'],
      ['over quota'],
      ['overquota'],
      ['over-quota'],
      ['quota exceeded'],
      ['quota limit'],
      ['exceeded storage'],
      ['storage space'],
      ['exhausted allowed storage'],
      ['too many messages on the server'],
      ['disk quota'],
    ],
    requiresProvider: false,
    overridesEnhanced: true,
    reason: 'mailbox-full',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox full',
        description:
          "The recipient's mailbox has reached its storage quota; the address exists, but nothing more fits until the recipient deletes mail or gets more space.",
        whenYouSeeIt:
          'Replies like `452 4.2.2 <...> Mailbox has exceeded the limit`, `552 4.2.2 User has full mailbox.` or `554 5.2.2 Quota exceeded`, at RCPT TO or end of DATA. As 4xx the queue retries (`status=deferred`); as 5xx Postfix bounces at once.',
        howToFix:
          'Let the queue retry for the 4xx case. If the same address stays full for days, the mailbox is probably abandoned: reach the recipient another way or suppress it.',
      },
    },
    references: [RFC3463_MAILBOX, RFC5321_REPLIES],
    samples: [
      '452 4.2.2 <uf09c2b7f@taborak.cz> Mailbox has exceeded the limit',
      '552 4.2.2 User has full mailbox.',
      '450 4.7.1 <u87f370ab@nbox.cz>: Recipient address rejected: User mailbox over quota, try later',
      '554 5.2.2 Quota exceeded. Schranka adresata preplnena.',
      '550 udc754f47@casema.nl: mailbox is vol / mail box is full',
      '554 5.2.0 mKr3jsd25ZIfXmKr4jFD2w Recipient Mailbox Full [504]',
    ],
  },
  {
    id: 'generic.system-storage-full',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['insufficient system storage'],
      ['insufficient system resources'],
      ['no space left'],
      ['disk full'],
      ['out of disk'],
      ['spool full'],
      ['queue full'],
    ],
    requiresProvider: false,
    reason: 'system-full',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Receiving server out of space',
        description:
          'The receiving system as a whole (its queue or spool disk, not one mailbox) has no room left, so it refuses new mail for now.',
        whenYouSeeIt:
          'A 452 or 451 such as `452 4.3.1 Insufficient system storage` or `... No space left on device`, for every recipient at that host, often at MAIL FROM.',
        howToFix:
          'Let the queue retry; the receiving administrator must free disk. If your own server says it, check `df` on the queue filesystem (Postfix `queue_minfree`).',
      },
    },
    references: [RFC3463_SYSTEM, RFC5321_REPLIES],
    samples: ['452 4.3.1 Temporary failure: no space left on device'],
  },
  {
    id: 'generic.message-too-large',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['message too large'],
      ['message too big'],
      ['message is too large'],
      ['message is too big'],
      ['message size exceeds'],
      ['size exceeds'],
      ['exceeds size limit'],
      ['exceeds the size limit'],
      ['size limit exceeded'],
      ['mailsize limit'],
      ['message size limit'],
      ['maximum message size'],
      ['too large for'],
      ['size value too big'],
    ],
    requiresProvider: false,
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message too large',
        description:
          'The message, as encoded on the wire (attachments grow by about a third in base64), is bigger than the receiver accepts for one message or for that mailbox.',
        whenYouSeeIt:
          'A 552 (sometimes 554 or 452) such as `552 Error: message too large` or `552 5.3.4 exceeded mailsize limit`, at MAIL FROM when the SIZE parameter is too big or after end of DATA.',
        howToFix:
          'Send large files as download links, or compress or split them. If your own server refuses outgoing mail, compare the size with `message_size_limit`, which has the same name in Postfix and Exim.',
      },
    },
    references: [
      RFC3463_SYSTEM,
      {
        kind: 'mta',
        title: 'Postfix postconf(5): message_size_limit',
        url: 'https://www.postfix.org/postconf.5.html#message_size_limit',
      },
    ],
    samples: ['552 Error: message too large', '552 5.3.4 exceeded mailsize limit'],
  },
  {
    id: 'generic.rate-limited',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['rate limit'],
      ['ratelimit'],
      ['rate-limit'],
      ['too many messages'],
      ['too much mail'],
      ['receiving mail at a rate'],
      ['too fast'],
      ['too quickly'],
      ['frequency limited'],
      ['throttl'],
      ['per hour'],
      ['per day'],
      ['unusual rate'],
      ['exceeded the max'],
    ],
    requiresProvider: false,
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Rate limited by receiver',
        description:
          'You sent more messages to this receiver, from this IP or to this recipient, than it accepts in its time window; it asks you to slow down rather than judging the content.',
        whenYouSeeIt:
          'Replies such as `421 4.7.0 Too many messages.`, `550 Ip frequency limited` or texts with "rate limit", "too fast", "per hour", often at connection or MAIL FROM and in bursts during big sends.',
        howToFix:
          'Let the queue retry, and slow down for that destination: a Postfix transport with a low `_destination_concurrency_limit` and a `_destination_rate_delay`, or Exim `serialize_hosts` / smaller `max_rcpt`.',
      },
    },
    references: [POSTFIX_RATE_DELAY, POSTFIX_CONCURRENCY, RFC3463_SECURITY],
    samples: ['421 4.7.0 Too many messages.', '550 Ip frequency limited'],
  },
  {
    id: 'generic.too-many-connections',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['too many connections'],
      ['too many concurrent'],
      ['too many simultaneous'],
      ['too many sessions'],
      ['too many smtp sessions'],
      ['connection limit'],
      ['maximum number of connections'],
      ['max connections'],
      ['concurrent connections'],
    ],
    requiresProvider: false,
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Too many connections',
        description:
          'The receiver caps how many SMTP sessions one client IP may hold open at once, and your server opened more.',
        whenYouSeeIt:
          'A 421 at the greeting (Postfix: `refused to talk to me: 421 ... Too many concurrent SMTP connections`), so Postfix tries the next MX or defers; Exim logs `==` with the same text.',
        howToFix:
          'Lower the parallel deliveries to that destination: Postfix `smtp_destination_concurrency_limit` (default 20) or a dedicated transport with a small limit; Exim `serialize_hosts` or fewer `remote_max_parallel`.',
      },
    },
    references: [POSTFIX_CONCURRENCY, RFC5321_REPLIES],
    samples: [
      '421 4.7.0 Too many concurrent SMTP connections from this IP',
      '421 Too many SMTP sessions for this host',
    ],
  },
  {
    id: 'generic.too-many-recipients',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['too many recipients'],
      ['too many rcpt'],
      ['recipients per message'],
      ['recipient limit'],
      ['limit for recipients'],
      ['maximum recipients'],
    ],
    requiresProvider: false,
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Too many recipients',
        description:
          'The receiver accepts only a limited number of recipients per message, per connection or per hour; RFC 5321 requires servers to take at least 100 per message.',
        whenYouSeeIt:
          'A 452 (or 4.5.3) for the recipients beyond the limit, e.g. `452 Too many recipients received this hour` or `Exceeded limit for recipients per connection.`; Postfix and Exim resend the refused recipients in a later transaction.',
        howToFix:
          'Usually nothing; if it repeats, send fewer recipients per message (Postfix `smtp_destination_recipient_limit`, Exim `max_rcpt`) and spread big lists over time.',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 5321 §4.5.3.1.8 Recipients buffer',
        url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.8',
      },
      {
        kind: 'mta',
        title: 'Postfix postconf(5): default_destination_recipient_limit',
        url: 'https://www.postfix.org/postconf.5.html#default_destination_recipient_limit',
      },
    ],
    samples: ['452 Too many recipients received this hour', '452 Exceeded limit for recipients per connection.'],
  },
  // 3. Authentication, TLS, DNS identity, blocklists and reputation.
  {
    id: 'generic.dmarc-failure',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['dmarc']],
    requiresProvider: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DMARC check failed',
        description:
          'Neither SPF nor DKIM passed in alignment with the From: domain, and that domain publishes a DMARC policy of reject (or quarantine) that the receiver enforces.',
        whenYouSeeIt:
          'A 550 or 554 after end of DATA mentioning DMARC, e.g. `550 5.7.1 Email rejected per DMARC policy for example.org`. Frequent for forwarded mail and for third-party senders using your domain.',
        howToFix:
          'Make the From: domain align: sign with DKIM using that domain (d=) and/or send with an envelope sender in that domain that SPF authorises. For forwarding, the forwarder needs SRS or ARC.',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 7489 §6.6 DMARC mail receiver actions',
        url: 'https://www.rfc-editor.org/rfc/rfc7489#section-6.6',
      },
      RFC7372,
    ],
    samples: ['550 5.7.1 Email rejected per DMARC policy for example.org'],
  },
  {
    id: 'generic.dkim-failure',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['dkim']],
    requiresProvider: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DKIM check failed',
        description:
          'The receiver requires a valid DKIM signature and found none, or the signature did not verify (wrong key in DNS, body changed after signing).',
        whenYouSeeIt:
          'A 550 after end of DATA mentioning DKIM, for example `550 5.7.20 No passing DKIM signature found`.',
        howToFix:
          'Check that the signer (OpenDKIM, rspamd, your ESP) signs outgoing mail and that the selector record in DNS holds the matching public key; make sure nothing rewrites the message after signing (footers, line wrapping).',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 6376 §6 DKIM verifier actions',
        url: 'https://www.rfc-editor.org/rfc/rfc6376#section-6',
      },
      RFC7372,
    ],
    samples: ['550 5.7.20 No passing DKIM signature found'],
  },
  {
    id: 'generic.spf-failure',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['spf', 'fail'],
      ['spf', 'reject'],
      ['spf', 'not allowed'],
      ['spf', 'not authorized'],
      ['spf', 'not permitted'],
      ['spf', 'policy'],
      ['spf', 'invalid'],
      ['sender policy framework'],
      ['spf check'],
    ],
    requiresProvider: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'SPF check failed',
        description:
          'The SPF record of the envelope-sender domain does not list the IP that delivered the message (or the record is broken), and the receiver rejects SPF failures.',
        whenYouSeeIt:
          'A 550 (5.7.23 or 5.7.1) at MAIL FROM, RCPT TO or end of DATA mentioning SPF, e.g. `550 5.7.1 SPF check failed`; a 451 with 4.7.24 means a temporary SPF lookup error.',
        howToFix:
          "Add the sending IP or your provider's include to the single SPF TXT record of the envelope-sender domain, keep it under 10 DNS lookups, and avoid `-all` until every legitimate source is listed.",
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 7208 §8.4 SPF "fail" result',
        url: 'https://www.rfc-editor.org/rfc/rfc7208#section-8.4',
      },
      RFC7372,
    ],
    samples: ['550 5.7.1 SPF check failed', '550 5.7.23 Message rejected due to SPF failure'],
  },
  {
    id: 'generic.auth-required',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['authentication required'],
      ['authentication is required'],
      ['auth is required'],
      ['must authenticate'],
      ['please authenticate'],
      ['authenticate first'],
      ['not logged in'],
    ],
    requiresProvider: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'SMTP authentication required',
        description:
          'The server only accepts this mail from authenticated clients: a submission port or a relay that wants SMTP AUTH before MAIL FROM or RCPT TO.',
        whenYouSeeIt:
          '`530 5.7.0 Authentication required` from your relayhost, or, on your own server, Exim `rejected RCPT ...: SMTP AUTH is required for message submission on port 587`.',
        howToFix:
          'Configure the client to authenticate: Postfix `smtp_sasl_auth_enable = yes` with credentials in `smtp_sasl_password_maps` (and TLS), or the SMTP login settings of the sending application.',
      },
    },
    references: [
      RFC4954_CODES,
      {
        kind: 'mta',
        title: 'Postfix SASL howto: enabling SASL authentication in the SMTP client',
        url: 'https://www.postfix.org/SASL_README.html',
      },
    ],
    samples: ['530 5.7.0 Authentication required', 'SMTP AUTH is required for message submission on port 587'],
  },
  {
    id: 'generic.login-failed',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['authentication failed'],
      ['authentication failure'],
      ['authentication unsuccessful'],
      ['invalid credentials'],
      ['credentials invalid'],
      ['incorrect authentication'],
      ['invalid login'],
      ['login failed'],
      ['password not accepted'],
      ['fail authentication'],
    ],
    requiresProvider: false,
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'SMTP login failed',
        description:
          'The username or password presented with SMTP AUTH was refused, or the account may not use SMTP AUTH, or too many failed logins got it throttled.',
        whenYouSeeIt:
          'Postfix `SASL authentication failed; server ... said: 535 5.7.8 Authentication credentials invalid`, after which the mail stays queued; a flood of these on your own server is password guessing.',
        howToFix:
          'Fix the credentials in `smtp_sasl_password_maps` (then `postmap` it), check whether the provider needs an app password or has SMTP AUTH disabled for the account; for attacks on your server, rate-limit or ban the sources.',
      },
    },
    references: [RFC4954_CODES],
    samples: [
      '535 5.7.8 Authentication credentials invalid',
      '451 Requested mail action not taken: too much fail authentication',
    ],
  },
  {
    id: 'generic.tls-required',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['tls required'],
      ['requires tls'],
      ['tls is required'],
      ['starttls is required'],
      ['starttls required'],
      ['encryption required'],
      ['requires encryption'],
      ['tls negotiation failed'],
      ['tls handshake'],
      ['secure connection required'],
    ],
    requiresProvider: false,
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'TLS required or failed',
        description:
          'One side insists on an encrypted session and it did not happen: STARTTLS was not offered or not used, or the TLS handshake failed (protocol version, ciphers, certificate).',
        whenYouSeeIt:
          'Replies such as `530 5.7.0 TLS required for this domain` or `TLS negotiation failed`, at MAIL FROM or RCPT TO; Postfix defers or bounces depending on the code.',
        howToFix:
          'Enable opportunistic TLS outbound (Postfix `smtp_tls_security_level = may`, Exim `hosts_try_tls = *`), allow TLS 1.2 or newer, and check that no firewall strips STARTTLS from the EHLO reply.',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 3207 §4 The STARTTLS command',
        url: 'https://www.rfc-editor.org/rfc/rfc3207#section-4',
      },
      {
        kind: 'mta',
        title: 'Postfix TLS support (smtp_tls_security_level)',
        url: 'https://www.postfix.org/TLS_README.html',
      },
    ],
    samples: ['530 5.7.0 TLS required for this domain', '454 4.7.0 TLS negotiation failed'],
  },
  {
    id: 'generic.dynamic-ip',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['dynamic ip'],
      ['dynamic/residential'],
      ['residential ip'],
      ['dialup'],
      ['dial-up'],
      ['not authorized to send email directly'],
      ['send through your isp'],
    ],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sending from dynamic IP space',
        description:
          'The receiver does not accept direct-to-MX mail from dynamic, residential or dial-up address ranges, judged by the IP range owner or by a generic-looking reverse DNS name.',
        whenYouSeeIt:
          'A 5xx at connection or RCPT TO mentioning dynamic or residential IPs, for many receivers at once when the server sits on a home or cloud-consumer line.',
        howToFix:
          "Relay through your ISP's or mail provider's authenticated smarthost (Postfix `relayhost`), or move the server to a static IP with a proper PTR name.",
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['550 5.7.1 Mail from dynamic IP addresses is not accepted, send through your ISP relay'],
  },
  {
    id: 'generic.reverse-dns',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['reverse dns'],
      ['reverse lookup'],
      ['reverse hostname'],
      ['ptr record'],
      ['no ptr'],
      ['rdns'],
      ['cannot find your hostname'],
      ['hostname does not match'],
      ['fcrdns'],
    ],
    requiresProvider: false,
    reason: 'require-ptr',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Reverse DNS missing or bad',
        description:
          'The sending IP has no PTR record, or the name it points to does not resolve back to the same IP, or the name looks like an auto-generated one; many receivers refuse such clients.',
        whenYouSeeIt:
          'Replies at connection or RCPT TO such as `554 Refused. Your reverse DNS entry contains your IP address and a country code.` or `550 5.7.25 ... no PTR record`; often 450 first, which then repeats on every retry.',
        howToFix:
          'Ask the owner of the IP (hosting panel or ISP) for a PTR record like `mail.example.org` whose A/AAAA record points back to the same IP (FCrDNS), and use that name as HELO. Check IPv6 too if you send over it.',
      },
    },
    references: [
      RFC7372,
      {
        kind: 'mta',
        title: 'Postfix postconf(5): smtp_helo_name',
        url: 'https://www.postfix.org/postconf.5.html#smtp_helo_name',
      },
    ],
    samples: [
      '554 Refused. Your reverse DNS entry contains your IP address and a country code.',
      '550 5.7.25 Client IP address has no PTR record',
    ],
  },
  {
    id: 'generic.helo-rejected',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['helo command rejected'],
      ['invalid helo'],
      ['bad helo'],
      ['helo name'],
      ['ehlo name'],
      ['helo/ehlo'],
      ['helo argument'],
      ['helo rejected'],
      ['ehlo rejected'],
    ],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'HELO name refused',
        description:
          'The name your server gave in HELO/EHLO is not acceptable to the receiver: not a fully qualified domain, not resolving, an IP address, or a name that claims to be the receiver itself.',
        whenYouSeeIt:
          'A 5xx at EHLO or RCPT TO such as `550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)`; it hits every message from that server.',
        howToFix:
          'Set the HELO name to the public FQDN of the server that resolves to its IP and matches its PTR (Postfix `smtp_helo_name`, default `$myhostname`; Exim `helo_data`).',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 5321 §4.1.1.1 Extended HELLO (EHLO) or HELLO (HELO)',
        url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.1',
      },
      {
        kind: 'mta',
        title: 'Postfix postconf(5): smtp_helo_name',
        url: 'https://www.postfix.org/postconf.5.html#smtp_helo_name',
      },
    ],
    samples: ['550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)'],
  },
  {
    id: 'generic.dnsbl-listed',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['blocked using'],
      ['dnsbl'],
      ['dns blacklist'],
      ['dns blocklist'],
      ['in an rbl'],
      ['rbl reject'],
      ['is listed in'],
      ['is listed on'],
      ['is listed at'],
      ['is listed by'],
      ['blackhole list'],
      ['realtime blacklist'],
      ['real-time blacklist'],
      ['blocklist'],
      ['block list'],
    ],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on a DNS blocklist',
        description:
          'The receiver looked up the sending IP (or a domain) on a DNS blocklist and found it listed. The list is usually named in the reply; the same listing affects every receiver that uses it.',
        whenYouSeeIt:
          'Replies at connection or RCPT TO naming a list: `... blocked using <zone>`, `... was found in a DNS blacklist database`, `554 RBL Reject.`; in your log as `status=bounced`/`deferred` or Exim `**`/`==` for many domains at once.',
        howToFix:
          "Look the IP up on the list named in the reply (its operator's lookup page gives the reason), remove the cause (compromised account or host, open relay, direct-to-MX from a consumer range) and request delisting there.",
      },
    },
    references: [RFC5782],
    samples: [
      '550 The IP Address of the sender (192.0.2.25) was found in a DNS blacklist database and was therefore refused',
      '554 RBL Reject.',
    ],
  },
  {
    id: 'generic.poor-reputation',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['reputation']],
    requiresProvider: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Poor sender reputation',
        description:
          "The receiver's own scoring of your IP or domain (complaints, spam traps, volume spikes, unknown recipients) is too low, without a public blocklist being involved.",
        whenYouSeeIt:
          'A 4xx or 5xx mentioning reputation, e.g. `554 5.7.1 Rejected due to poor sender reputation`; often it starts as deferrals and turns into rejections.',
        howToFix:
          "Reduce volume to that receiver, mail only engaged and opted-in recipients, authenticate with SPF, DKIM and DMARC, and use the receiver's postmaster tools or sender support form if it has one.",
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['554 5.7.1 Rejected due to poor sender reputation'],
  },
  // 4. Sender, mailbox state, relaying, domains, users.
  {
    id: 'generic.sender-rejected',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['sender address rejected'],
      ['sender rejected'],
      ['sender verify failed'],
      ['sender verification failed'],
      ['could not verify sender'],
      ['invalid sender'],
      ['sender is invalid'],
      ['sender address is invalid'],
      ['bad sender'],
      ['sender not allowed'],
      ['sender denied'],
      ['sender unknown'],
      ['domain of sender address'],
      ['sender address does not exist'],
      ['sender does not exist'],
      ['domain must resolve'],
      ['sender domain'],
      ['unresolvable'],
      ['envelope sender'],
      ['badmailfrom'],
      ['null sender'],
    ],
    requiresProvider: false,
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Envelope sender refused',
        description:
          'The receiver refused the MAIL FROM address itself: its domain does not resolve, a callout to it failed, the address is on a sender block list, or its syntax is wrong.',
        whenYouSeeIt:
          'A reply at MAIL FROM or RCPT TO such as `451 From:domain must resolve` or `553 sorry, your envelope sender is in my badmailfrom list`; it hits all recipients of the message.',
        howToFix:
          'Use an envelope sender whose domain has working MX or A records and that accepts bounces (no "noreply" that rejects mail); check the DNS of the sender domain from outside. A block-list entry must be lifted by the receiver.',
      },
    },
    references: [RFC3463_ADDRESS, RFC5321_REPLIES],
    samples: [
      '553 sorry, your envelope sender is in my badmailfrom list. Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1)',
      '451 From:domain must resolve',
    ],
  },
  {
    id: 'generic.mailbox-disabled',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['mailbox disabled'],
      ['mailbox is disabled'],
      ['currently disabled'],
      ['account disabled'],
      ['account is disabled'],
      ['has been disabled'],
      ['inactive'],
      ['account suspended'],
      ['account is suspended'],
      ['account has been suspended'],
      ['mailbox suspended'],
      ['user suspended'],
      ['deactivated'],
      ['account closed'],
      ['account expired'],
    ],
    requiresProvider: false,
    reason: 'suspended',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox disabled or inactive',
        description:
          'The address exists but its account is switched off: suspended for non-payment or abuse, closed, or disabled after long inactivity. It may come back, but usually does not.',
        whenYouSeeIt:
          'Replies at RCPT TO such as `450 5.1.1 Mailbox is currently disabled.` (Seznam), `452 sorry, mailbox disabled. (#4.2.1)` or `Recipient address rejected: Account Closed`; as 4xx the queue keeps retrying until it expires.',
        howToFix:
          'Stop sending to the address and mark it inactive in your lists; if it matters, reach the person another way and ask for a current address.',
      },
    },
    references: [RFC3463_MAILBOX],
    samples: [
      '450 5.1.1 Mailbox is currently disabled.',
      '452 sorry, mailbox disabled. (#4.2.1)',
      '550 <bob@example.org>: Recipient address rejected: Account Closed',
    ],
  },
  {
    id: 'generic.mailbox-moved',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['has moved'],
      ['no longer valid'],
      ['no longer available'],
      ['no longer exists'],
      ['no longer in use'],
      ['no longer on server'],
      ['no longer with'],
      ['has been replaced by'],
      ['address has changed'],
    ],
    requiresProvider: false,
    reason: 'has-moved',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Mailbox moved or retired',
        description:
          'The address used to work but has been retired (the person left, the mailbox moved elsewhere) and the receiver does not forward it.',
        whenYouSeeIt: 'A 550 at RCPT TO, often with 5.1.6, such as `550 5.1.6 This address is no longer in use`.',
        howToFix:
          'Remove the address; if the reply names a new address, update the contact only after confirming it with the person.',
      },
    },
    references: [RFC3463_ADDRESS],
    samples: ['550 5.1.6 This address is no longer in use', '550 5.1.6 Mailbox has moved, no forwarding address'],
  },
  {
    id: 'generic.relay-denied',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['relay access denied'],
      ['relaying denied'],
      ['relay denied'],
      ['relay not permitted'],
      ['relaying not permitted'],
      ['relaying not allowed'],
      ['relay not allowed'],
      ['unable to relay'],
      ['not permitted to relay'],
      ['not allowed to relay'],
      ['we do not relay'],
      ['relay prohibited'],
      ['unauthorized relay'],
      ['cannot relay'],
      ['as a relay'],
    ],
    requiresProvider: false,
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Relaying denied',
        description:
          'The server you delivered to is not responsible for the recipient domain and will not pass the message on for you, because you are neither authenticated nor in its trusted networks.',
        whenYouSeeIt:
          'A 550/554 at RCPT TO such as `550 5.7.1 Unable to relay` or `550 5.7.1 <...>... we do not relay <...>`. From a remote MX it means that host does not (or no longer) handle the domain; from your relayhost it means you did not authenticate.',
        howToFix:
          "For a remote MX: check the recipient domain's MX records and tell its admin. For your own relayhost: enable SMTP AUTH (`smtp_sasl_auth_enable`) or get your IP added to its allowed relay clients.",
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 5321 §3.6 Relaying and mail routing',
        url: 'https://www.rfc-editor.org/rfc/rfc5321#section-3.6',
      },
      RFC3463_SECURITY,
    ],
    samples: [
      '550 5.7.1 Unable to relay',
      '550 5.7.1 <ud64dfdb5@moeller.sk>... we do not relay <no-reply@directmail.fg.cz>',
      '553 <bob@example.org>... unauthorized relay traffic prohibited',
    ],
  },
  {
    id: 'generic.dns-failure',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['dns timeout'],
      ['dns lookup failed'],
      ['dns error'],
      ['dns failure'],
      ['temporary dns'],
      ['dns query failed'],
      ['host not found, try again'],
      ['temporary lookup failure'],
    ],
    requiresProvider: false,
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Temporary DNS failure',
        description:
          'A DNS lookup needed for the delivery timed out or failed temporarily: at the receiver (checking your sender domain, SPF or rDNS) or at your side (finding the MX).',
        whenYouSeeIt:
          'A 451 or 450 such as `451-4.7.0 DNS timeout ...`, or Postfix `Host or domain name not found. ... Host not found, try again`; Postfix defers and retries.',
        howToFix:
          'Usually transient. If it persists, check your resolver (local caching resolver, not an overloaded public one) and the authoritative servers of your own domain, since receivers look up its SPF and MX.',
      },
    },
    references: [RFC3463_NETWORK],
    samples: [
      '451-4.7.0 DNS timeout 451 4.7.0 For assistance, contact your administrator or see http://onas.azet.sk/kontakty Please provide the following information in your problem report: Time: (Jun 10 09:30:03), Client: (81.95.98.2), Server: (smtp7.azet.sk).',
    ],
  },
  {
    id: 'generic.host-unknown',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['host unknown'],
      ['unknown host'],
      ['host not found'],
      ['domain not found'],
      ['no such domain'],
      ['domain does not exist'],
      ["domain doesn't exist"],
      ['unroutable address'],
      ['unrouteable address'],
      ['unknown domain'],
      ['invalid domain'],
      ['domain name not found'],
      ['dns query error'],
    ],
    requiresProvider: false,
    reason: 'host-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Recipient domain unknown',
        description:
          'The domain part of the recipient address does not exist or cannot be routed to any mail server; most often a typo (gmial.com) or an expired domain.',
        whenYouSeeIt:
          'A 550 (5.1.2) from a relay, e.g. `550 unroutable address ...` or `... Host unknown (Name server: ...: host not found)`; when your own server cannot resolve it Postfix logs `status=bounced (Host or domain name not found ...)`.',
        howToFix:
          'Correct the domain if it is a typo; otherwise remove the address. Check that the domain really has no MX or A record before deleting many addresses at once.',
      },
    },
    references: [
      RFC3463_ADDRESS,
      {
        kind: 'rfc',
        title: 'RFC 5321 §5.1 Locating the target host',
        url: 'https://www.rfc-editor.org/rfc/rfc5321#section-5.1',
      },
    ],
    samples: [
      '550 unroutable address uea13d6d2@poradce.ing.cz',
      '550 5.1.2 <bob@example.invalid>... Host unknown (Name server: example.invalid: host not found)',
    ],
  },
  {
    id: 'generic.user-unknown',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['user unknown'],
      ['unknown user'],
      ['no such user'],
      ['user not found'],
      ['user does not exist'],
      ["user doesn't exist"],
      ['invalid user'],
      ['user invalid'],
      ['no user here'],
      ['no such person'],
      ['unknown or illegal alias'],
      ['not listed in domino directory'],
      ['cuda_nsu'],
      ['user <', '> unknown'],
    ],
    requiresProvider: false,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Recipient user unknown',
        description:
          'The receiving server has no user by that name: the local part (left of the @) does not exist there.',
        whenYouSeeIt:
          'A 550 (5.1.1) at RCPT TO in many wordings: `550 5.1.1 <...>... User unknown`, `550 No such user - psmtp`, `550 No such person at this address`, `unknown or illegal alias`; Postfix `status=bounced`, Exim `**`.',
        howToFix:
          'Remove or correct the address (look for typos in the local part). Keep sending to unknown users low: receivers count them against your reputation and some block you after a burst.',
      },
    },
    references: [RFC3463_ADDRESS, RFC5321_REPLIES],
    samples: [
      '550 5.1.1 <u19908106@orangemail.sk>... User unknown',
      '550-5.1.1 <u756ee04c@azet.sk>: Recipient address rejected: User unknown 550 5.1.1 For assistance, contact your administrator or see http://onas.azet.sk/kontakty Please provide the following information in your problem report: Time: (Jun 10 09:34:02), Client: (81.95.98.2), Server: (smtp2.azet.sk).',
      '550 No such user - psmtp',
      '550 No such person at this address',
      '552 Transaction u6108a63d@isp-inter.net failed, remote said "550 No such user" (#5.1.1)',
      '550 5.1.1 unknown or illegal alias: u19600e21@mail.t-com.sk',
      '550 5.1.1 mdXz1l007035BVM01dXzre Sorry, no user here by that name',
      '550 Rule imposed mailbox access for uaa0be3f7@koop.sk refused: user invalid',
      '551 5.1.1 user does not exist',
      '550 cuda_nsu Requested action not taken: mailbox unavailable or not local',
      '550 User <u1155bf92@nextra.sk> unknown',
    ],
  },
  {
    id: 'generic.mailbox-not-found',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['mailbox not found'],
      ['no such mailbox'],
      ['mailbox does not exist'],
      ['no mailbox here'],
      ['invalid mailbox'],
      ['unknown mailbox'],
      ['mailbox unknown'],
      ['not a valid mailbox'],
    ],
    requiresProvider: false,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Mailbox not found',
        description:
          'The receiver looked for a mailbox with that address and has none; the address is wrong or was deleted.',
        whenYouSeeIt:
          'A 550 or 553 at RCPT TO such as `550 5.1.1 Sorry, no mailbox here by that name.` (qmail style, also `(#5.1.1)` at the end) or `550 MAILBOX NOT FOUND`.',
        howToFix: 'Remove or correct the address; do not keep retrying it from your lists.',
      },
    },
    references: [RFC3463_ADDRESS],
    samples: [
      '550 5.1.1 Sorry, no mailbox here by that name.',
      '553 sorry, no mailbox here by that name. (#5.1.1)',
      '550 MAILBOX NOT FOUND',
    ],
  },
  {
    id: 'generic.recipient-unknown',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['unknown recipient'],
      ['recipient unknown'],
      ['no such recipient'],
      ['recipient not found'],
      ['invalid recipient'],
      ['recipient does not exist'],
      ['unknown email address'],
      ['address does not exist'],
      ['rcpt to not found'],
      ['account does not exist'],
      ['does not exist'],
      ["doesn't exist"],
      ['address unknown'],
      ['not a valid recipient'],
    ],
    requiresProvider: false,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Recipient does not exist',
        description:
          'The receiver says the recipient address is not valid there, without more detail; in practice the mailbox does not exist.',
        whenYouSeeIt:
          'A 550 (5.1.1) or 452 (4.1.1) at RCPT TO: `unknown recipient rejected`, `Recipient unknown`, `550-Invalid recipient <...> 550 (#5.1.1)`, `Mailbox <...> does not exist`, `rcpt to not found`.',
        howToFix:
          'Remove or correct the address. A 4.1.1 is only temporary in form; if it repeats for days, treat it as unknown too.',
      },
    },
    references: [RFC3463_ADDRESS],
    samples: [
      '550 5.1.1 <ubb5c4a41@chello.sk> unknown recipient rejected',
      '550 <ub9dff376@inforama.sk>, Recipient unknown',
      '550-Invalid recipient <ub6b3cfc8@cz.nordson.com> 550 (#5.1.1)',
      '452 4.1.1 <u442caa9c@gmali.com> rcpt to not found',
      '550 5.1.1 Mailbox <u27b62123@prodeti.com> does not exist',
      '550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=81.95.98.2#rcp Recipient address does not exist',
      '550 Unknown Email Address',
    ],
  },
  {
    id: 'generic.bad-address-syntax',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['invalid address'],
      ['bad address syntax'],
      ['address syntax'],
      ['illegal address'],
      ['invalid email address'],
      ['mailbox name not allowed'],
    ],
    requiresProvider: false,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Recipient address malformed',
        description:
          'The receiver cannot parse the recipient address (stray characters, missing parts, wrong quoting), so it can never be delivered as written.',
        whenYouSeeIt:
          'A 501 or 553 at RCPT TO such as `501 Invalid Address` or `553 Requested action not taken: mailbox name not allowed`; often from form input with typos or trailing characters.',
        howToFix: 'Fix the address at the source (signup form validation, import scripts) or remove it.',
      },
    },
    references: [RFC3463_ADDRESS, RFC5321_REPLIES],
    samples: ['501 Invalid Address', '553 Requested action not taken: mailbox name not allowed'],
  },
  // 5. Content.
  {
    id: 'generic.virus',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['virus'], ['infected'], ['malware'], ['trojan']],
    requiresProvider: false,
    reason: 'virus',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Virus or malware detected',
        description:
          "The receiver's anti-virus scanner matched a signature in the message or an attachment (signature databases such as Sanesecurity also flag phishing and junk).",
        whenYouSeeIt:
          'A 550/552/554 after end of DATA, e.g. `552 Virus infected message rejected. IB705`; on your own Exim server `rejected after DATA: This message contains a virus (...)`.',
        howToFix:
          'Scan the attachment and the sending machine; if the signature name points at a false positive (for example an unofficial Sanesecurity junk signature), send the file another way and report it to the recipient.',
      },
    },
    references: [RFC3463_CONTENT, RFC3463_SECURITY],
    samples: [
      'This message contains a virus (Sanesecurity.Junk.39934.UNOFFICIAL).',
      '552 Virus infected message rejected. IB705',
    ],
  },
  {
    id: 'generic.spam-score',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['hits=', 'required='], ['spam score'], ['spamscore'], ['score too high']],
    requiresProvider: false,
    reason: 'spam',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Spam score too high',
        description:
          'A content filter (typically SpamAssassin) scored the message above the rejection threshold; the reply shows the score and the threshold.',
        whenYouSeeIt:
          'Exim `rejected by local_scan(): Rejected: hits=7.5 required=5.0` or a 550/554 reply with a spam score.',
        howToFix:
          'Check the message against SpamAssassin rules (a mail tester shows which rules fired): authentication, HTML-only bodies, URL shorteners, spammy wording; then resend.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['Rejected: hits=7.5 required=5.0 trigger=5.0'],
  },
  {
    id: 'generic.content-filtered',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['message filtered'], ['content filter'], ['content rejected'], ['rejected due to content']],
    requiresProvider: false,
    reason: 'spam',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Refused by content filter',
        description:
          "The receiver's content filter refused the message body or headers, usually as spam, without giving a score.",
        whenYouSeeIt: 'A 550/553/554 after end of DATA such as `553 Message Filtered` or `message content rejected`.',
        howToFix:
          'Review the content (links, attachments, wording), authenticate the mail, and test it with a mail tester; ask the recipient to allowlist you if the content is legitimate.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['553 Message Filtered'],
  },
  {
    id: 'generic.spam',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['spam'], ['unsolicited'], ['junk mail'], ['bulk mail']],
    requiresProvider: false,
    reason: 'spam',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Rejected as spam',
        description: "The receiver's spam filter classified the message as spam or unsolicited bulk mail.",
        whenYouSeeIt:
          'A 550/554 after end of DATA mentioning spam: `554 5.7.0 Reject, ... - spam` (amavis), `5.7.1 Blocked by SpamAssassin` (milter), or similar.',
        howToFix:
          'Check content, links and list consent; authenticate with SPF, DKIM and DMARC; send to engaged recipients only. If one legitimate message is hit, ask the recipient to allowlist you.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['554 5.7.0 Reject, contact postmaster@example.com, id=31619-02 - spam', '5.7.1 Blocked by SpamAssassin'],
  },
  {
    id: 'generic.not-rfc-compliant',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['rfc 5322'],
      ['rfc5322'],
      ['rfc 2822'],
      ['rfc2822'],
      ['rfc 822'],
      ['rfc822'],
      ['not rfc compliant'],
      ['header syntax'],
      ['malformed header'],
      ['invalid header'],
      ['duplicate header'],
      ['missing message-id'],
      ['from: header'],
      ['failing address in'],
    ],
    requiresProvider: false,
    reason: 'not-compliant',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message headers not RFC 5322 compliant',
        description:
          'The message breaks the Internet message format: missing or duplicated From:, Date: or Message-ID:, several addresses in From:, broken header syntax.',
        whenYouSeeIt:
          'A 550/554 after end of DATA naming RFC 5322 or a header, e.g. `550 The format of your message did not comply with RFC 2822`; it repeats for every message from the same application.',
        howToFix:
          'Fix the software that builds the messages (web forms, scripts, printers): one valid From:, a Date:, a unique Message-ID:, CRLF line endings. Your MTA can add missing Date and Message-ID for local submissions.',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 5322 §3.6 Field definitions (required header fields)',
        url: 'https://www.rfc-editor.org/rfc/rfc5322#section-3.6',
      },
    ],
    samples: [
      '550 The format of your message did not comply with RFC 2822',
      '550 5.7.1 Message has a malformed From: header',
    ],
  },
  {
    id: 'generic.content-malformed',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['message is malformed'],
      ['malformed message'],
      ['malformed mime'],
      ['invalid mime'],
      ['bare lf'],
      ['line too long'],
      ['8bit'],
      ['8-bit'],
    ],
    requiresProvider: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message structure or encoding refused',
        description:
          'The receiver could not accept the message body as sent: broken MIME structure, lines longer than 998 characters, bare line feeds, or 8-bit data it cannot take.',
        whenYouSeeIt: 'A 5xx (often with X.6.x) after end of DATA, e.g. `550 5.6.0 Message line too long`.',
        howToFix:
          'Fix the generating application: wrap or encode long lines (quoted-printable or base64), use CRLF line endings, and declare 8BITMIME content correctly.',
      },
    },
    references: [RFC3463_CONTENT],
    samples: ['550 5.6.0 Message line too long'],
  },
  {
    id: 'generic.smtputf8',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['smtputf8'], ['non-ascii']],
    requiresProvider: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-ASCII address without SMTPUTF8',
        description:
          'An address or header contains UTF-8 characters, but one side of the session does not support (or did not declare) the SMTPUTF8 extension.',
        whenYouSeeIt: 'A 553 or 550 with 5.6.7 or 5.6.9 mentioning SMTPUTF8, at MAIL FROM, RCPT TO or end of DATA.',
        howToFix:
          'Use an ASCII form of the address if one exists, or make sure every hop supports SMTPUTF8 (Postfix `smtputf8_enable = yes`).',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 6531 §3 SMTP extension for internationalized email',
        url: 'https://www.rfc-editor.org/rfc/rfc6531#section-3',
      },
      RFC3463_CONTENT,
    ],
    samples: ['550 5.6.9 UTF-8 headers require SMTPUTF8 support'],
  },
  {
    id: 'generic.attachment-policy',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['attachment'], ['file type'], ['extension not allowed'], ['blocked extension'], ['executable']],
    requiresProvider: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Attachment type not allowed',
        description:
          'The receiving organisation does not accept certain attachment types (executables, scripts, macro documents, sometimes archives) whatever their content.',
        whenYouSeeIt:
          'A 5xx after end of DATA mentioning the attachment or file type, e.g. `552 5.7.0 Message rejected: attachment type not allowed`.',
        howToFix:
          'Send the file another way (a download link, a PDF instead of a macro document); only the recipient admin can make an exception.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['552 5.7.0 Message rejected: attachment type not allowed'],
  },
  {
    id: 'generic.recipient-filter',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['blocked by recipient'],
      ['rejected by recipient'],
      ['refused by recipient'],
      ['recipient has blocked'],
      ['blocked by the recipient'],
      ['sender is blocked'],
    ],
    requiresProvider: false,
    reason: 'filtered',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Refused by recipient settings',
        description:
          'The recipient (or their organisation) has a rule or block entry that refuses your mail; the mailbox exists and the server itself has nothing against you.',
        whenYouSeeIt:
          "A 550 mentioning the recipient's filter or block list, e.g. `550 5.7.1 Message refused by recipient's mail filter`.",
        howToFix:
          'Contact the recipient by another channel and ask them to allow your address; resending will not help.',
      },
    },
    references: [RFC3463_MAILBOX],
    samples: ["550 5.7.1 Message refused by recipient's mail filter"],
  },
  // 6. Destination state, expiry, local and network errors.
  {
    id: 'generic.backup-mx-refused',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['primary mx'], ['primary server', 'try that server first']],
    requiresProvider: false,
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Backup MX refers to primary',
        description:
          'You reached a lower-priority (backup) MX of the domain, and it will not queue the message: it says the primary MX is up or will not take mail from it. Your server went there because the primary failed for you.',
        whenYouSeeIt:
          'A 450/451 at RCPT TO such as `451-DEFER - Primary server [...] for domain [...] is online. Try that server first.` or `Recipient address rejected: "...:primary MX doesn\'t accept mail from us, sorry"`, usually after earlier connect errors to the primary MX.',
        howToFix:
          'Look for the error your server got from the primary MX just before (connection timeout, refusal, TLS failure) and fix that; the backup host cannot help. Retries continue meanwhile.',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 5321 §5.1 Locating the target host (MX preference)',
        url: 'https://www.rfc-editor.org/rfc/rfc5321#section-5.1',
      },
    ],
    samples: [
      '451-DEFER - Primary server [mail8.hostmaster.sk] for domain [panter-pmd.sk] is 451 online. Try that server first.',
      '450 4.7.1 <u6393130c@majaky.cz>: Recipient address rejected: "majaky.cz:primary MX doesn\'t accept mail from us, sorry"',
    ],
  },
  {
    id: 'generic.not-accepting-mail',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ["doesn't accept mail"],
      ['does not accept mail'],
      ['not accepting mail'],
      ['accepts no mail'],
      ['does not receive mail'],
      ['no mail service'],
    ],
    requiresProvider: false,
    reason: 'not-accept',
    whoMustAct: 'their-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Destination accepts no mail',
        description:
          'The host or domain states that it takes no email at all (RFC 7504 521/556, a null MX, or a server shut down for mail).',
        whenYouSeeIt:
          'A 521 or 554 greeting, or a 550/556 at RCPT TO, such as `521 5.3.2 example.org does not accept mail`; Postfix defers a 5xx greeting and tries other MX hosts first.',
        howToFix:
          'If the domain is meant to receive mail, its MX records point at the wrong host: tell its admin. Otherwise remove the address; the domain will not take mail.',
      },
    },
    references: [
      { kind: 'rfc', title: 'RFC 7505 §4 Effects of null MX', url: 'https://www.rfc-editor.org/rfc/rfc7505#section-4' },
      RFC3463_SYSTEM,
    ],
    samples: ['521 5.3.2 example.org does not accept mail', '554 5.3.2 This host is not accepting mail'],
  },
  {
    id: 'generic.expired',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['message expired'],
      ['queue expired'],
      ['in the queue too long'],
      ['too long in queue'],
      ['delivery time expired'],
      ['expired in queue'],
    ],
    requiresProvider: false,
    reason: 'expired',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Gave up after retrying',
        description:
          'A server on the path (yours or an intermediate relay) kept failing to deliver and dropped the message when its queue lifetime ran out.',
        whenYouSeeIt:
          "A relay's final reply such as `451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long.` (qmail); on your own Postfix `status=expired, returned to sender`.",
        howToFix:
          'The cause is in the earlier deferrals for the same recipient: look them up (connection timeouts, greylisting that never passed, blocks). Fix that; the expiry itself is only the end of the story.',
      },
    },
    references: [RFC5321_RETRY, RFC3463_NETWORK, EXIM_RETRY],
    samples: [
      "451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long.",
    ],
  },
  {
    id: 'generic.mailbox-busy',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['mailbox busy'],
      ['mailbox is busy'],
      ['mailbox locked'],
      ['mailbox is locked'],
      ['mailbox temporarily unavailable'],
      ['mailbox in use'],
    ],
    requiresProvider: false,
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox temporarily busy',
        description:
          'The recipient mailbox is locked by another process (delivery, mail client, maintenance) and cannot take the message this moment.',
        whenYouSeeIt: 'A 450 at RCPT TO or end of DATA such as `450 Requested mail action not taken: mailbox busy`.',
        howToFix: 'Nothing to do; the queue retries. Only if it lasts for days is the receiving mailbox store broken.',
      },
    },
    references: [RFC5321_REPLIES],
    samples: ['450 Requested mail action not taken: mailbox busy'],
  },
  {
    id: 'generic.temporary-local-problem',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['temporary local problem'],
      ['local error in processing'],
      ['internal error'],
      ['temporary error'],
      ['temporary failure'],
      ['system problem'],
      ['error here'],
      ['read error'],
      ['write error'],
      ['temporarily unavailable'],
      ['processing error'],
    ],
    requiresProvider: false,
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Temporary problem at receiver',
        description:
          'The receiving server hit an internal problem (a scanner, database, disk or queue error) while handling your message; nothing is wrong with the message itself.',
        whenYouSeeIt:
          'A 451 such as `451 Temporary local problem - please try later` (Exim), `451 Requested action aborted: local error in processing`, `451 4.7.0 Internal error` or `451 qq read error (#4.3.0)` (qmail), logged as `status=deferred` / `==`.',
        howToFix:
          'Let the queue retry. If the same destination keeps answering this for hours, tell its postmaster; on your own server, look at the logs of the content filter or policy service.',
      },
    },
    references: [RFC5321_REPLIES, RFC3463_SYSTEM],
    samples: [
      '451 Temporary local problem - please try later',
      '451 Requested action aborted: local error in processing',
      '451 4.7.0 Internal error',
      '451 qq read error (#4.3.0)',
      '451 error here - please try again later',
    ],
  },
  {
    id: 'generic.configuration-error',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['configuration error'], ['configuration problem'], ['misconfigur'], ['config error']],
    requiresProvider: false,
    reason: 'system-error',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Receiver configuration error',
        description:
          'The receiving server reports a configuration problem on its side (a broken lookup table, policy service or routing setting).',
        whenYouSeeIt:
          'A 451 (often 4.3.5) such as `451 4.3.5 Server configuration problem`, for every message to that host.',
        howToFix:
          'Retries continue; if it persists, contact the receiving postmaster with the reply and time. If your own Postfix says it, its log has a `warning:` or `fatal:` line at that moment.',
      },
    },
    references: [RFC3463_SYSTEM],
    samples: ['451 4.3.5 Server configuration problem'],
  },
  {
    id: 'generic.timeout',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['timeout'], ['timed out'], ['time out']],
    requiresProvider: false,
    reason: 'timeout',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Session timed out',
        description:
          'One side waited too long for the other during the SMTP session: the receiver for your next command or data, or your server for the reply.',
        whenYouSeeIt:
          'A 421/451 such as `451 4.7.0 Timeout waiting for client input` (in reply to DATA), or Postfix `conversation with ... timed out while ...`.',
        howToFix:
          'Usually transient. If one destination always times out during the body, look for MTU or firewall problems and slow content filters; make sure your server is not overloaded.',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 5321 §4.5.3.2 Timeouts',
        url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.2',
      },
    ],
    samples: ['451 4.7.0 Timeout waiting for client input'],
  },
  {
    id: 'generic.network-error',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['connection reset'],
      ['connection dropped'],
      ['broken pipe'],
      ['connection closed'],
      ['network error'],
      ['connection refused'],
      ['no route to host'],
      ['network is unreachable'],
      ['lost connection'],
    ],
    requiresProvider: false,
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Network connection problem',
        description: 'The TCP connection could not be opened, or broke off in the middle of the session.',
        whenYouSeeIt:
          'A 421 or 4xx naming the connection (`421 Connection reset by peer`), or Postfix `connect to ...: Connection refused` / `lost connection with ...`.',
        howToFix:
          'Retries happen by themselves. If it persists for one destination, check that outbound port 25 is open from your network and that the MX host is up; check MTU and firewalls for mid-session drops.',
      },
    },
    references: [RFC3463_NETWORK],
    samples: ['421 Connection reset by peer'],
  },
  {
    id: 'generic.protocol-error',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['syntax error'],
      ['bad sequence'],
      ['unrecognized command'],
      ['command unrecognized'],
      ['command not recognized'],
      ['command not implemented'],
      ['protocol violation'],
      ['protocol error'],
      ['pipelining'],
      ['synchronization error'],
      ['out of sequence'],
    ],
    requiresProvider: false,
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'SMTP protocol error',
        description:
          'The receiver could not make sense of a command: wrong syntax, wrong order, or pipelining it did not offer. Often a middlebox rewriting the session causes it.',
        whenYouSeeIt:
          'A 500-503 or 550 such as `501 Syntax error in parameters or arguments` or `550 Protocol violation`, mostly at MAIL FROM or RCPT TO.',
        howToFix:
          'Check the exact command in a debug transcript (Postfix `debug_peer_list`); disable SMTP "fixup"/inspection on firewalls; fix the sending application if it speaks SMTP itself.',
      },
    },
    references: [
      RFC3463_PROTOCOL,
      {
        kind: 'rfc',
        title: 'RFC 5321 §4.1.4 Order of commands',
        url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.4',
      },
    ],
    samples: [
      '501 Syntax error in parameters or arguments',
      '550 Protocol violation',
      '503 5.5.1 Bad sequence of commands',
    ],
  },
  // 7. General words, last.
  {
    id: 'generic.mailing-list-post',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['not allowed to post'], ['members only'], ['list members'], ['moderator']],
    requiresProvider: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Not allowed to post to list',
        description:
          'The recipient is a mailing list or group that only accepts messages from its members or approved senders.',
        whenYouSeeIt: 'A 550 at RCPT TO or after DATA such as `550 Only list members are allowed to post`.',
        howToFix:
          'Subscribe with the sending address or ask the list owner to allow it; send from the address that is subscribed.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['550 Only list members are allowed to post'],
  },
  {
    id: 'generic.policy',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['policy'], ['prohibited'], ['administrative prohibition']],
    requiresProvider: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Refused by local policy',
        description:
          'A local rule of the receiver refused the message and the reply names only "policy"; what triggered it is known only on their side.',
        whenYouSeeIt:
          "Replies such as `554 Mail from ... rejected for policy reasons.`, `... Policy Rejection- Abuse. Go away.` or Exim's bare `550 Administrative prohibition`, at any stage.",
        howToFix:
          "Check the usual suspects first (blocklists, rDNS, SPF/DKIM/DMARC, content); if everything is clean, ask the recipient's postmaster which rule matched, quoting the reply and time.",
      },
    },
    references: [RFC3463_SECURITY, RFC5321_REPLIES],
    samples: [
      '554 Mail from no-reply@directmail.fg.cz rejected for policy reasons.',
      '554 5.7.1 <u1b6fc99a@gmai.com>: Recipient address rejected: Policy Rejection- Abuse. Go away.',
      '550 Administrative prohibition',
    ],
  },
  {
    id: 'generic.not-authorized',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['not authorized'],
      ['not authorised'],
      ['not permitted'],
      ['permission denied'],
      ['unauthorized'],
      ['not allowed'],
    ],
    requiresProvider: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Not authorised by receiver',
        description: 'The receiver states that this sender, client or command is not allowed, without saying why.',
        whenYouSeeIt: 'A 550 (often 5.7.1) such as `550 5.7.1 Command not allowed`, at any stage.',
        howToFix:
          'Check authentication, blocklists and rDNS first; if all is fine, contact the recipient postmaster with the reply. If the message went to your own relay, check its client restrictions.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['550 5.7.1 Command not allowed'],
  },
  {
    id: 'generic.service-unavailable',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['service not available'],
      ['service unavailable'],
      ['service is unavailable'],
      ['closing transmission channel'],
      ['too busy'],
      ['server busy'],
      ['system busy'],
    ],
    requiresProvider: false,
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Service not available',
        description:
          'The receiving server is shutting down, overloaded or otherwise not serving right now and closes the session (the classic 421 meaning), without naming a policy.',
        whenYouSeeIt:
          'A 421 or 451 such as `421 <...> Service not available - too busy` or `... Service not available, closing transmission channel`; Postfix defers and retries, possibly at another MX.',
        howToFix:
          'Nothing to do; the queue retries. If one destination answers this for a long time, contact its postmaster.',
      },
    },
    references: [
      RFC5321_REPLIES,
      {
        kind: 'rfc',
        title: 'RFC 5321 §3.8 Terminating sessions and connections',
        url: 'https://www.rfc-editor.org/rfc/rfc5321#section-3.8',
      },
    ],
    samples: [
      '421 <u9484963b@virgilio.it> Service not available - too busy',
      '450 4.7.1 <u989233e0@intech.cz>: Recipient address rejected: Service is unavailable',
      '421 mx.example.org Service not available, closing transmission channel',
    ],
  },
  {
    id: 'generic.try-again-later',
    provider: 'generic',
    codes: [450, 451],
    enhanced: [],
    match: [
      ['try again later'],
      ['try later'],
      ['try again in'],
      ['retry later'],
      ['please retry'],
      ['come back later'],
      ['send later'],
      ['temporarily deferred'],
    ],
    requiresProvider: false,
    reason: 'greylisted',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Deferred, try again later',
        description:
          'A bare temporary refusal without a stated cause. At RCPT TO on first contact this is almost always greylisting; repeated over hours it is throttling of your volume or reputation.',
        whenYouSeeIt:
          'A 450/451 such as `451 4.7.1 Please try again later`, `451 Please try again later.` or `451 Message temporarily deferred - [160]`, followed by `status=sent` on a later attempt when it was greylisting.',
        howToFix:
          'Let the queue retry from the same IP. If the same destination never accepts, slow down toward it and check your reputation there; a greylister is satisfied after one or two retries.',
      },
    },
    references: [
      {
        kind: 'rfc',
        title: 'RFC 6647 Email greylisting: an applicability statement',
        url: 'https://www.rfc-editor.org/rfc/rfc6647#section-1',
      },
      RFC5321_RETRY,
    ],
    samples: [
      '451 4.7.1 Please try again later',
      '451 Please try again later.',
      '451 Message temporarily deferred - [160]',
    ],
  },
  {
    id: 'generic.blacklisted',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [
      ['blacklisted'],
      ['black listed'],
      ['blocklisted'],
      ['block listed'],
      ['denylisted'],
      ['banned'],
      ['listed'],
    ],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sender listed by receiver',
        description:
          'The receiver has your IP, domain or address on a list of senders it refuses; the reply does not say whether the list is public or its own.',
        whenYouSeeIt:
          'A 4xx/5xx mentioning "blacklisted", "listed" or "banned", e.g. `553 Sorry, your IP address has been blacklisted`.',
        howToFix:
          'Check the IP on the public DNSBLs; if it is clean there, ask the recipient postmaster to remove the local entry, after fixing whatever got you listed.',
      },
    },
    references: [RFC5782, RFC3463_SECURITY],
    samples: ['553 Sorry, your IP address has been blacklisted'],
  },
  {
    id: 'generic.access-denied',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['access denied'], ['no access for this'], ['go away'], ['not welcome']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Access denied',
        description:
          'The receiver refuses your client or sender outright, typically from an access list entry for your IP, domain or address.',
        whenYouSeeIt:
          'A 550/554 such as `550 Access denied` or `550 Sorry, no access for this ip`, at connection, MAIL FROM or RCPT TO.',
        howToFix:
          'Check blocklists and rDNS for the IP; then ask the recipient postmaster why their access list refuses you, quoting reply and time.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['550 Access denied', '550 Sorry, no access for this ip'],
  },
  {
    id: 'generic.blocked',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['blocked']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Blocked by receiver',
        description:
          'The reply says only that you are blocked; the block may be on your IP, domain or address and come from a public list or a local rule.',
        whenYouSeeIt: 'A 5xx such as `540 5.7.1 <...>: recipient address rejected: Blocked`.',
        howToFix:
          'Check the IP on the major DNSBLs and its rDNS, authentication and recent volume; if all is clean, ask the recipient postmaster what the block is.',
      },
    },
    references: [RFC3463_SECURITY],
    samples: ['540 5.7.1 <rudy@test.corp>: recipient address rejected: Blocked'],
  },
  {
    id: 'generic.mailbox-unavailable',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['mailbox unavailable'], ['mailbox not available'], ['recipient not available'], ['not local']],
    requiresProvider: false,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox unavailable (probably unknown)',
        description:
          'The standard RFC 5321 text for 450/550; most servers use it for a recipient that does not exist, but it also covers refused access and policy, so it is weaker evidence than "user unknown".',
        whenYouSeeIt:
          '`550 Requested action not taken: mailbox unavailable` at RCPT TO (older Hotmail/Exchange and many appliances), or `Recipient not available` with a 4xx.',
        howToFix:
          'Treat a 550 as an unknown recipient after it repeats; a single occurrence with no other evidence deserves a check of the address before suppressing it.',
      },
    },
    references: [RFC5321_REPLIES],
    samples: [
      '550 Requested action not taken: mailbox unavailable',
      '450 4.7.1 <jack@test.corp>: Recipient address rejected: Recipient not available',
    ],
  },
  {
    id: 'generic.recipient-rejected',
    provider: 'generic',
    codes: [],
    enhanced: [],
    match: [['recipient address rejected'], ['recipient rejected'], ['address rejected'], ['recipient refused']],
    requiresProvider: false,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Recipient rejected, no reason given',
        description:
          'The receiver refused the recipient and gave no recognisable reason. "Recipient address rejected" is also the prefix of every Postfix recipient restriction, so an unknown mailbox is the likeliest cause, not a certain one.',
        whenYouSeeIt:
          'A 550 at RCPT TO such as `550 #5.1.0 Address rejected.`, `550 address rejected (#5.1.1)` or `Recipient address rejected: <domain>` with nothing else.',
        howToFix:
          'Check the enhanced code: 5.1.1 or 5.1.0 means the address is bad, remove it. With other codes, verify the address and the rest of the reply before suppressing it.',
      },
    },
    references: [RFC3463_ADDRESS],
    samples: [
      '550 #5.1.0 Address rejected.',
      '550 address rejected (#5.1.1)',
      '550 5.1.1 <ue65ed9c6@port.cz>: Recipient address rejected: port.cz',
    ],
  },
];

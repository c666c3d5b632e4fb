/**
 * Apple iCloud Mail replies (icloud.com, me.com, mac.com; fact base §3.4, rows A01-A16).
 *
 * Sources: Apple's "Postmaster information for iCloud Mail", Sisimai's Apple table (go-sisimai
 * rhost/for-apple.go), smtp.codes' iCloud page (real reply texts with the HT204137 link), Suped's
 * notes on Apple local-policy codes ([CS01], [CS02], [HM07], [HM08]) and the FgForrest corpus
 * (`550 5.1.1 unknown or illegal alias` from mx*.mac.com.akadns.net).
 *
 * iCloud runs partly on Proofpoint and Cloudmark filtering and on Postfix-style front ends, so
 * many of its texts ("Relay access denied", "Sender address rejected: Domain not found", "user is
 * over quota", Spamhaus and Proofpoint blocklist texts) are shared with other servers: those rules
 * only apply when the remote is known to be Apple (requiresProvider). Apple-specific tags
 * ([HME1]) and wordings stay usable without it.
 *
 * Order: first match wins. The blocklist texts (Proofpoint, Spamhaus) come first because they
 * also contain the words "rejected due to" used by the DMARC rule; the local-policy rule follows
 * the authentication rules.
 */
import type { MessageRule, Reference } from '../types.js';

const APPLE_POSTMASTER: Reference = {
  kind: 'provider',
  title: 'Apple Support: Postmaster information for iCloud Mail',
  url: 'https://support.apple.com/en-us/102322',
};
const SISIMAI_APPLE: Reference = {
  kind: 'other',
  title: 'Sisimai rhost/for-apple.go (iCloud reply patterns and reasons)',
  url: 'https://github.com/sisimai/go-sisimai/blob/02714b7712e97580097338c68384eea22c9f158f/rhost/for-apple.go',
};
const SMTP_CODES_ICLOUD: Reference = {
  kind: 'other',
  title: 'smtp.codes: iCloud reply texts',
  url: 'https://smtp.codes/icloud',
};
const PROOFPOINT_IPCHECK: Reference = {
  kind: 'provider',
  title: 'Proofpoint IP reputation check and delisting',
  url: 'https://ipcheck.proofpoint.com',
};
const SPAMHAUS_CHECKER: Reference = {
  kind: 'other',
  title: 'Spamhaus IP and domain reputation checker',
  url: 'https://check.spamhaus.org',
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

export const APPLE_RULES: readonly MessageRule[] = [
  {
    id: 'apple.proofpoint-blocklist', // A04
    provider: 'apple',
    codes: [550],
    enhanced: ['5.7.0'],
    match: [['blocked - see https://support.proofpoint.com/dnsbl-lookup']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: IP on Proofpoint blocklist',
        description:
          "iCloud uses Proofpoint's dynamic IP reputation list, and the sending IP is on it; the text links to Proofpoint, not Apple.",
        whenYouSeeIt:
          'Postfix `status=bounced (host mx*.mail.icloud.com[...] said: 550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=<ip>)` at connect or MAIL FROM.',
        howToFix:
          'Check the IP at ipcheck.proofpoint.com, fix what caused the listing and submit the delisting request there; Proofpoint blocks are dynamic and may also expire on their own.',
      },
    },
    references: [PROOFPOINT_IPCHECK, SISIMAI_APPLE],
    samples: ['550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1'],
  },
  {
    id: 'apple.spamhaus-sbl', // A05
    provider: 'apple',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['rejected due to listing in spamhaus sbl']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: IP on Spamhaus SBL',
        description: 'iCloud refuses mail from IPs on the Spamhaus Block List.',
        whenYouSeeIt:
          'A `550 5.7.1 Mail from IP <ip> was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=<ip>` reply.',
        howToFix:
          'Look the listing up at check.spamhaus.org, remove the cause it describes and request removal; iCloud follows the list.',
      },
    },
    references: [SPAMHAUS_CHECKER, SISIMAI_APPLE],
    samples: [
      '550 5.7.1 Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=192.0.2.1',
    ],
  },
  {
    id: 'apple.spamhaus-dbl', // A06
    provider: 'apple',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['domain present in the spamhaus dbl']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: listed domain in message',
        description:
          'A domain in the message (a link, the sender domain or a tracking domain) is on the Spamhaus Domain Block List.',
        whenYouSeeIt:
          'A `550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/` reply after end of DATA.',
        howToFix:
          'Check every domain in the message at check.spamhaus.org; replace third-party links or shorteners that are listed, and request delisting for your own domain after fixing the cause.',
      },
    },
    references: [SPAMHAUS_CHECKER, SMTP_CODES_ICLOUD, SISIMAI_APPLE],
    samples: [
      '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/',
    ],
  },
  {
    id: 'apple.spf-dkim-fail', // A02
    provider: 'apple',
    codes: [554],
    enhanced: ['5.7.1'],
    match: [['[hme1]'], ['failing both spf and dkim']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: SPF and DKIM both failed',
        description: 'The message passed neither SPF nor DKIM, and iCloud refuses such mail ([HME1]).',
        whenYouSeeIt:
          'A `554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 ...` reply after end of DATA.',
        howToFix:
          'Publish SPF covering the sending IP for the return-path domain and DKIM-sign with your From: domain; forwarders need SRS so SPF survives.',
      },
    },
    references: [APPLE_POSTMASTER, SISIMAI_APPLE, RFC7208_RESULTS],
    samples: [
      '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 for mailing best practices',
    ],
  },
  {
    id: 'apple.dmarc-policy', // A03
    provider: 'apple',
    codes: [550, 554],
    enhanced: ['5.7.1'],
    match: [['rejected due to', 'dmarc policy']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: rejected by DMARC policy',
        description:
          'The From: domain asks receivers to reject mail that fails DMARC, and this message had no SPF or DKIM pass aligned with it.',
        whenYouSeeIt:
          "A `554 5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137 ...` reply after end of DATA.",
        howToFix:
          'Sign with DKIM using the From: domain or align the return-path for SPF; for forwarded or list mail, the forwarder must re-sign or rewrite the From:.',
      },
    },
    references: [APPLE_POSTMASTER, SISIMAI_APPLE, RFC7489_ALIGNMENT],
    samples: [
      "554 5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137 for",
      '550 5.7.1 Your message was rejected due to example.com DMARC policy.',
    ],
  },
  {
    id: 'apple.local-policy', // A01
    provider: 'apple',
    codes: [550, 554],
    enhanced: ['5.7.1'],
    match: [['[cs01]'], ['[cs02]'], ['[hm07]'], ['[hm08]'], ['message rejected due to local policy']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: rejected by local policy',
        description:
          "iCloud's filtering (Cloudmark-based, tags [CS01]/[CS02]; [HM07]/[HM08] reported by senders) refused the sender or the content; Apple does not say which signal fired.",
        whenYouSeeIt:
          'Postfix `status=bounced (host mx*.mail.icloud.com[...] said: 550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137)`.',
        howToFix:
          "Check authentication, IP and domain reputation and the links in the message; if the cause is not visible, write to Apple's postmaster contact (listed on the iCloud postmaster page) with the full reply and your sending IPs.",
      },
    },
    references: [APPLE_POSTMASTER, SMTP_CODES_ICLOUD, SISIMAI_APPLE],
    samples: [
      '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
      '554 5.7.1 [HM08] Message rejected due to local policy.',
    ],
  },
  {
    id: 'apple.greeting-refused', // A07
    provider: 'apple',
    codes: [554],
    enhanced: [],
    match: [['esmtp not accepting connections']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: connection refused at greeting',
        description: 'The iCloud MX refused the session in its greeting, before any command.',
        whenYouSeeIt:
          'Postfix `status=deferred (host mx*.mail.icloud.com[...] refused to talk to me: 554 ...-smtpin001.me.com ESMTP not accepting connections)`; by default Postfix treats a 5xx greeting as temporary and tries the next MX.',
        howToFix:
          'Usually it passes on retry; if it persists for one IP only, check its reputation (Proofpoint, Spamhaus) and contact the iCloud postmaster.',
      },
    },
    references: [APPLE_POSTMASTER, SISIMAI_APPLE],
    samples: ['554 st11p00mm-smtpin001.me.com ESMTP not accepting connections'],
  },
  {
    id: 'apple.excessive-volume', // A08
    provider: 'apple',
    codes: [421],
    enhanced: ['4.7.1'],
    match: [['deferred due to excessive volume']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: too much mail to recipient',
        description:
          'iCloud holds back mail to one recipient, or from you overall, because of the volume arriving; seed-list tests trigger it easily.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421 4.7.1 Messages to <address> deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137)`.',
        howToFix:
          'Let the queue retry and spread sends to iCloud over time (lower concurrency and rate for icloud.com, me.com, mac.com).',
      },
    },
    references: [APPLE_POSTMASTER, SMTP_CODES_ICLOUD, SISIMAI_APPLE],
    samples: [
      '421 4.7.1 Messages to user@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137',
    ],
  },
  {
    id: 'apple.service-unavailable', // A09
    provider: 'apple',
    codes: [451],
    enhanced: ['4.7.1'],
    match: [['service unavailable - try again later']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: temporarily unavailable',
        description:
          'iCloud is not taking mail right now; senders see it most at the top of the hour, when many bulk sends start at once.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 451 4.7.1 Service unavailable - try again later)` from mx*.mail.icloud.com.',
        howToFix: 'Nothing to fix; the queue retries. Scheduling bulk sends away from the full hour reduces it.',
      },
    },
    references: [APPLE_POSTMASTER, SMTP_CODES_ICLOUD],
    samples: ['451 4.7.1 Service unavailable - try again later'],
  },
  {
    id: 'apple.user-unknown', // A10
    provider: 'apple',
    codes: [550],
    enhanced: ['5.1.1'],
    match: [['user does not exist'], ['unknown or illegal alias']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'iCloud: no such address',
        description: 'There is no iCloud mailbox or alias with this address.',
        whenYouSeeIt:
          'Postfix `status=bounced (host mx*.mail.icloud.com[...] said: 550 5.1.1 <address>: user does not exist)` or `550 5.1.1 unknown or illegal alias: <address>` in reply to RCPT TO.',
        howToFix:
          'Suppress the address and check where it was collected; icloud.com, me.com and mac.com share one namespace.',
      },
    },
    references: [APPLE_POSTMASTER, SMTP_CODES_ICLOUD, SISIMAI_APPLE],
    samples: [
      '550 5.1.1 unknown or illegal alias: u7b845db5@mac.com',
      '550 5.1.1 <user@icloud.com>: user does not exist',
    ],
  },
  {
    id: 'apple.inactive-address', // A11
    provider: 'apple',
    codes: [550],
    enhanced: ['5.1.1'],
    match: [['inactive email address']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'suspended',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'iCloud: address deactivated',
        description:
          'The iCloud address exists but its owner has deactivated it. It can in principle be reactivated, but treat it as gone.',
        whenYouSeeIt: 'A `550 5.1.1 <address>: inactive email address` reply in reply to RCPT TO.',
        howToFix: 'Suppress it; only re-add it if the person confirms the address is active again.',
      },
    },
    references: [APPLE_POSTMASTER, SISIMAI_APPLE],
    samples: ['550 5.1.1 <user@icloud.com>: inactive email address'],
  },
  {
    id: 'apple.over-quota', // A12
    provider: 'apple',
    codes: [552],
    enhanced: ['5.2.2'],
    match: [['user is over quota']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'mailbox-full',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: mailbox full',
        description: "The recipient's iCloud storage (shared by mail, photos and backups) is full.",
        whenYouSeeIt: 'A `552 5.2.2 <address>: user is over quota` reply in reply to RCPT TO; Postfix bounces it.',
        howToFix:
          'A soft problem on their side: resend later or reach them another way; suppress only if it stays full for weeks.',
      },
    },
    references: [APPLE_POSTMASTER, SISIMAI_APPLE],
    samples: ['552 5.2.2 <user@icloud.com>: user is over quota'],
  },
  {
    id: 'apple.mailbox-gone', // A13
    provider: 'apple',
    codes: [550],
    enhanced: ['5.1.6'],
    match: [['recipient no longer on server']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'has-moved',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'iCloud: mailbox closed',
        description: 'The mailbox used to exist on iCloud but has been closed or moved, with no forwarding.',
        whenYouSeeIt: 'A `550 5.1.6 recipient no longer on server: <address>` reply in reply to RCPT TO.',
        howToFix: 'Suppress the address and ask the person for their new one if you still need to reach them.',
      },
    },
    references: [APPLE_POSTMASTER, SISIMAI_APPLE],
    samples: ['550 5.1.6 recipient no longer on server: user@icloud.com'],
  },
  {
    id: 'apple.relay-denied', // A14
    provider: 'apple',
    codes: [554],
    enhanced: ['5.7.1'],
    match: [['relay access denied']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: domain not hosted here',
        description: 'The iCloud server does not accept mail for the recipient domain.',
        whenYouSeeIt: 'A `554 5.7.1 <address>: Relay access denied` reply from an iCloud host in reply to RCPT TO.',
        howToFix:
          "Compare the domain's MX with where you delivered: a custom domain that left iCloud Mail, or a stale transport entry, sends mail to the wrong host.",
      },
    },
    references: [APPLE_POSTMASTER, SISIMAI_APPLE],
    samples: ['554 5.7.1 <user@example.org>: Relay access denied'],
  },
  {
    id: 'apple.hide-my-email-disabled', // A16
    provider: 'apple',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['relay not permitted for user']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'filtered',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: Hide My Email address off',
        description:
          'Probably a "Hide My Email" relay address that its owner deactivated, which amounts to an unsubscribe; secondary sources only, so treat with care.',
        whenYouSeeIt: 'A `550 5.7.1 Relay not permitted for user` reply for a privaterelay or icloud.com alias.',
        howToFix: 'Stop mailing the address as you would after an unsubscribe; the person can give you a new one.',
      },
    },
    references: [APPLE_POSTMASTER],
    samples: ['550 5.7.1 Relay not permitted for user'],
  },
  {
    id: 'apple.sender-domain-not-found', // A15
    provider: 'apple',
    codes: [450],
    enhanced: ['4.1.8'],
    match: [['sender address rejected: domain not found']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'iCloud: sender domain unknown',
        description: 'The domain of your envelope sender does not resolve, so iCloud will not accept mail from it.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 450 4.1.8 <sender>: Sender address rejected: Domain not found (in reply to RCPT TO command))`.',
        howToFix:
          'Use a return-path in a domain with valid A or MX records; check for typos or an expired domain in the sender.',
      },
    },
    references: [APPLE_POSTMASTER, SISIMAI_APPLE],
    samples: ['450 4.1.8 <bounce@example.invalid>: Sender address rejected: Domain not found'],
  },
];

/**
 * Yahoo Mail and AOL replies (AOL mail runs on Yahoo's platform; fact base §3.3, rows Y01-Y20).
 *
 * Sources: Yahoo Sender Hub "SMTP error codes" and the postmaster links quoted in Yahoo replies,
 * Sisimai's Yahoo table (go-sisimai rhost/for-yahooinc.go), the FgForrest corpus (real `554
 * delivery error: dd ...` replies from mta*.mail.*.yahoo.com), and AOL's retired error pages as
 * quoted by Word to the Wise (`:(CON:B1)`).
 *
 * Yahoo's bracketed tags ([TSS04], [BL21], [PH01]) are the real signal; the enhanced code is often
 * generic, and Yahoo reuses 5.7.9 (registry: "mechanism too weak") for authentication and policy
 * refusals, which only applies when the remote is known to be Yahoo. Tags like `4.16.55.1` or
 * `[#102]` are Yahoo's own ids, not RFC 3463 codes. The Spamhaus rejections (BL21/22/23) only apply
 * with the remote known: the DNSBL rules cover the same texts for other contexts.
 *
 * Order: first match wins. The authentication text of 550 5.7.9 and the [PH01] policy text come
 * before the code-only 5.7.9 rule, which catches Yahoo's remaining 5.7.9 replies.
 */
import type { MessageRule, Reference } from '../types.js';

const YAHOO_SMTP_ERRORS: Reference = {
  kind: 'provider',
  title: 'Yahoo Sender Hub: SMTP error codes',
  url: 'https://senders.yahooinc.com/smtp-error-codes',
};
const YAHOO_POSTMASTER_ERRORS: Reference = {
  kind: 'provider',
  title: 'Yahoo postmaster: error codes (linked from Yahoo replies)',
  url: 'https://postmaster.yahooinc.com/error-codes',
};
const SISIMAI_YAHOO: Reference = {
  kind: 'other',
  title: 'Sisimai rhost/for-yahooinc.go (Yahoo reply patterns and reasons)',
  url: 'https://github.com/sisimai/go-sisimai/blob/10a375ffbfda93609b761e6572a81329a13658e3/rhost/for-yahooinc.go',
};
const SPAMHAUS_CHECKER: Reference = {
  kind: 'other',
  title: 'Spamhaus IP and domain reputation checker',
  url: 'https://check.spamhaus.org',
};
const AOL_LEGACY_CODES: Reference = {
  kind: 'other',
  title: 'Word to the Wise: Mail problems at AOL (real CON:B1 replies)',
  url: 'https://wordtothewise.com/2012/10/mail-problems-at-aol',
};
const RFC7489_ALIGNMENT: Reference = {
  kind: 'rfc',
  title: 'RFC 7489 §3.1 (DMARC identifier alignment)',
  url: 'https://www.rfc-editor.org/rfc/rfc7489#section-3.1',
};
const RFC5322_FIELDS: Reference = {
  kind: 'rfc',
  title: 'RFC 5322 §3.6 (header fields: From, Message-ID, counts)',
  url: 'https://www.rfc-editor.org/rfc/rfc5322#section-3.6',
};

export const YAHOO_RULES: readonly MessageRule[] = [
  {
    id: 'yahoo.tss04-deferred', // Y01
    provider: 'yahoo',
    codes: [421],
    enhanced: ['4.7.0'],
    match: [['[tss04]'], ['temporarily deferred due to unexpected volume or user complaints']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: deferred for volume or complaints',
        description:
          "Yahoo's catch-all deferral [TSS04]: a volume spike, too many user complaints, or a poor or unknown reputation of the IP or domain.",
        whenYouSeeIt:
          'Postfix `status=deferred (host mta*.am0.yahoodns.net[...] said: 421 4.7.0 [TSS04] Messages from <ip> temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))`.',
        howToFix:
          'Slow down to Yahoo and AOL rather than retrying harder, keep complaint rates low (Yahoo complaint feedback loop), make SPF, DKIM and DMARC pass, and check the domain in Yahoo Sender Hub.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, YAHOO_POSTMASTER_ERRORS, SISIMAI_YAHOO],
    samples: [
      '421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    ],
  },
  {
    id: 'yahoo.permanently-deferred', // Y02
    provider: 'yahoo',
    codes: [553],
    enhanced: ['5.7.2'],
    match: [['[tss09]'], ['[tss11]'], ['will be permanently deferred']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: IP blocked for now',
        description:
          'Yahoo refuses all mail from the IP for the time being ([TSS09], [TSS11]); retrying will not get through until the block lifts.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 553 5.7.2 [TSS09] All messages from <ip> will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes)`.',
        howToFix:
          'Stop sending to Yahoo from that IP, fix what triggered it (complaints, traps, compromised accounts), then contact Yahoo through the Sender Hub support form.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, YAHOO_POSTMASTER_ERRORS, SISIMAI_YAHOO],
    samples: [
      '553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
      '553 5.7.2 [TSS11] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    ],
  },
  {
    id: 'yahoo.legacy-ts-deferral', // Y03
    provider: 'yahoo',
    codes: [421],
    enhanced: ['4.7.0', '4.7.1'],
    match: [['[ts01]'], ['[ts02]'], ['[ts03]']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: legacy TS deferral',
        description:
          'Older Yahoo deferral tags: [TS01] and [TS02] for unusual traffic or complaints, [TS03] for a deferral Yahoo calls permanent.',
        whenYouSeeIt:
          'A `421 4.7.0 [TS01] Messages from <ip> temporarily deferred ...` line in older logs from Yahoo MX hosts.',
        howToFix:
          'Handle like [TSS04] (slow down, lower complaints, authenticate); for [TS03], stop and contact Yahoo as for [TSS09].',
      },
    },
    references: [YAHOO_SMTP_ERRORS],
    samples: ['421 4.7.0 [TS01] Messages from 192.0.2.25 temporarily deferred - 4.16.55.1'],
  },
  {
    id: 'yahoo.spamhaus-sbl', // Y04
    provider: 'yahoo',
    codes: [553],
    enhanced: ['5.7.1'],
    match: [['[bl21]'], ["because the ip is in spamhaus's list"]],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: IP on Spamhaus SBL',
        description: 'Yahoo refuses connections from IPs on the Spamhaus Block List ([BL21]).',
        whenYouSeeIt:
          "A `553 5.7.1 [BL21] Connections will not be accepted from <ip>, because the ip is in Spamhaus's list` reply at connect or MAIL FROM.",
        howToFix:
          'Look the IP up at check.spamhaus.org, remove the cause the listing describes and request removal there; Yahoo follows the list.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SPAMHAUS_CHECKER, SISIMAI_YAHOO],
    samples: [
      "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
    ],
  },
  {
    id: 'yahoo.spamhaus-xbl', // Y05
    provider: 'yahoo',
    codes: [553],
    enhanced: ['5.7.1'],
    match: [['[bl23]'], ['on spamhaus xbl']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: IP on Spamhaus XBL',
        description:
          'The IP is on the Spamhaus Exploits Block List ([BL23]): something on it behaves like malware or a hijacked host.',
        whenYouSeeIt:
          'A `553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL` reply from Yahoo MX hosts.',
        howToFix:
          'Find and clean the infected machine or abused service behind that IP (NAT gateways included), then delist at Spamhaus.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SPAMHAUS_CHECKER, SISIMAI_YAHOO],
    samples: [
      '553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]',
    ],
  },
  {
    id: 'yahoo.spamhaus-other', // Y06
    provider: 'yahoo',
    codes: [553],
    enhanced: ['5.7.1'],
    match: [['[bl22]']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: another Spamhaus listing',
        description:
          'A third Spamhaus-based refusal ([BL22]); its exact list is not documented, and it is probably the PBL (ranges that should not send direct).',
        whenYouSeeIt: 'A `553 5.7.1 [BL22] ...` reply from Yahoo MX hosts at connection time.',
        howToFix:
          'Check the IP at check.spamhaus.org; if it is in a PBL range, send through an authorised smarthost or have the range owner update the PBL entry.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SPAMHAUS_CHECKER],
    samples: ['553 5.7.1 [BL22] Connections will not be accepted from 192.0.2.25'],
  },
  {
    id: 'yahoo.unauthenticated', // Y08
    provider: 'yahoo',
    codes: [550],
    enhanced: ['5.7.9'],
    match: [['yahoo requires all senders to authenticate with either spf or dkim']],
    requiresProvider: false,
    overridesEnhanced: true,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: sender not authenticated',
        description:
          'Neither SPF nor DKIM passed for the message; Yahoo requires at least one from every sender and full DMARC alignment from bulk senders. Yahoo uses 5.7.9 for this.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.)`.',
        howToFix:
          'Publish SPF covering the sending IP, DKIM-sign with your From: domain and publish DMARC; check the results in the Authentication-Results header of a test to a Yahoo mailbox.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SISIMAI_YAHOO, RFC7489_ALIGNMENT],
    samples: [
      '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    ],
  },
  {
    id: 'yahoo.policy-ph01', // Y09
    provider: 'yahoo',
    codes: [554],
    enhanced: [],
    match: [['[ph01]'], ['email not accepted for policy reasons']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: refused for policy reasons',
        description:
          'Yahoo refused the message on policy grounds ([PH01]) without saying which: content, authentication and sender reputation all count.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes)` after end of DATA.',
        howToFix:
          'Review the content and links of the refused messages, make sure SPF, DKIM and DMARC pass, and look at complaint data for the domain in Yahoo Sender Hub.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, YAHOO_POSTMASTER_ERRORS, SISIMAI_YAHOO],
    samples: [
      '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes',
    ],
  },
  {
    id: 'yahoo.policy-authentication', // Y07: Yahoo's own meaning of 5.7.9
    provider: 'yahoo',
    codes: [],
    enhanced: ['5.7.9'],
    match: [],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: failed authentication policy',
        description:
          'Yahoo answers 5.7.9 when a message fails its authentication checks, most often DMARC for a From: domain with `p=reject`. The registry meaning of 5.7.9 (AUTH mechanism too weak) does not apply here.',
        whenYouSeeIt:
          'Postfix `status=bounced (host mta*.am0.yahoodns.net[...] said: 554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes)`.',
        howToFix:
          'Make SPF or DKIM pass in alignment with the From: domain; for mail forwarded or sent on behalf of a `p=reject` domain, sign with your own domain or rewrite the From:.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, YAHOO_POSTMASTER_ERRORS, SISIMAI_YAHOO, RFC7489_ALIGNMENT],
    samples: ['554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes'],
  },
  {
    id: 'yahoo.user-unknown', // Y10
    provider: 'yahoo',
    codes: [554],
    enhanced: [],
    match: [["dd this user doesn't have a"]],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Yahoo: no such account',
        description: 'There is no Yahoo (or AOL) account with this address.',
        whenYouSeeIt:
          "Postfix `status=bounced (host mta*.am0.yahoodns.net[...] said: 554 delivery error: dd This user doesn't have a yahoo.com account (<address>) [0] - mta1122.mail.gq1.yahoo.com (in reply to end of DATA command))`, logged with `dsn=5.0.0`.",
        howToFix: 'Suppress the address; note Yahoo reports it after DATA, so the whole message was transferred first.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SISIMAI_YAHOO],
    samples: [
      "554 delivery error: dd This user doesn't have a yahoo.com account (uc69c58e6@yahoo.com) [0] - mta1122.mail.gq1.yahoo.com",
      "554 delivery error: dd This user doesn't have a yahoo.de account (u00868c8f@yahoo.de) [0] - mta1082.mail.ir2.yahoo.com",
    ],
  },
  {
    id: 'yahoo.mailbox-not-found', // Y11
    provider: 'yahoo',
    codes: [552],
    enhanced: [],
    match: [['mailbox not found']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Yahoo: mailbox not found',
        description:
          'Another Yahoo wording for a recipient that does not exist; Yahoo uses 552 for it, which elsewhere means a storage problem.',
        whenYouSeeIt:
          'A `552 1 Requested mail action aborted, mailbox not found` reply from Yahoo or AOL MX hosts, often after end of DATA.',
        howToFix: 'Suppress the address; do not read the 552 as a full mailbox.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SISIMAI_YAHOO],
    samples: ['552 1 Requested mail action aborted, mailbox not found'],
  },
  {
    id: 'yahoo.account-disabled', // Y12
    provider: 'yahoo',
    codes: [554],
    enhanced: [],
    match: [
      ['this mailbox is disabled'],
      ['delivery error: dd', 'is no longer valid'],
      ['delivery error: dd', 'disabled or discontinued'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'suspended',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Yahoo: account disabled or deleted',
        description: 'The Yahoo or AOL account behind the address has been disabled, discontinued or removed.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 554 delivery error: dd Sorry your message to <address> cannot be delivered. This account has been disabled or discontinued [#102]. - mta*.mail.*.yahoo.com)`, or `This mailbox is disabled (554.30)`, `... is no longer valid`.',
        howToFix:
          'Suppress the address and treat it as gone; mail to disabled accounts only adds to your bounce rate at Yahoo.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SISIMAI_YAHOO],
    samples: [
      '554 delivery error: dd Sorry your message to uedf6c6ab@yahoo.co.uk cannot be delivered. This account has been disabled or discontinued [#102]. - mta1041.mail.ird.yahoo.com',
      '554 delivery error: dd user@yahoo.com is no longer valid. [-20] - mta1234.mail.bf1.yahoo.com',
      '554 30 Sorry, your message to user@aol.jp cannot be delivered. This mailbox is disabled (554.30)',
    ],
  },
  {
    id: 'yahoo.over-quota', // Y13
    provider: 'yahoo',
    codes: [554],
    enhanced: [],
    match: [['this account is over quota']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'mailbox-full',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: mailbox full',
        description: 'The Yahoo mailbox is over its storage quota.',
        whenYouSeeIt: 'A `554 delivery error: dd This account is over quota` style reply from Yahoo MX hosts.',
        howToFix:
          'Treat it as temporary: resend later, and suppress only if it keeps recurring over weeks; Postfix bounces it at once because of the 554.',
      },
    },
    references: [YAHOO_SMTP_ERRORS],
    samples: ['554 delivery error: dd This account is over quota. [-2] - mta1001.mail.gq1.yahoo.com'],
  },
  {
    id: 'yahoo.sender-domain-unresolvable', // Y14
    provider: 'yahoo',
    codes: [451],
    enhanced: [],
    match: [['unresolvable rfc.5321']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: sender domain does not resolve',
        description:
          'The domain of the envelope sender (MAIL FROM) has no usable DNS records, so Yahoo cannot verify it.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 451 Message temporarily deferred due to unresolvable RFC.5321 from domain ...)` in reply to MAIL FROM.',
        howToFix:
          'Use a return-path in a real, resolving domain (A or MX records); internal names like `example.local` or a lapsed domain cause this.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SISIMAI_YAHOO],
    samples: [
      '451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain',
    ],
  },
  {
    id: 'yahoo.max-messages-per-connection', // Y15
    provider: 'yahoo',
    codes: [421],
    enhanced: [],
    match: [['max message per connection reached']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: per-connection message cap',
        description: 'Yahoo closes a session after a set number of messages; the remaining ones need a new connection.',
        whenYouSeeIt:
          'A `421 Max message per connection reached, closing transmission channel` reply partway through a cached connection.',
        howToFix:
          'Nothing to fix: the MTA opens a new connection. To avoid the noise, limit reuse towards Yahoo (Postfix `smtp_connection_reuse_count_limit`).',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SISIMAI_YAHOO],
    samples: ['421 Max message per connection reached, closing transmission channel'],
  },
  {
    id: 'yahoo.recipient-receiving-too-fast', // Y16
    provider: 'yahoo',
    codes: [450],
    enhanced: [],
    match: [['user is receiving mail too quickly']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: recipient receiving too fast',
        description: 'One Yahoo recipient is getting more mail than Yahoo allows in a short time.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 450 User is receiving mail too quickly (in reply to RCPT TO command))`.',
        howToFix: 'Let the queue retry; if your system sends that address many messages, batch them.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SISIMAI_YAHOO],
    samples: ['450 User is receiving mail too quickly'],
  },
  {
    id: 'yahoo.resources-unavailable', // Y17
    provider: 'yahoo',
    codes: [451],
    enhanced: [],
    match: [['resources temporarily unavailable']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: busy, try later',
        description: 'Yahoo servers are short of resources for the moment (tagged #4.16.1).',
        whenYouSeeIt: 'A `451 Resources temporarily unavailable. Please try again later [#4.16.1]` deferral.',
        howToFix: 'Nothing to do; the queue retries.',
      },
    },
    references: [YAHOO_SMTP_ERRORS],
    samples: ['451 Resources temporarily unavailable. Please try again later [#4.16.1].'],
  },
  {
    id: 'yahoo.relaying-denied', // Y18
    provider: 'yahoo',
    codes: [550],
    enhanced: [],
    match: [['relaying denied for']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: domain not hosted here',
        description: 'The Yahoo server was asked to take mail for a domain it does not host.',
        whenYouSeeIt: 'A `550 relaying denied for <address>` reply from a Yahoo MX host in reply to RCPT TO.',
        howToFix:
          "Check where you route that domain (transport maps, a stale relayhost) against its real MX; if the domain's MX points at Yahoo wrongly, its owner must fix DNS.",
      },
    },
    references: [YAHOO_SMTP_ERRORS, SISIMAI_YAHOO],
    samples: ['550 relaying denied for <user@example.org>'],
  },
  {
    id: 'yahoo.headers-not-compliant', // Y19
    provider: 'yahoo',
    codes: [],
    enhanced: [],
    match: [['headers are not rfc compliant']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'not-compliant',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Yahoo: headers not RFC compliant',
        description: 'The message headers are malformed (missing or duplicated required fields, bad syntax).',
        whenYouSeeIt: 'A `554 Message not allowed - Headers are not RFC compliant` reply after end of DATA.',
        howToFix: 'Fix the generator so there is one From:, Date: and Message-ID: with valid syntax.',
      },
    },
    references: [YAHOO_SMTP_ERRORS, SISIMAI_YAHOO, RFC5322_FIELDS],
    samples: ['554 Message not allowed - Headers are not RFC compliant[291]'],
  },
  {
    id: 'yahoo.aol-legacy-block', // Y20
    provider: 'yahoo',
    codes: [],
    enhanced: [],
    match: [['(rtr:'], ['(dyn:'], ['(con:'], ['(hvu:']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'AOL: legacy block code',
        description:
          "Bracket codes from AOL's old mail platform: RTR reputation, DYN dynamic IP, CON connection or volume thresholds, HVU high volume. Only seen in older logs or from hosts not yet moved to Yahoo.",
        whenYouSeeIt:
          'A reply such as `521 5.2.1 :(CON:B1) http://postmaster.info.aol.com/errors/554conb1.html` from mailin-*.mx.aol.com.',
        howToFix:
          'Handle like the Yahoo equivalents: back off on volume, fix reputation and rDNS; current AOL mail is handled through Yahoo Sender Hub.',
      },
    },
    references: [AOL_LEGACY_CODES, YAHOO_SMTP_ERRORS],
    samples: ['521 5.2.1 :(CON:B1) http://postmaster.info.aol.com/errors/554conb1.html'],
  },
];

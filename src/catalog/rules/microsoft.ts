/**
 * Microsoft replies: Outlook.com / Hotmail consumer mail, Exchange Online Protection (EOP),
 * Exchange Online and on-premises Exchange (fact base §3.2, rows M01-M62, plus two consumer replies
 * found in the corpus).
 *
 * Sources: Microsoft Learn "Email non-delivery reports and SMTP errors in Exchange Online",
 * Microsoft Support "Fix NDR error 550 5.7.515", Sisimai's Microsoft / Outlook tables
 * (go-sisimai rhost/for-microsoft.go, for-outlook.go), public bounce copies (S3150, S3140,
 * 5.7.606, SC-001) and the FgForrest corpus (`421 PR(ct1)` hourly limit, `550 Requested action not
 * taken: mailbox unavailable` from *.pamx1.hotmail.com).
 *
 * Microsoft reuses registry numbers (5.1.10, 5.4.1, 5.2.2, 5.7.3, 4.3.2, 4.4.8) and adds its own
 * three-digit details, so most rules name the enhanced code and are marked `overridesEnhanced`
 * where the registry meaning is misleading. Generic phrases Exchange shares with other servers
 * ("mailbox full", "Unable to relay", "message expired") only apply when the remote is known.
 *
 * Order: first match wins. The S3150/S3140 rules come before the consumer SC-00x rule whose text
 * shares "on our block list"; "TenantAttribution; Relay Access Denied" before plain "Relay Access
 * Denied"; the anonymous-submission text before "Client was not authenticated"; "Message
 * expired, connection refused" (5.4.316) before plain "Message expired". The code-only MTA-STS
 * rule (4.4.8) comes last.
 */
import type { MessageRule, Reference } from '../types.js';

const MS_NDR_GUIDE: Reference = {
  kind: 'provider',
  title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
};
const MS_515: Reference = {
  kind: 'provider',
  title: 'Microsoft Support: Fix NDR error 550 5.7.515 in Outlook.com',
  url: 'https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef',
};
const MS_DELIST_PORTAL: Reference = {
  kind: 'provider',
  title: 'Microsoft 365 delist portal (sender.office.com)',
  url: 'https://sender.office.com',
};
const OUTLOOK_POSTMASTER: Reference = {
  kind: 'provider',
  title: 'Outlook.com Postmaster (SNDS, JMRP, sender support)',
  url: 'https://postmaster.live.com',
};
const OUTLOOK_SENDER_SUPPORT: Reference = {
  kind: 'provider',
  title: 'Outlook.com sender support request form',
  url: 'https://go.microsoft.com/fwlink/?LinkID=614866',
};
const SISIMAI_MICROSOFT: Reference = {
  kind: 'other',
  title: 'Sisimai rhost/for-microsoft.go (Exchange Online and Exchange reply patterns)',
  url: 'https://github.com/sisimai/go-sisimai/blob/1254c614463458c9bce7be6b56db868a846a4258/rhost/for-microsoft.go',
};
const SISIMAI_OUTLOOK: Reference = {
  kind: 'other',
  title: 'Sisimai rhost/for-outlook.go (Outlook.com consumer replies)',
  url: 'https://github.com/sisimai/go-sisimai/blob/02714b7712e97580097338c68384eea22c9f158f/rhost/for-outlook.go',
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
const RFC1912_PTR: Reference = {
  kind: 'rfc',
  title: 'RFC 1912 §2.1 (PTR records for every host)',
  url: 'https://www.rfc-editor.org/rfc/rfc1912#section-2.1',
};
const RFC5321_EHLO: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §4.1.1.1 (EHLO and HELO)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.1',
};
const RFC5321_LOOP: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §6.3 (loop detection)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-6.3',
};
const RFC5321_LINES: Reference = {
  kind: 'rfc',
  title: 'RFC 5321 §2.3.8 (lines end in CRLF)',
  url: 'https://www.rfc-editor.org/rfc/rfc5321#section-2.3.8',
};
const RFC5322_ORIGINATOR: Reference = {
  kind: 'rfc',
  title: 'RFC 5322 §3.6.2 (originator fields: From)',
  url: 'https://www.rfc-editor.org/rfc/rfc5322#section-3.6.2',
};
const RFC4954_CODES: Reference = {
  kind: 'rfc',
  title: 'RFC 4954 §6 (AUTH status codes)',
  url: 'https://www.rfc-editor.org/rfc/rfc4954#section-6',
};
const RFC3207_STARTTLS: Reference = {
  kind: 'rfc',
  title: 'RFC 3207 §4 (the STARTTLS command)',
  url: 'https://www.rfc-editor.org/rfc/rfc3207#section-4',
};
const RFC7672_DANE: Reference = {
  kind: 'rfc',
  title: 'RFC 7672 §2 (DANE for SMTP: TLSA records and DNSSEC)',
  url: 'https://www.rfc-editor.org/rfc/rfc7672#section-2',
};
const RFC8461_MTA_STS: Reference = {
  kind: 'rfc',
  title: 'RFC 8461 §4 (MTA-STS policy validation)',
  url: 'https://www.rfc-editor.org/rfc/rfc8461#section-4',
};

export const MICROSOFT_RULES: readonly MessageRule[] = [
  {
    id: 'microsoft.consumer-block-list-s3150', // M01
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['on our block list', 's3150)']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: IP on block list (S3150)',
        description:
          "The sending IP, or the range it sits in, is on Microsoft's own blocklist for its consumer domains (outlook.com, hotmail.com, live.com, msn.com). It is not a public DNSBL, so public lookups show nothing.",
        whenYouSeeIt:
          "Postfix `status=bounced (host *.olc.protection.outlook.com[...] said: 550 5.7.1 Unfortunately, messages from [ip] weren't sent ... part of their network is on our block list (S3150) ...)`, mostly in reply to MAIL FROM.",
        howToFix:
          'Check for a compromised account or open form, make SPF/DKIM/DMARC and rDNS correct, enrol the IP in SNDS and JMRP, then file a delist request through Outlook.com sender support quoting the full reply.',
      },
    },
    references: [OUTLOOK_POSTMASTER, OUTLOOK_SENDER_SUPPORT, SISIMAI_MICROSOFT],
    samples: [
      "550 5.7.1 Unfortunately, messages from [192.0.2.44] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [BY2NAM01FT030.eop-nam01.prod.protection.outlook.com]",
      "550 5.7.1 Unfortunately, messages from [192.0.2.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ],
  },
  {
    id: 'microsoft.consumer-block-list-s3140', // M02
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['on our block list', 's3140)']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: IP on block list (S3140)',
        description:
          'The same family as S3150: Outlook.com consumer mail refuses the IP because of its own reputation data. The S-codes are not documented by Microsoft; their meaning comes from sender experience.',
        whenYouSeeIt:
          "A `550 5.7.1 Unfortunately, messages from [ip] weren't sent ... on our block list (S3140)` reply (sometimes tagged `AS3140`) from *.olc.protection.outlook.com, usually at MAIL FROM.",
        howToFix:
          'Treat it like S3150: clean up the cause, watch the IP in SNDS, and ask for mitigation through the Outlook.com sender support form with the full reply text.',
      },
    },
    references: [OUTLOOK_POSTMASTER, OUTLOOK_SENDER_SUPPORT],
    samples: [
      "550 5.7.1 Unfortunately, messages from [192.0.2.131] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [HE1EUR02FT050.eop-EUR02.prod.protection.outlook.com]",
      "550 5.7.1 Unfortunately, messages from [192.0.2.149] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM5EUR02FT027.eop-EUR02.prod.protection.outlook.com]",
    ],
  },
  {
    id: 'microsoft.ip-reputation-throttle', // M03
    provider: 'microsoft',
    codes: [451],
    enhanced: ['4.7.650'],
    match: [['temporarily rate limited due to ip reputation']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: throttled for IP reputation',
        description:
          'Outlook.com slows down mail from this IP because its reputation is poor or not yet established (often tagged S775).',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 451 4.7.650 The mail server [ip] has been temporarily rate limited due to IP reputation ... (S775) [...prod.protection.outlook.com] (in reply to MAIL FROM command))`.',
        howToFix:
          'Reduce volume to Microsoft consumer domains, warm a new IP up gradually, and follow complaint and trap data in SNDS; the deferrals ease as reputation improves.',
      },
    },
    references: [OUTLOOK_POSTMASTER, SISIMAI_MICROSOFT],
    samples: [
      '451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [DB5EUR03FT045.eop-EUR03.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.too-many-connections', // M04
    provider: 'microsoft',
    codes: [421],
    enhanced: ['4.7.652'],
    match: [['exceeded the maximum number of connections']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: too many connections',
        description: 'Your server holds more simultaneous connections to Microsoft than it allows for one IP.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421 4.7.652 The mail server [ip] has exceeded the maximum number of connections ...)` or `refused to talk to me`, during busy periods.',
        howToFix:
          'Lower the concurrency towards Microsoft, e.g. a transport for outlook.com/hotmail.com with `smtp_destination_concurrency_limit` of a few; the queue catches up on its own.',
      },
    },
    references: [OUTLOOK_POSTMASTER, MS_NDR_GUIDE],
    samples: [
      '421 4.7.652 The mail server [192.0.2.5] has exceeded the maximum number of connections. [AM0EUR02FT011.eop-EUR02.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.authentication-level', // M05
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.515'],
    match: [['meet the required authentication level']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: authentication level not met',
        description:
          'Since May 2025 Outlook.com rejects high-volume senders (5,000+ messages a day to its consumer domains) whose From: domain does not pass SPF, DKIM and DMARC with alignment.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level ...)`; the text may list `Spf=`, `Dkim=`, `DMARC=` results.',
        howToFix:
          'Make SPF and DKIM both pass for the domain, publish DMARC (at least `p=none`) and make SPF or DKIM align with the From: domain; the results in the reply show which one is missing.',
      },
    },
    references: [MS_515, RFC7489_ALIGNMENT, SISIMAI_MICROSOFT],
    samples: [
      "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn how to fix this see: https://go.microsoft.com/fwlink/p/?linkid=2319303 [SN1PEPF0002BA4F.namprd03.prod.outlook.com]",
    ],
  },
  {
    id: 'microsoft.dmarc-fail', // M06
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.509'],
    match: [['does not pass dmarc verification']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft: DMARC failed (reject)',
        description:
          'The From: domain publishes a DMARC reject policy and neither SPF nor DKIM gave an aligned pass, so Exchange Online enforces it.',
        whenYouSeeIt:
          'A `550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject` reply from *.mail.protection.outlook.com, usually after end of DATA.',
        howToFix:
          'Align at least one mechanism with the From: domain: DKIM-sign with that domain, or send with a return-path under it that SPF authorises; fix forwarders with SRS/ARC where mail is relayed.',
      },
    },
    references: [MS_NDR_GUIDE, RFC7489_ALIGNMENT, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject. [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.spf-violation', // M07
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.23'],
    match: [['sender policy framework violation']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft: SPF failed',
        description:
          "The receiving organisation checks SPF and refuses mail that fails it; this IP is not authorised by the return-path domain's SPF record.",
        whenYouSeeIt:
          'A `550 5.7.23 The message was rejected because of Sender Policy Framework violation` reply from an Exchange Online tenant.',
        howToFix:
          'Add the sending IP or its provider include to the SPF record of the MAIL FROM domain, or relay through a host that is already listed.',
      },
    },
    references: [MS_NDR_GUIDE, RFC7208_RESULTS, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.23 The message was rejected because of Sender Policy Framework violation [DM6NAM12FT044.eop-nam12.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.ipv6-unauthenticated', // M08
    provider: 'microsoft',
    codes: [],
    enhanced: ['4.7.26'],
    match: [['must pass either spf or dkim validation']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft: IPv6 mail not authenticated',
        description:
          'Over IPv6 Microsoft only accepts messages that pass SPF or carry a valid DKIM signature; this one has neither.',
        whenYouSeeIt:
          'A `4.7.26 Access denied, a message sent over IPv6 [...] must pass either SPF or DKIM validation, this message is not signed` deferral from *.protection.outlook.com.',
        howToFix:
          'Cover the IPv6 address in SPF and DKIM-sign outbound mail, or prefer IPv4 towards Microsoft (Postfix `smtp_address_preference = ipv4`).',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::25] must pass either SPF or DKIM validation, this message is not signed. [AM7EUR03FT021.eop-EUR03.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.ipv6-no-ptr', // M09
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.25'],
    match: [['must have a reverse dns record']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'require-ptr',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft: IPv6 sender without PTR',
        description: 'Microsoft requires a reverse DNS record for IPv6 senders, and the sending address has none.',
        whenYouSeeIt:
          'A `550 5.7.25 Access denied, the sending IPv6 address [...] must have a reverse DNS record` reply from *.protection.outlook.com.',
        howToFix:
          'Have the IPv6 address given a PTR that resolves back to it, or send to Microsoft over IPv4 until it is in place.',
      },
    },
    references: [MS_NDR_GUIDE, RFC1912_PTR, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.25 Access denied, the sending IPv6 address [2001:db8::25] must have a reverse DNS record. [VI1EUR04FT032.eop-eur04.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.banned-sending-ip', // M10
    provider: 'microsoft',
    codes: [550],
    enhanced: [],
    match: [['access denied, banned sending ip']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'EOP: sending IP banned',
        description:
          'Exchange Online Protection has banned the IP for all Microsoft 365 tenants (codes 5.7.606 to 5.7.649), usually after spam from it.',
        whenYouSeeIt:
          'Postfix `status=bounced (host *.mail.protection.outlook.com[...] said: 550 5.7.606 Access denied, banned sending IP [ip]. To request removal from this list please visit https://sender.office.com/ ...)` at RCPT TO.',
        howToFix:
          'Find and stop the abuse first, then request removal at the delist portal sender.office.com and follow the confirmation mail it sends.',
      },
    },
    references: [MS_NDR_GUIDE, MS_DELIST_PORTAL, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.606 Access denied, banned sending IP [192.0.2.182]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)',
      '550 5.7.606 Access denied, banned sending IP [192.0.2.135]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609) [VE1EUR02FT006.eop-EUR02.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.banned-sender', // M11
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.511'],
    match: [['access denied, banned sender']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'EOP: sender banned',
        description:
          'The sending IP is banned in a way the self-service portal cannot lift; Microsoft handles it by mail.',
        whenYouSeeIt:
          'A `550 5.7.511 Access denied, banned sender[ip]` reply from *.mail.protection.outlook.com at MAIL FROM or RCPT TO.',
        howToFix:
          'Mail delist@messaging.microsoft.com with the IP and the complete reply text, after fixing what caused the ban.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.511 Access denied, banned sender[192.0.2.10]. To request removal from this list, forward this message to delist@messaging.microsoft.com. [AM6EUR05FT012.eop-eur05.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.spamhaus-client', // M12
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['client host [', 'blocked using spamhaus']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'EOP: IP listed by Spamhaus',
        description:
          'Exchange Online checks connecting IPs against Spamhaus and this one is listed (SBL, CSS, XBL or PBL).',
        whenYouSeeIt:
          'A `550 5.7.1 Service unavailable, Client host [ip] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (AS...)` reply from *.mail.protection.outlook.com.',
        howToFix:
          'Look the IP up at check.spamhaus.org, fix the cause it names (infected host, unauthenticated relay, dynamic range sending direct) and request removal there; Microsoft follows the Spamhaus listing.',
      },
    },
    references: [
      MS_NDR_GUIDE,
      { kind: 'other', title: 'Spamhaus IP and domain reputation checker', url: 'https://check.spamhaus.org' },
    ],
    samples: [
      '550 5.7.1 Service unavailable, Client host [192.0.2.10] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (AS3130) [HE1EUR04FT003.eop-eur04.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.spamhaus-helo', // M13
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['helo domain is listed in spamhaus']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'EOP: HELO domain on Spamhaus DBL',
        description:
          'The domain part of the name your server gives in HELO/EHLO is on the Spamhaus domain blocklist (tagged S8001).',
        whenYouSeeIt:
          'A `550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus ...` reply from *.mail.protection.outlook.com right after EHLO or at MAIL FROM.',
        howToFix:
          'Use a HELO name in a clean domain you control (Postfix `smtp_helo_name`), and get the listed domain delisted at Spamhaus if it is yours.',
      },
    },
    references: [
      MS_NDR_GUIDE,
      { kind: 'other', title: 'Spamhaus IP and domain reputation checker', url: 'https://check.spamhaus.org' },
    ],
    samples: [
      '550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (S8001) [DB8EUR05FT020.eop-eur05.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.eop-throttling', // M14
    provider: 'microsoft',
    codes: [451],
    enhanced: [],
    match: [['access denied, please try again later'], ['server busy. please try again later from']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'EOP: IP temporarily throttled',
        description:
          'Exchange Online Protection holds back mail from an IP whose traffic is new or changed in pattern (4.7.500 to 4.7.699, tagged ASxxx) while it evaluates it.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 451 4.7.500 Server busy. Please try again later from [ip]. (AS761) ...)` or `451 4.7.5xx Access denied, please try again later`, at RCPT TO.',
        howToFix:
          'Let the queue retry and ramp volume up slowly; a Microsoft 365 customer that receives your mail can add an inbound connector or allow entry for your IP to skip the throttling.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761) [VI1EUR06FT047.eop-eur06.prod.protection.outlook.com]',
      '451 4.7.500 Access denied, please try again later. [BY2NAM03FT040.eop-NAM03.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.bad-helo', // M15
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.506'],
    match: [['access denied, bad helo']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'EOP: HELO impersonates the receiver',
        description:
          'Your server introduced itself in HELO with the name of the Microsoft server it connected to, which spambots do, so EOP refuses it.',
        whenYouSeeIt: 'A `550 5.7.506 Access denied, bad HELO` reply from *.mail.protection.outlook.com after EHLO.',
        howToFix:
          'Configure the HELO name to be your own fully qualified host name (Postfix `smtp_helo_name`, Exim `helo_data`).',
      },
    },
    references: [MS_NDR_GUIDE, RFC5321_EHLO, SISIMAI_MICROSOFT],
    samples: ['550 5.7.506 Access denied, bad HELO. [AM4EUR03FT061.eop-EUR03.prod.protection.outlook.com]'],
  },
  {
    id: 'microsoft.rejected-by-recipient', // M16
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.507'],
    match: [['access denied, rejected by recipient']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: recipient org blocked IP',
        description: "The recipient's Microsoft 365 organisation has blocked your sending IP in its own settings.",
        whenYouSeeIt:
          'A `550 5.7.507 Access denied, rejected by recipient` reply for recipients of that one tenant only.',
        howToFix:
          'Contact the recipient organisation through another channel and ask its admin to remove the block; Microsoft cannot lift it for you.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.507 Access denied, rejected by recipient. [DB3EUR04FT010.eop-eur04.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.no-ipv6', // M17
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.510'],
    match: [['does not accept email over ipv6']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: recipient refuses IPv6',
        description: 'The recipient tenant does not take mail over IPv6 and you connected over IPv6.',
        whenYouSeeIt: 'A `550 5.7.510 Access denied, [example.com] does not accept email over IPv6` reply.',
        howToFix:
          'Deliver to that domain over IPv4 (Postfix `smtp_address_preference = ipv4`, or a transport with `inet_protocols = ipv4`).',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.510 Access denied, example.com does not accept email over IPv6 [2001:db8::25] [AM5EUR03FT019.eop-EUR03.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.customer-block-list', // M18
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.513'],
    match: [['using customer block list']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: on tenant block list',
        description: 'The recipient organisation put your IP on its own connection-filter block list in Microsoft 365.',
        whenYouSeeIt:
          'A `550 5.7.513 Service unavailable, Client host [ip] blocked by example.com using Customer Block list (AS16012607)` reply.',
        howToFix: 'Only the recipient admin can remove it; reach them by phone or another address with the reply text.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.513 Service unavailable, Client host [192.0.2.10] blocked by example.com using Customer Block list (AS16012607) [VI1EUR04FT051.eop-eur04.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.from-header-invalid', // M19
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.512'],
    match: [['must be rfc 5322 section 3.6.2 compliant']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'not-compliant',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: no valid From: header',
        description: 'The message has no From: header, or one without a valid address, which Microsoft 365 refuses.',
        whenYouSeeIt:
          'A `550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant` reply after end of DATA.',
        howToFix:
          'Make the sending application set exactly one From: with a proper address in angle brackets; scripts that only set the envelope sender are the usual source.',
      },
    },
    references: [MS_NDR_GUIDE, RFC5322_ORIGINATOR, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant and include a valid From address [MW2NAM12FT011.eop-nam12.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.spam-abuse-account', // M20
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.501', '5.7.502', '5.7.503'],
    match: [['spam abuse detected'], ['banned sender']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: sending account banned',
        description:
          'A Microsoft 365 account that submits mail has been banned from sending because spam was detected from it, usually because it was compromised.',
        whenYouSeeIt:
          'When relaying through Microsoft 365, messages from that sender fail with `550 5.7.501 Access denied, spam abuse detected` (or 5.7.502/5.7.503, `banned sender`).',
        howToFix:
          'Secure the account (reset the password, revoke sessions, check inbox rules and app passwords), then ask Microsoft support to restore sending.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.501 Access denied, spam abuse detected. The sending account has been banned due to detected spam activity. [BN6PR11MB1234.namprd11.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.bad-outbound-sender', // M21
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.1.8'],
    match: [['access denied, bad outbound sender']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: sender restricted',
        description:
          'The Microsoft 365 user was put on the restricted entities list for sending spam and may not send any outbound mail.',
        whenYouSeeIt: 'Relayed mail from that user bounces with `550 5.1.8 Access denied, bad outbound sender`.',
        howToFix:
          'Clean up the account (password reset, MFA, remove malicious rules), then release it on the Restricted entities page of the Microsoft Defender portal.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: ['550 5.1.8 Access denied, bad outbound sender. [CH2PR04MB6789.namprd04.prod.outlook.com]'],
  },
  {
    id: 'microsoft.tenant-threshold', // M22
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.705'],
    match: [['tenant has exceeded threshold']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: whole tenant blocked',
        description:
          'So much of the tenant outbound mail was judged spam or bulk that Microsoft suspended sending for the entire organisation.',
        whenYouSeeIt:
          'All mail relayed through Microsoft 365 fails with `550 5.7.705 Access denied, tenant has exceeded threshold`.',
        howToFix:
          'Find and close the compromise or open relay (connectors, compromised accounts), then open a Microsoft support case to have sending restored.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: ['550 5.7.705 Access denied, tenant has exceeded threshold. [SA1PR12MB2345.namprd12.prod.outlook.com]'],
  },
  {
    id: 'microsoft.outbound-ip-not-accepted', // M23
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.708'],
    match: [['traffic not accepted from this ip']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: outbound IP refused',
        description:
          'Microsoft will not relay this traffic because the IP it comes from has low reputation, a pattern often seen with new tenants.',
        whenYouSeeIt: 'Relayed mail bounces with `550 5.7.708 Access denied, traffic not accepted from this IP`.',
        howToFix:
          'Send from validated domains of the tenant and keep volume low while the tenant builds history; open a support case if it persists.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.708 Access denied, traffic not accepted from this IP. [DM8PR02MB8000.namprd02.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.unregistered-domains', // M24
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.750'],
    match: [['client blocked from sending from unregistered domains']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: unregistered sender domain',
        description:
          'The tenant relays mail whose sender domains are not added and verified in Microsoft 365, and enough of it to be blocked.',
        whenYouSeeIt:
          'Relayed mail bounces with `550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains`.',
        howToFix:
          'Add and verify every domain you send from as an accepted domain of the tenant, or stop relaying mail for foreign domains through it.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. [LV2PR11MB5999.namprd11.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.tenant-block-list', // M25
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.703'],
    match: [['tenant allow block list']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: blocked by own allow/block list',
        description:
          "An entry in the sending organisation's own Tenant Allow/Block List stops mail to this recipient or domain.",
        whenYouSeeIt:
          "Relayed mail fails with `550 5.7.703 Your message can't be delivered because messages to ... are blocked by your organization using Tenant Allow Block List`.",
        howToFix: 'Remove or narrow the entry in the Tenant Allow/Block List in the Microsoft Defender portal.',
      },
    },
    references: [MS_NDR_GUIDE],
    samples: [
      "550 5.7.703 Your message can't be delivered because messages to user@example.org, are blocked by your organization using Tenant Allow Block List. [PH0PR11MB4888.namprd11.prod.outlook.com]",
    ],
  },
  {
    id: 'microsoft.recipient-not-found', // M26
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.1.10'],
    match: [['recipientnotfound'], ['recipient not found by smtp address lookup']],
    requiresProvider: false,
    overridesEnhanced: true,
    speaker: 'remote',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Microsoft 365: recipient not found',
        description:
          'The address does not exist in the recipient Microsoft 365 organisation. Microsoft uses 5.1.10 for this; the registry meaning of 5.1.10 (null MX) does not apply.',
        whenYouSeeIt:
          'Postfix `status=bounced (host *.mail.protection.outlook.com[...] said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup (in reply to RCPT TO command))`.',
        howToFix:
          'Suppress or correct the address; if you believe it exists, the recipient admin should check the mailbox and its proxy addresses.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient user@example.com not found by SMTP address lookup [AM7EUR03FT034.eop-EUR03.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.exchange-recipient-not-found', // M27
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.1.1'],
    match: [['resolver.adr.exrecipnotfound']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Exchange: recipient not found',
        description:
          'Exchange could not resolve the recipient to a mailbox: the address is wrong or the mailbox was removed or recreated.',
        whenYouSeeIt:
          'A `550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found` reply from an Exchange or Exchange Online server, at RCPT TO or in a relayed bounce.',
        howToFix:
          "Suppress or fix the address; inside an organisation, clear the stale entry from Outlook's autocomplete, since a recreated mailbox has a new internal address.",
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: ['550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'],
  },
  {
    id: 'microsoft.dbeb-recipient-rejected', // M28
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.4.1'],
    match: [['recipient address rejected: access denied']],
    requiresProvider: false,
    overridesEnhanced: true,
    speaker: 'remote',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'EOP: recipient rejected at the edge',
        description:
          'Directory-Based Edge Blocking in Exchange Online refused an address that is not a valid recipient of the tenant. Microsoft attaches 5.4.1 here; it is not a network error.',
        whenYouSeeIt:
          'Postfix `status=bounced (... said: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [...prod.protection.outlook.com] (in reply to RCPT TO command))`.',
        howToFix:
          "Check the address and suppress it if it is wrong; if it should exist, the recipient admin must add it or fix the domain's accepted-domain and DBEB settings.",
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT061.eop-EUR03.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.tenant-attribution-relay', // M30
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.64'],
    match: [['tenantattribution; relay access denied']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange Online: connector not matched',
        description:
          'Mail from an on-premises server was not attributed to the tenant because it matched no inbound connector (wrong certificate name or source IP).',
        whenYouSeeIt:
          'A hybrid or smarthost setup gets `550 5.7.64 TenantAttribution; Relay Access Denied` from *.mail.protection.outlook.com.',
        howToFix:
          'Fix the inbound connector: the certificate subject your server presents, or the public IP it sends from, must match what the connector expects.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT015.eop-nam02.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.relay-access-denied', // M29
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.4.1'],
    match: [['relay access denied']],
    requiresProvider: false,
    overridesEnhanced: true,
    speaker: 'remote',
    reason: 'relay-denied',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'EOP: domain not accepted here',
        description:
          'Exchange Online Protection does not handle the recipient domain: its MX points at Microsoft but no tenant has it as an accepted domain. Microsoft attaches 5.4.1 here.',
        whenYouSeeIt:
          'A `550 5.4.1 Relay Access Denied` reply from *.mail.protection.outlook.com for every address of that domain.',
        howToFix:
          'The recipient domain admin must add the domain to their tenant or point its MX elsewhere; check `dig MX <domain>` to confirm you are delivering where the domain says.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: ['550 5.4.1 Relay Access Denied [BN3NAM04FT021.eop-NAM04.prod.protection.outlook.com]'],
  },
  {
    id: 'microsoft.anonymous-submission', // M32
    provider: 'microsoft',
    codes: [530, 550],
    enhanced: ['5.7.57'],
    match: [['client was not authenticated to send anonymous mail']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Office 365: submission needs AUTH',
        description:
          'smtp.office365.com accepts mail only from authenticated clients; the device or server sent MAIL FROM without logging in.',
        whenYouSeeIt:
          'With `relayhost = [smtp.office365.com]:587`, Postfix logs `said: 530 5.7.57 Client not authenticated to send mail ... during MAIL FROM` (or the 550 form).',
        howToFix:
          'Enable SMTP AUTH in the client (Postfix `smtp_sasl_auth_enable = yes`, `smtp_tls_security_level = encrypt`) with a licensed mailbox, or use a connector with IP-based relay to *.mail.protection.outlook.com instead.',
      },
    },
    references: [MS_NDR_GUIDE, RFC4954_CODES, SISIMAI_MICROSOFT],
    samples: [
      '530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM [MN2PR01CA0055.prod.exchangelabs.com]',
      '550 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [DM5PR07CA0123.namprd07.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.anonymous-relay-refused', // M31
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.1'],
    match: [['unable to relay'], ['client was not authenticated']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange: relay not permitted',
        description:
          'An Exchange receive connector refused to pass the message on to a domain it is not responsible for, because the client is anonymous.',
        whenYouSeeIt:
          'Postfix `said: 550 5.7.1 Unable to relay` or `550 5.7.1 Client was not authenticated` when an application or smarthost submits through Exchange.',
        howToFix:
          'Authenticate to the connector, or have the Exchange admin create a receive connector that allows anonymous relay for your server IP only.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: ['550 5.7.1 Unable to relay for user@example.org', '550 5.7.1 Client was not authenticated'],
  },
  {
    id: 'microsoft.smtp-auth-disabled', // M33
    provider: 'microsoft',
    codes: [535],
    enhanced: ['5.7.139'],
    match: [['smtpclientauthentication is disabled'], ['authentication unsuccessful']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Office 365: SMTP AUTH disabled',
        description:
          'Basic SMTP AUTH is switched off for the tenant or mailbox, or blocked by Security Defaults or an MFA policy, so the login fails regardless of the password.',
        whenYouSeeIt:
          'Postfix `SASL authentication failed; server smtp.office365.com[...] said: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant ...`.',
        howToFix:
          'Enable authenticated SMTP for that mailbox in the admin center where policy allows, or move the application to OAuth2 or to a connector-based relay.',
      },
    },
    references: [MS_NDR_GUIDE, RFC4954_CODES],
    samples: [
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AS4P250CA0012.EURP250.PROD.OUTLOOK.COM]',
    ],
  },
  {
    id: 'microsoft.auth-unsuccessful', // M34
    provider: 'microsoft',
    codes: [535],
    enhanced: ['5.7.3'],
    match: [['authentication unsuccessful']],
    requiresProvider: false,
    overridesEnhanced: true,
    speaker: 'remote',
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Office 365: login failed',
        description:
          'SMTP AUTH to Exchange Online or Exchange failed: bad credentials, or a policy blocked basic authentication. Microsoft uses 5.7.3 for this, not the registry meaning.',
        whenYouSeeIt:
          'Postfix `SASL authentication failed; server smtp.office365.com[...] said: 535 5.7.3 Authentication unsuccessful` and defers every relayed message.',
        howToFix:
          'Verify the account and password in `smtp_sasl_password_maps`, check sign-in logs in Entra ID for the real cause, and move to OAuth2 where basic auth is being retired.',
      },
    },
    references: [MS_NDR_GUIDE, RFC4954_CODES, SISIMAI_MICROSOFT],
    samples: ['535 5.7.3 Authentication unsuccessful [BL1PR13CA0128.namprd13.prod.outlook.com]'],
  },
  {
    id: 'microsoft.external-forwarding-blocked', // M35
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.520'],
    match: [['does not allow external forwarding']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: external forwarding off',
        description:
          'The outbound anti-spam policy of the tenant blocks automatic forwarding to outside addresses (tagged AS(7555)).',
        whenYouSeeIt:
          'Forwarded copies fail with `550 5.7.520 Access denied, Your organization does not allow external forwarding ... AS(7555)`.',
        howToFix:
          'Either the admin allows automatic forwarding for that mailbox in an outbound anti-spam policy, or the user removes the forwarding rule.',
      },
    },
    references: [MS_NDR_GUIDE],
    samples: [
      '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555) [AM0PR10MB3456.EURPRD10.PROD.OUTLOOK.COM]',
    ],
  },
  {
    id: 'microsoft.send-as-denied', // M36
    provider: 'microsoft',
    codes: [554],
    enhanced: ['5.2.252'],
    match: [['sendasdenied']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: Send As not permitted',
        description:
          'The authenticated user tried to send with a From: address it has no Send As right for (not re-verified against Microsoft documentation).',
        whenYouSeeIt:
          'Relayed mail fails with `554 5.2.252 SendAsDenied; ... not allowed to send as ...` after the client authenticated as another user.',
        howToFix:
          "Grant the user Send As on that mailbox, or have the application send with the authenticated user's own address.",
      },
    },
    references: [MS_NDR_GUIDE],
    samples: [
      '554 5.2.252 SendAsDenied; app@example.com not allowed to send as info@example.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied [PR3PR02MB6111.eurprd02.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.send-as-permission', // M37
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.60'],
    match: [['does not have permissions to send as this sender']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: no permission for sender',
        description:
          'The same family as SendAsDenied, seen on SMTP client submission: the login may not send for this sender address (not re-verified against Microsoft documentation).',
        whenYouSeeIt:
          'Postfix relaying through smtp.office365.com logs `said: 550 5.7.60 SMTP; Client does not have permissions to send as this sender`.',
        howToFix:
          'Rewrite the envelope and From: sender to the authenticated mailbox (Postfix `sender_canonical_maps` for the relay), or grant Send As on the shared address.',
      },
    },
    references: [MS_NDR_GUIDE],
    samples: [
      '550 5.7.60 SMTP; Client does not have permissions to send as this sender [DM6PR05CA0044.namprd05.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.group-allowed-senders', // M38
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.124'],
    match: [['sender not in allowed-senders list']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: not an allowed sender',
        description:
          'The recipient is a group that accepts mail only from listed senders, and you are not on the list.',
        whenYouSeeIt: 'A `550 5.7.124 ... Sender not in allowed-senders list` reply for the group address.',
        howToFix: "Ask the group owner to add you to the group's allowed senders, or write to a member directly.",
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.124 STOREDRV.Deliver; sender not in allowed-senders list [Stage: CreateMessage] [DB7PR03MB4012.eurprd03.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.internal-senders-only', // M39
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.7.133', '5.7.134', '5.7.135', '5.7.136'],
    match: [['sender not authenticated for group'], ['sender was not authenticated']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: internal senders only',
        description:
          'The recipient group, mailbox, public folder or mail user is set to accept mail only from senders inside its own organisation.',
        whenYouSeeIt:
          'A `550 5.7.133 ... sender not authenticated for group` (5.7.134 mailbox, 5.7.135 public folder, 5.7.136 mail user) reply.',
        howToFix:
          'The recipient admin or group owner must allow external senders for that address; until then, use a different contact address.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group [MW4PR04MB7000.namprd04.prod.outlook.com]',
      '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; sender was not authenticated for mailbox [VI1PR07MB3333.eurprd07.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.transport-rule', // M40
    provider: 'microsoft',
    codes: [550],
    enhanced: [],
    match: [['delivery not authorized, message refused']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange: mail flow rule rejected it',
        description:
          'A mail flow (transport) rule of the recipient organisation rejected the message; rules configured with their own code use 5.7.900 to 5.7.999.',
        whenYouSeeIt: 'A `550 5.7.9xx Delivery not authorized, message refused` reply, often after end of DATA.',
        howToFix:
          'Only the recipient admin can see which rule fired; send them the reply text and time so they can adjust or except it.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: ['550 5.7.901 Delivery not authorized, message refused [CY4PR12MB1111.namprd12.prod.outlook.com]'],
  },
  {
    id: 'microsoft.policy-catch-all', // M41
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.0.350'],
    match: [['x-dg-ref header is too long'], ['policy violation detected (as345)']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange: generic 5.0.350 refusal',
        description:
          'A catch-all code from the recipient organisation; these two texts point at Rich Text (TNEF) formatting and at deeply nested attachments.',
        whenYouSeeIt:
          'A `550 5.0.350 Remote server returned error ... x-dg-ref header is too long` or `Requested action not taken: policy violation detected (AS345)` reply.',
        howToFix:
          'Send as HTML or plain text instead of Rich Text, and attach files directly rather than as messages inside messages.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.0.350 Remote server returned error code 550 5.0.350 x-dg-ref header is too long [VI1PR09MB2222.eurprd09.prod.outlook.com]',
      '550 5.0.350 Requested action not taken: policy violation detected (AS345) [BY5PR04MB6666.namprd04.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.bare-linefeeds', // M42
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.6.11'],
    match: [['invalid characters']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange: bare line feeds',
        description:
          'The message contains line feeds not preceded by a carriage return, which Exchange Online no longer accepts.',
        whenYouSeeIt:
          'A `550 5.6.11 ... invalid characters` reply after end of DATA, for mail from one application or device.',
        howToFix:
          'Make the generator end lines with CRLF. Postfix re-emits proper line endings for mail it relays, so this usually comes from an application or device that talks to Exchange Online directly.',
      },
    },
    references: [MS_NDR_GUIDE, RFC5321_LINES, SISIMAI_MICROSOFT],
    samples: ['550 5.6.11 Invalid characters [BN9PR03MB6111.namprd03.prod.outlook.com]'],
  },
  {
    id: 'microsoft.submission-quota', // M43
    provider: 'microsoft',
    codes: [552, 554],
    enhanced: ['5.2.2'],
    match: [['submission quota exceeded']],
    requiresProvider: false,
    overridesEnhanced: true,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: sending quota used up',
        description:
          'The sending user exceeded the message or recipient rate limits of Exchange Online. Microsoft attaches 5.2.2 here; no mailbox is full.',
        whenYouSeeIt:
          'Mail relayed through Microsoft 365 bounces with `554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException` or `Submission quota exceeded`.',
        howToFix:
          'Wait for the limit window to pass and spread sending; sudden limits on a normal user can mean the account is compromised. Bulk mail belongs on a bulk service.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message. Submission quota exceeded [HE1PR0701MB2345.eurprd07.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.daily-recipient-limit', // M44
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.1.90'],
    match: [['reached your daily limit for message recipients']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: daily recipient limit',
        description: 'The user has sent to as many recipients as Exchange Online allows in 24 hours.',
        whenYouSeeIt:
          "Relayed mail bounces with `550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients`.",
        howToFix:
          'Wait 24 hours before resending, use a bulk sending service for mass mail, and check the account for compromise if the volume is unexpected.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients. [SJ0PR11MB4567.namprd11.prod.outlook.com]",
    ],
  },
  {
    id: 'microsoft.recipient-hourly-limit', // M45
    provider: 'microsoft',
    codes: [],
    enhanced: ['5.2.121', '5.2.122'],
    match: [['per hour message receive limit']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Microsoft 365: recipient hourly limit',
        description:
          'The recipient mailbox got more messages in an hour than Exchange Online allows, from you (5.2.121) or from everyone (5.2.122).',
        whenYouSeeIt:
          "A `550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded` or `5.2.122 ... per hour message receive limit exceeded` reply.",
        howToFix:
          'Send again later and reduce how often automated systems mail the same address; a loop between an auto-responder and a notifier is a common cause.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded. [CO1PR11MB5000.namprd11.prod.outlook.com]",
      "550 5.2.122 Recipient's per hour message receive limit exceeded. [BY5PR12MB4000.namprd12.prod.outlook.com]",
    ],
  },
  {
    id: 'microsoft.connection-refused', // M47
    provider: 'microsoft',
    codes: [],
    enhanced: ['4.4.316', '5.4.316'],
    match: [['connection refused']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'network',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange Online: destination refused TCP',
        description:
          'Exchange Online could not connect to the next server because it refused the connection; after the retry time the message expires with 5.4.316.',
        whenYouSeeIt:
          'A relay through Microsoft 365 reports `451 4.4.316 Connection refused [Message=Socket error code 10061]` or `550 5.4.316 Message expired, connection refused`.',
        howToFix:
          'The destination (often an on-premises server behind a connector) must accept connections from Microsoft 365 on port 25: check its firewall, MX and connector smart host.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.4.316 Message expired, connection refused(Socket error code 10061)',
      '451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.example.com]',
    ],
  },
  {
    id: 'microsoft.message-expired', // M46
    provider: 'microsoft',
    codes: [],
    enhanced: ['4.4.7', '5.4.300'],
    match: [['message expired'], ['queue expired']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'expired',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange: gave up after retries',
        description:
          'Exchange kept failing to hand the message on and reached its expiry time; the cause is usually on the receiving side.',
        whenYouSeeIt:
          'A `550 5.4.300 Message expired` or `4.4.7 QUEUE.Expired; message expired` text in an Exchange bounce or reply.',
        howToFix:
          'Look for the earlier temporary error of the same message to find the real cause, and check that the destination server is reachable and accepting mail.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: ['550 5.4.300 Message expired', '450 4.4.7 QUEUE.Expired; message expired'],
  },
  {
    id: 'microsoft.dns-query-failed', // M48
    provider: 'microsoft',
    codes: [],
    enhanced: ['4.4.312', '5.4.312'],
    match: [['dns query failed']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'network',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange Online: DNS lookup failed',
        description:
          'Exchange Online could not resolve the destination domain (no records returned); after retries it gives up with 5.4.312.',
        whenYouSeeIt:
          'A `451 4.4.312 DNS query failed [Message=InfoNoRecords]` or `550 5.4.312 ... DNS query failed` text.',
        howToFix:
          "Check the recipient domain with `dig MX` and `dig A`: the domain's owner must fix missing or broken records; fix the address if the domain is mistyped.",
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: ['451 4.4.312 DNS query failed [Message=InfoNoRecords] [LastAttemptedServerName=example.org]'],
  },
  {
    id: 'microsoft.routing-loop', // M49
    provider: 'microsoft',
    codes: [554],
    enhanced: ['5.4.14', '5.4.6'],
    match: [['hop count exceeded - possible mail loop'], ['routing loop detected']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange: mail loop',
        description:
          'Exchange stopped the message after about 20 passes through the same systems (5.4.14 in Exchange Online, 5.4.6 on premises).',
        whenYouSeeIt:
          'A `554 5.4.14 Hop count exceeded - possible mail loop ATTR34` or `5.4.6 Routing loop detected` text.',
        howToFix:
          'Check forwarding and inbox rules on both sides, the targetAddress of mail users and the smart hosts of connectors; two systems each claiming the domain is a common cause.',
      },
    },
    references: [MS_NDR_GUIDE, RFC5321_LOOP, SISIMAI_MICROSOFT],
    samples: ['554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [SN6PR08MB5000.namprd08.prod.outlook.com]'],
  },
  {
    id: 'microsoft.starttls-required', // M50
    provider: 'microsoft',
    codes: [],
    enhanced: ['4.4.317', '5.4.317'],
    match: [['starttls is required to send mail']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange Online: destination lacks TLS',
        description:
          'A connector or policy requires TLS towards the destination, but the destination does not offer STARTTLS or the handshake fails.',
        whenYouSeeIt: 'A `451 4.4.317 Cannot connect to remote server ... STARTTLS is required to send mail` text.',
        howToFix:
          'The destination must offer working STARTTLS with a valid certificate; otherwise the sending admin relaxes the TLS requirement on that connector.',
      },
    },
    references: [MS_NDR_GUIDE, RFC3207_STARTTLS, SISIMAI_MICROSOFT],
    samples: [
      '451 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail] [LastAttemptedServerName=mail.example.org]',
    ],
  },
  {
    id: 'microsoft.dane-failure', // M52
    provider: 'microsoft',
    codes: [],
    enhanced: [
      '4.7.321',
      '4.7.322',
      '4.7.323',
      '4.7.324',
      '4.7.325',
      '5.7.321',
      '5.7.322',
      '5.7.323',
      '5.7.324',
      '5.7.325',
    ],
    match: [
      ['starttls-not-supported'],
      ['certificate-expired'],
      ['tlsa-invalid'],
      ['dnssec-invalid'],
      ['certificate-host-mismatch'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange Online: DANE check failed',
        description:
          'The destination publishes DANE (DNSSEC-signed TLSA records), and its server failed the check: no STARTTLS, expired certificate, certificate not matching TLSA or host, or broken DNSSEC.',
        whenYouSeeIt:
          'A `5.7.321 starttls-not-supported`, `5.7.322 certificate-expired`, `5.7.323 tlsa-invalid`, `5.7.324 dnssec-invalid` or `5.7.325 certificate-host-mismatch` text.',
        howToFix:
          'The destination admin must renew the certificate, update the TLSA records before rolling keys, or repair DNSSEC; test with a DANE checker before and after.',
      },
    },
    references: [MS_NDR_GUIDE, RFC7672_DANE, SISIMAI_MICROSOFT],
    samples: [
      "550 5.7.322 certificate-expired: destination mail server's certificate is expired",
      '450 4.7.323 tlsa-invalid: The domain failed DANE validation',
    ],
  },
  {
    id: 'microsoft.forest-connection-limit', // M53
    provider: 'microsoft',
    codes: [421],
    enhanced: ['4.3.2'],
    match: [['maximum number of concurrent connections per resource forest']],
    requiresProvider: false,
    overridesEnhanced: true,
    speaker: 'remote',
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange Online: connection limit',
        description:
          'Exchange Online caps concurrent connections per resource forest (tagged PRX8); the session was refused for now. Microsoft attaches 4.3.2 here; the server does accept mail.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded ... PRX8 ...)`.',
        howToFix: 'Let the queue retry and lower parallel deliveries to Microsoft 365 destinations.',
      },
    },
    references: [MS_NDR_GUIDE],
    samples: [
      '421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded, please try again later. PRX8 [AM0PR04MB6000.eurprd04.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.wrong-region', // M54
    provider: 'microsoft',
    codes: [451],
    enhanced: ['4.4.62'],
    match: [['mail sent to the wrong office 365 region']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange Online: wrong region',
        description:
          'The message reached a Microsoft 365 datacenter region that does not host the recipient tenant (tagged ATTR35), a connector or routing mismatch.',
        whenYouSeeIt: 'A `451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35` deferral.',
        howToFix:
          'Deliver to the MX of the recipient domain rather than a hard-coded Microsoft host; in hybrid setups, fix the smart host of the outbound connector.',
      },
    },
    references: [MS_NDR_GUIDE],
    samples: [
      '451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. For more information please go to https://go.microsoft.com/fwlink/?linkid=865268 [DB8EUR06FT031.eop-eur06.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft.temporary-server-error', // M55
    provider: 'microsoft',
    codes: [451],
    enhanced: ['4.7.0'],
    match: [['temporary server error. please try again later']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'EOP: temporary server error',
        description:
          'A transient fault inside Exchange Online Protection (tagged PRX4 or ATTR18); nothing about your mail.',
        whenYouSeeIt:
          'Postfix `status=deferred (... said: 451 4.7.0 Temporary server error. Please try again later. PRX4 ...)` for Microsoft 365 recipients.',
        howToFix:
          'Nothing to do; the queue retries. Check the Microsoft 365 service health page if it lasts for hours.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '451 4.7.0 Temporary server error. Please try again later. PRX4 NextHop: PrimaryDatacenterMailboxHop [BN6PR17MB1234.namprd17.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.insufficient-resources', // M56
    provider: 'microsoft',
    codes: [],
    enhanced: ['4.3.1'],
    match: [['insufficient system resources']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'system-full',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange: back pressure',
        description:
          'The Exchange server is short of disk space or memory and applies back pressure by refusing new mail for now.',
        whenYouSeeIt: 'A `452 4.3.1 Insufficient system resources` reply from an Exchange server, for all recipients.',
        howToFix:
          'The receiving Exchange admin must free disk space on the queue database volume or fix memory pressure; your queue retries meanwhile.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: ['452 4.3.1 Insufficient system resources'],
  },
  {
    id: 'microsoft.mailbox-full', // M57
    provider: 'microsoft',
    codes: [550],
    enhanced: ['5.2.2'],
    match: [['mailbox full']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'mailbox-full',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange: mailbox full',
        description: 'The recipient mailbox is over its storage quota and refuses new messages.',
        whenYouSeeIt:
          'A `550 5.2.2 ... mailbox full` reply (STOREDRV.Deliver) from an Exchange or Exchange Online server.',
        howToFix:
          'Try again later; the recipient or their admin must free space or raise the quota. Reach them another way if it lasts.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '550 5.2.2 STOREDRV.Deliver; mailbox full [Stage: DeliverMessage] [AM9PR03MB7000.eurprd03.prod.outlook.com]',
    ],
  },
  {
    id: 'microsoft.message-too-large', // M58
    provider: 'microsoft',
    codes: [],
    enhanced: ['5.3.4', '5.2.3'],
    match: [['message size exceeds fixed maximum message size'], ['resolver.rst.recipsizelimit']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange: message too large',
        description:
          'The message exceeds the size limit of the Exchange organisation, connector (5.3.4) or the individual recipient (5.2.3).',
        whenYouSeeIt:
          'A `552 5.3.4 Message size exceeds fixed maximum message size` or `550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient` reply.',
        howToFix:
          'Reduce the attachments or share them as links; the recipient admin can raise the limit if large files are expected.',
      },
    },
    references: [MS_NDR_GUIDE, SISIMAI_MICROSOFT],
    samples: [
      '552 5.3.4 Message size exceeds fixed maximum message size',
      '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    ],
  },
  {
    id: 'microsoft.outlook-hourly-daily-limit', // corpus: 421 PR(ct1), FgForrest real-mail.log.2
    provider: 'microsoft',
    codes: [421],
    enhanced: [],
    match: [['limits for how many messages can be sent per hour']],
    requiresProvider: false,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: hourly or daily limit',
        description:
          'Older Hotmail/Outlook.com servers cap how many messages one IP may deliver per hour and per day; the rest is deferred.',
        whenYouSeeIt:
          "Postfix `status=deferred (host *.pamx1.hotmail.com[...] said: 421 PR(ct1) (...) Unfortunately, some messages from <ip> weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day ...)`.",
        howToFix:
          'Let the queue retry and spread large sends to Microsoft consumer domains over the day (lower rate and concurrency for that transport).',
      },
    },
    references: [OUTLOOK_POSTMASTER],
    samples: [
      "421 PR(ct1) (BAY0-PAMC2-F9) Unfortunately, some messages from 81.95.98.2 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ],
  },
  {
    id: 'microsoft.consumer-rate-limit', // M59
    provider: 'microsoft',
    codes: [421],
    enhanced: [],
    match: [['rp-00']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: rate limit (RP-00x)',
        description:
          'Outlook.com consumer rate limits: per IP (RP-001), per connection (RP-002) or number of connections (RP-003). These meanings come from sender experience, not Microsoft documentation.',
        whenYouSeeIt: 'A `421 RP-001 (...)` style deferral from *.olc.protection.outlook.com or mx*.hotmail.com.',
        howToFix:
          'Throttle delivery to Microsoft consumer domains (fewer connections, fewer messages per connection) and let the queue retry.',
      },
    },
    references: [OUTLOOK_POSTMASTER],
    samples: [
      "421 RP-001 (COL004-MC1F20) Unfortunately, some messages from 192.0.2.10 weren't sent. Please try again. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ],
  },
  {
    id: 'microsoft.consumer-policy-block', // M60
    provider: 'microsoft',
    codes: [550],
    enhanced: [],
    match: [['sc-00']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: policy block (SC-00x)',
        description:
          'Outlook.com consumer blocks: SC-001 spam-like content or reputation, SC-002 address harvesting, SC-003 open proxy or relay, SC-004 complaints. Only SC-001 is confirmed by public bounces; the others come from sender experience.',
        whenYouSeeIt:
          "Postfix `status=bounced (host mx*.hotmail.com[...] said: 550 SC-001 (...) Unfortunately, messages from <ip> weren't sent ... on our block list ...)` at MAIL FROM.",
        howToFix:
          'Fix the cause the code points at (secure relays and proxies, stop address probing, clean lists), then ask for delisting through Outlook.com sender support.',
      },
    },
    references: [OUTLOOK_POSTMASTER, OUTLOOK_SENDER_SUPPORT],
    samples: [
      "550 SC-001 (BAY004-MC2F37) Unfortunately, messages from 192.0.2.251 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ],
  },
  {
    id: 'microsoft.consumer-dynamic-ip', // M61
    provider: 'microsoft',
    codes: [550],
    enhanced: [],
    match: [['dy-00']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: dynamic IP (DY-00x)',
        description:
          'Outlook.com treats the IP as dynamic or residential (DY-001) or as a likely compromised host (DY-002). Meanings come from sender experience, not Microsoft documentation.',
        whenYouSeeIt: 'A `550 DY-001 (...)` or `DY-002` reply from mx*.hotmail.com or *.olc.protection.outlook.com.',
        howToFix:
          'Send from a static IP with matching forward and reverse DNS, or through a smarthost of your provider; scan the host if DY-002 appears.',
      },
    },
    references: [OUTLOOK_POSTMASTER],
    samples: [
      "550 DY-001 (SNT004-MC3F10) Unfortunately, messages from 192.0.2.77 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ],
  },
  {
    id: 'microsoft.consumer-reputation', // M62
    provider: 'microsoft',
    codes: [550],
    enhanced: [],
    match: [['ou-00']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Outlook.com: policy rejection (OU-00x)',
        description:
          'An Outlook.com policy rejection tied to reputation or content (OU-001, OU-002); the codes are not documented by Microsoft.',
        whenYouSeeIt: 'A `550 OU-001 (...)` or `OU-002` reply from Outlook.com consumer MX hosts.',
        howToFix:
          'Improve reputation (authentication, list hygiene, complaint rate visible in SNDS and JMRP) and contact Outlook.com sender support with the full reply.',
      },
    },
    references: [OUTLOOK_POSTMASTER, OUTLOOK_SENDER_SUPPORT],
    samples: [
      "550 OU-001 (COL004-MC2F5) Unfortunately, messages from 192.0.2.90 weren't sent. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ],
  },
  {
    id: 'microsoft.consumer-mailbox-unavailable', // corpus: *.pamx1.hotmail.com, FgForrest real-mail.log.2
    provider: 'microsoft',
    codes: [550],
    enhanced: [],
    match: [['requested action not taken: mailbox unavailable']],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Outlook.com: no such mailbox',
        description:
          'Outlook.com and Hotmail answer an unknown address with the bare RFC 5321 text for 550; from these hosts it means the mailbox does not exist (Sisimai treats it like 5.1.10).',
        whenYouSeeIt:
          'Postfix `status=bounced (host *.pamx1.hotmail.com[...] said: 550 Requested action not taken: mailbox unavailable (in reply to RCPT TO command))`, logged with `dsn=5.0.0`.',
        howToFix:
          'Suppress the address or correct it; the wording is generic, so only trust this meaning when the relay is a Microsoft consumer host.',
      },
    },
    references: [SISIMAI_OUTLOOK, SISIMAI_MICROSOFT],
    samples: ['550 Requested action not taken: mailbox unavailable'],
  },
  {
    id: 'microsoft.mta-sts-failure', // M51: Microsoft's own meaning of 4.4.8 / 5.4.8
    provider: 'microsoft',
    codes: [],
    enhanced: ['4.4.8', '5.4.8'],
    match: [],
    requiresProvider: true,
    speaker: 'remote',
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Exchange Online: MTA-STS check failed',
        description:
          "At Microsoft, 4.4.8 and 5.4.8 mean the destination MX hosts do not match the recipient domain's MTA-STS policy, so Exchange Online will not deliver there.",
        whenYouSeeIt:
          "A `451 4.4.8 MX hosts of 'example.org' failed MTA-STS validation` deferral or its 5.4.8 expiry, for one destination domain.",
        howToFix:
          "The destination admin must update the `mx:` lines of the MTA-STS policy file (and bump the `_mta-sts` id) to match the domain's real MX hosts, or fix the MX.",
      },
    },
    references: [MS_NDR_GUIDE, RFC8461_MTA_STS, SISIMAI_MICROSOFT],
    samples: [
      "451 4.4.8 MX hosts of 'example.org' failed MTA-STS validation. The destination MX host is not the expected host per the domain's STS policy",
    ],
  },
];

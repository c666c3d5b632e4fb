/**
 * DNS blocklists (DNSBLs) named in a rejection, whichever receiver or MTA quotes them: Spamhaus
 * (ZEN and its SBL/CSS, XBL and PBL parts, and the domain list DBL), SpamCop, Barracuda, SORBS,
 * UCEPROTECT, Cloudmark CSI and the URI lists. `requiresProvider: false` throughout.
 *
 * Sources: fact base §3.7 (R01-R10); Postfix's default RBL reply template
 * (`$rbl_code Service unavailable; $rbl_class [$rbl_what] blocked using $rbl_domain...`); Exim's
 * default-configuration DNSBL example; real lines from the corpus (postscreen, Exim and CrowdSec
 * test logs); Spamhaus's notices on public resolvers and return codes; Proofpoint's 2024 SORBS
 * shutdown statement as reported by several outlets.
 *
 * Order: the Spamhaus "open resolver" error comes first, because it carries an ordinary-looking
 * `blocked using zen.spamhaus.org` and must not be mistaken for a listing. Then the Spamhaus lists
 * from most to least specific (DBL, PBL, XBL, SBL, and ZEN or plain "Spamhaus" last), then the
 * other named lists, and last Exim's list-agnostic `is in a black list at` wording. The generic
 * "blocked using <any list>" text is left to the Postfix and generic rules that follow this file.
 */
import type { MessageRule, Reference } from '../types.js';

const SPAMHAUS_CHECKER: Reference = {
  kind: 'provider',
  title: 'Spamhaus IP and domain reputation checker (lookup and removal)',
  url: 'https://check.spamhaus.org/',
};

const POSTFIX_RBL: Reference = {
  kind: 'mta',
  title: 'Postfix postconf(5): reject_rbl_client and default_rbl_reply',
  url: 'https://www.postfix.org/postconf.5.html#default_rbl_reply',
};

const RFC5782: Reference = {
  kind: 'rfc',
  title: 'RFC 5782 §2 DNS blacklists (IPv4 DNSxLs)',
  url: 'https://www.rfc-editor.org/rfc/rfc5782#section-2',
};

export const DNSBL_RULES: readonly MessageRule[] = [
  {
    id: 'dnsbl.spamhaus-open-resolver',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['error: open resolver'], ['returnc/pub'], ['returnc/vol'], ['127.255.255.254'], ['127.255.255.255']],
    requiresProvider: false,
    reason: 'system-error',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Receiver misconfigured Spamhaus',
        description:
          'Not a listing: the receiving server queried Spamhaus through a public or shared DNS resolver, Spamhaus answered with an error code (127.255.255.254, or .255 for too many queries) and the receiver treated that answer as "listed". It then refuses many innocent senders.',
        whenYouSeeIt:
          'A normal-looking DNSBL rejection such as `554 5.7.1 Service unavailable; Client host [...] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/...`, while the IP is clean at check.spamhaus.org.',
        howToFix:
          'Nothing to fix on your side; report it to the recipient postmaster. They must query Spamhaus through their own recursive resolver or Spamhaus DQS, and accept only 127.0.0.2-127.0.0.11 as listings (Postfix: `zen.spamhaus.org=127.0.0.[2..11]`).',
      },
    },
    references: [
      {
        kind: 'provider',
        title: 'Spamhaus: using our public mirrors? Check your return codes now',
        url: 'https://www.spamhaus.org/news/article/807/using-our-public-mirrors-check-your-return-codes-now',
      },
      {
        kind: 'provider',
        title: 'Spamhaus documentation: Postfix configuration for the public mirrors',
        url: 'https://docs.spamhaus.com/datasets/docs/source/40-real-world-usage/PublicMirrors/MTAs/020-Postfix.html',
      },
    ],
    samples: [
      '554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/192.0.2.25',
    ],
  },
  {
    id: 'dnsbl.spamhaus-dbl',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['dbl.spamhaus.org'], ['spamhaus dbl'], ['query/dbl']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Domain on Spamhaus DBL',
        description:
          'A domain tied to the message (HELO name, sender domain, client host name or a link in the body) is on the Spamhaus Domain Block List: low reputation, phishing, malware or botnet use.',
        whenYouSeeIt:
          'Postfix `reject_rhsbl_*` replies such as `554 5.7.1 Service unavailable; Helo command [...] blocked using dbl.spamhaus.org` or `Sender address [...] blocked using dbl.spamhaus.org`; content filters name the DBL for links.',
        howToFix:
          'Look the named domain up at check.spamhaus.org; clean up whatever made it abused (hacked site, redirector, throwaway domain) and request removal. A listed link domain in templates must be replaced.',
      },
    },
    references: [SPAMHAUS_CHECKER, POSTFIX_RBL],
    samples: [
      '554 5.7.1 Service unavailable; Helo command [news.zihan-promo.com] blocked using dbl.spamhaus.org; http://www.spamhaus.org/query/dbl?domain=zihan-promo.com',
    ],
  },
  {
    id: 'dnsbl.spamhaus-pbl',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['pbl.spamhaus.org'], ['spamhaus pbl'], ['spamhaus.org/pbl'], ['your ip is in the pbl']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on Spamhaus PBL',
        description:
          'The IP is in a range its owner (ISP or Spamhaus) declared as not meant to send mail directly to MX hosts, such as dynamic, residential or cloud ranges. It is a policy listing, not an accusation of spam.',
        whenYouSeeIt:
          'Replies naming `pbl.spamhaus.org` or the PBL (ZEN answers 127.0.0.10 or .11), usually at connection or RCPT TO from many different receivers.',
        howToFix:
          "Send through your ISP's or ESP's authenticated smarthost instead of direct-to-MX. If the IP really is a static mail server with proper rDNS, the owner can remove it via the PBL self-service at check.spamhaus.org.",
      },
    },
    references: [SPAMHAUS_CHECKER],
    samples: [
      '554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using pbl.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.25',
      '553 mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl',
    ],
  },
  {
    id: 'dnsbl.spamhaus-xbl',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['xbl.spamhaus.org'], ['spamhaus xbl'], ['cbl.abuseat.org']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on Spamhaus XBL',
        description:
          'The IP is on the Exploits Block List: something behind it behaved like malware, a spambot or an open proxy (ZEN answer 127.0.0.4).',
        whenYouSeeIt: 'Rejections naming `xbl.spamhaus.org` (or the older CBL), at connection or RCPT TO.',
        howToFix:
          'Find the infected machine or abused service behind the IP (NAT users, compromised web apps, open proxies), clean it, block outbound port 25 for everything except the mail server, then request removal at check.spamhaus.org.',
      },
    },
    references: [SPAMHAUS_CHECKER],
    samples: ['554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using xbl.spamhaus.org'],
  },
  {
    id: 'dnsbl.spamhaus-sbl',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['sbl.spamhaus.org'], ['spamhaus sbl'], ['spamhaus.org/sbl']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on Spamhaus SBL/CSS',
        description:
          'The IP is on the Spamhaus Block List: manually listed spam sources and spam-service hosting, or its automatic CSS part for IPs sending low-reputation mail (ZEN answers 127.0.0.2 and .3).',
        whenYouSeeIt:
          'Replies naming `sbl.spamhaus.org` or linking an SBL record (`spamhaus.org/sbl/query/SBL...`, `SBLCSS` for the CSS part).',
        howToFix:
          'Read the SBL record linked in the reply: SBL removals go through the network owner (your ISP), CSS removals through the checker at check.spamhaus.org once the cause is fixed.',
      },
    },
    references: [SPAMHAUS_CHECKER],
    samples: ['"JunkMail rejected - test.com [1.2.3.4]:53343 is in an RBL: https://www.spamhaus.org/sbl/query/SBLCSS"'],
  },
  {
    id: 'dnsbl.spamhaus-zen',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['zen.spamhaus.org'], ['spamhaus']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on Spamhaus ZEN',
        description:
          'The sending IP is on Spamhaus ZEN, the combined list: SBL (127.0.0.2), CSS (.3), XBL (.4), DROP (.9) or PBL (.10, .11). The reply rarely says which part.',
        whenYouSeeIt:
          'Postfix receivers answer `554 5.7.1 Service unavailable; Client host [ip] blocked using zen.spamhaus.org`, postscreen `550 5.7.1 Service unavailable; client [ip] blocked using zen.spamhaus.org`, Exim ACLs `rejected found in dnsbl zen.spamhaus.org`; your log shows it as `status=bounced` or `**`.',
        howToFix:
          'Look the IP up at check.spamhaus.org to learn which list and why; fix the cause (compromised host, unauthenticated relay, direct-to-MX from a PBL range) and request removal there, or send through a proper smarthost.',
      },
    },
    references: [SPAMHAUS_CHECKER, POSTFIX_RBL, RFC5782],
    samples: [
      '554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.25',
      '550 5.7.1 Service unavailable; client [27.157.200.233] blocked using zen.spamhaus.org',
      'rejected found in dnsbl zen.spamhaus.org',
    ],
  },
  {
    id: 'dnsbl.spamcop',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['spamcop']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on SpamCop blocklist',
        description:
          'The IP is on the SpamCop Blocking List, which is fed by user spam reports and spam traps and lists IPs automatically for a short time.',
        whenYouSeeIt:
          'Replies naming `bl.spamcop.net` (Postfix or postscreen `blocked using bl.spamcop.net`) or linking `spamcop.net/bl.shtml?<ip>`.',
        howToFix:
          'Check the IP at spamcop.net/bl.shtml; stop the traffic that drew reports (compromised accounts, unsolicited mail). SpamCop listings expire on their own about a day after the reports stop.',
      },
    },
    references: [
      { kind: 'provider', title: 'SpamCop Blocking List lookup', url: 'https://www.spamcop.net/bl.shtml' },
      POSTFIX_RBL,
    ],
    samples: ['550 5.7.1 Service unavailable; client [157.122.148.242] blocked using bl.spamcop.net'],
  },
  {
    id: 'dnsbl.barracuda',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['barracudacentral'], ['barracuda reputation']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on Barracuda reputation list',
        description:
          'The IP is on the Barracuda Reputation Block List (BRBL), used by Barracuda appliances and by others via `b.barracudacentral.org`. Barracuda appliances may also test IPs from Received: headers, so the listed IP can be an end user rather than your server.',
        whenYouSeeIt:
          '`554 Service unavailable; Client host [...] blocked using Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=...`, or a reply naming `b.barracudacentral.org`.',
        howToFix:
          'Compare the listed IP with your server IP. If it is yours, fix the cause and submit the removal request at barracudacentral.org; if it is a client IP from a Received: header, ask the recipient to fix their appliance setting.',
      },
    },
    references: [
      {
        kind: 'provider',
        title: 'Barracuda Central: reputation lookup and removal request',
        url: 'https://www.barracudacentral.org/lookups',
      },
    ],
    samples: [
      '554 Service unavailable; Client host [192.0.2.25] blocked using Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=192.0.2.25',
      '554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using b.barracudacentral.org',
    ],
  },
  {
    id: 'dnsbl.sorbs',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['sorbs.net']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP rejected via SORBS',
        description:
          'The receiver checks the SORBS lists. Proofpoint decommissioned SORBS on 5 June 2024 and emptied its zones, so a rejection naming SORBS today points at a receiver still wired to a dead list (or at an old log).',
        whenYouSeeIt:
          'Replies naming `dnsbl.sorbs.net` or another `*.sorbs.net` zone, e.g. Exim `rejected because <ip> is in a black list at dnsbl.sorbs.net`.',
        howToFix:
          'For current logs, tell the recipient postmaster that SORBS no longer exists and its zones should be removed from their configuration. In pre-2024 logs, the listing was real and is long gone.',
      },
    },
    references: [
      {
        kind: 'other',
        title: 'Techzine: Proofpoint discontinues anti-spam service SORBS (June 2024)',
        url: 'https://www.techzine.eu/news/security/120916/proofpoint-discontinues-anti-spam-service-sorbs/',
      },
    ],
    samples: [
      'rejected because 111.67.203.114 is in a black list at dnsbl.sorbs.net\\nCurrently Sending Spam See: http://www.sorbs.net/lookup.shtml?111.67.203.114',
    ],
  },
  {
    id: 'dnsbl.uceprotect',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['uceprotect']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on UCEPROTECT list',
        description:
          'The IP is on a UCEPROTECT zone: level 1 lists single IPs that hit its spam traps, level 2 whole allocations and level 3 entire autonomous systems, so levels 2 and 3 can list a clean server for its neighbours.',
        whenYouSeeIt:
          'Replies naming `dnsbl-1.uceprotect.net` (level 1), `dnsbl-2` or `dnsbl-3.uceprotect.net`, or `UCEPROTECT-Level`.',
        howToFix:
          'For level 1, stop the traffic that hit the traps; the listing expires after about a week without new hits. For levels 2 and 3, escalate to your hosting provider and ask the recipient not to reject on those zones.',
      },
    },
    references: [RFC5782],
    samples: ['554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using dnsbl-1.uceprotect.net'],
  },
  {
    id: 'dnsbl.nixspam',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['ix.dnsbl.manitu.net'], ['nixspam']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on NiX Spam list',
        description:
          'The IP is on NiX Spam (`ix.dnsbl.manitu.net`), a list fed by spam traps and widely used by German hosting providers; listings are automatic and short-lived.',
        whenYouSeeIt:
          'Postfix-style replies `554 5.7.1 Service unavailable; Client host [...] blocked using ix.dnsbl.manitu.net`, mostly from German receivers.',
        howToFix:
          "Find what sent spam from the IP (compromised mailbox or web form), stop it, and check the IP on the list operator's lookup page, which also explains the removal procedure.",
      },
    },
    references: [
      {
        kind: 'other',
        title: 'onesystems support: common rejection messages (ix.dnsbl.manitu.net example)',
        url: 'https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen',
      },
      RFC5782,
    ],
    samples: ['554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using ix.dnsbl.manitu.net'],
  },
  {
    id: 'dnsbl.senderscore',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['senderscore']],
    requiresProvider: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Poor Sender Score',
        description:
          "The receiver consults Validity's Sender Score reputation data (or its blocklist) and the sending IP scores too low; ISPs such as Comcast and Spectrum use it.",
        whenYouSeeIt:
          'A reply naming senderscore, e.g. a link to the Sender Score support site, or a Comcast code whose third-to-last digit is 1 (BL000100).',
        howToFix:
          'Look the IP up at senderscore.org to see the score and what drives it (complaints, unknown users, spam traps), fix the cause, then follow the removal instructions there.',
      },
    },
    references: [{ kind: 'provider', title: 'Validity Sender Score', url: 'https://senderscore.org/' }],
    samples: ['554 5.7.1 - ERROR: Mail refused - <192.0.2.25> - See http://sendersuppport.senderscore.net'],
  },
  {
    id: 'dnsbl.cloudmark-csi',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['csi.cloudmark.com'], ['cloudmark sender intelligence']],
    requiresProvider: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Poor Cloudmark CSI reputation',
        description:
          'The receiver scores senders with Cloudmark Sender Intelligence (used by several ISPs and cable operators) and the IP scored too low.',
        whenYouSeeIt:
          'A reply linking `csi.cloudmark.com/reset-request` or naming Cloudmark Sender Intelligence, often from ISP mail systems.',
        howToFix:
          'Fix the cause of the poor score (complaints, spam traps, sudden volume), then submit the reset request at csi.cloudmark.com with the IP from the reply.',
      },
    },
    references: [
      {
        kind: 'provider',
        title: 'Cloudmark Sender Intelligence reset request',
        url: 'https://csi.cloudmark.com/reset-request/',
      },
    ],
    samples: [
      '554 5.7.1 - ERROR: Mail refused - <192.0.2.25> - See http://csi.cloudmark.com/reset-request/?ip=192.0.2.25',
    ],
  },
  {
    id: 'dnsbl.uri-blocklist',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['surbl.org'], ['uribl.com']],
    requiresProvider: false,
    reason: 'spam',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Link domain on URI blocklist',
        description:
          'A domain linked in the message body (not the sending IP) is on a URI blocklist such as SURBL or URIBL, so the content is treated as spam.',
        whenYouSeeIt:
          'A rejection after end of DATA naming `multi.surbl.org` or `multi.uribl.com`, typically from a content filter (SpamAssassin, rspamd) on the receiving side.',
        howToFix:
          'Find the listed domain among the links of the message (tracking and shortener domains are frequent culprits), remove or replace it, and ask the list operator for removal if the domain is yours.',
      },
    },
    references: [RFC5782],
    samples: ['550 5.7.1 Message rejected: a link domain is listed in multi.surbl.org'],
  },
  {
    id: 'dnsbl.exim-black-list',
    provider: 'dnsbl',
    codes: [],
    enhanced: [],
    match: [['is in a black list at']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP on a DNSBL (Exim wording)',
        description:
          "The receiving Exim server's DNSBL check listed the client IP; the wording comes from Exim's default configuration example, which admins copy, and the zone named at the end tells which list.",
        whenYouSeeIt:
          'Exim `H=... rejected RCPT <...>: rejected because <ip> is in a black list at <zone>` on the receiving side; a remote Exim shows it as `550 rejected because ... is in a black list at ...` in your log.',
        howToFix:
          'Look the IP up on the zone named in the reply (its operator publishes a lookup page), fix the cause and request removal there.',
      },
    },
    references: [
      {
        kind: 'mta',
        title: 'Exim specification: access control lists, DNS lists (dnslists)',
        url: 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html',
      },
      RFC5782,
    ],
    samples: ['550 rejected because 192.0.2.25 is in a black list at bl.example.net'],
  },
];

/**
 * Other receivers whose rejection texts are distinctive enough to recognise anywhere: GMX/WEB.DE
 * (1&1 "Nemesis"), T-Online, Free.fr, Orange, AT&T, Comcast, GoDaddy, Netease (163.com),
 * Broadcom/Symantec Email Security.cloud (MessageLabs), and Amazon SES as a sending platform.
 * No provider detection exists for them (provider 'other'), so every rule is a plain text rule
 * (`requiresProvider: false`) keyed on a fragment that only that receiver uses.
 *
 * Sources: fact base §3.10 (O01-O07); the receivers' postmaster pages (GMX, T-Online, Xfinity,
 * GoDaddy, Broadcom knowledge base) as quoted in Sisimai's go-sisimai `rhost/*.go` tables and
 * checked where reachable; real replies from the corpus (AT&T 521 in
 * `forum-posts/att-521-greeting.log`, Netease `DT:SPM` in the postfix_exporter test lines) and
 * from public write-ups (GMX, T-Online).
 *
 * Order: grouped by receiver. Inside a group the rule naming the precise cause comes before the
 * receiver's catch-all (GMX "Bad DNS PTR" before the plain "Nemesis ... not available"; Orange's
 * SPF variant of "Emetteur invalide" before the plain one). This file runs before the DNSBL and
 * generic files, so the GoDaddy and Comcast list codes win over the generic Spamhaus rules.
 */
import type { MessageRule, Reference } from '../types.js';

const GMX_ERRORS: Reference = {
  kind: 'provider',
  title: 'GMX Postmaster: error messages',
  url: 'https://postmaster.gmx.com/en/error-messages',
};

const TONLINE_POSTMASTER: Reference = {
  kind: 'provider',
  title: 'postmaster.t-online.de: notes for mail server operators',
  url: 'https://postmaster.t-online.de/index.en.html',
};

const ORANGE_CODES: Reference = {
  kind: 'other',
  title: 'Postmastery: Orange postmaster SMTP error codes (OFR)',
  url: 'https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/',
};

const COMCAST_ERRORS: Reference = {
  kind: 'provider',
  title: 'Xfinity: email error codes (BL, ES, RL codes)',
  url: 'https://es.xfinity.com/support/articles/email-errors',
};

const GODADDY_BOUNCES: Reference = {
  kind: 'provider',
  title: 'GoDaddy Help: fix rejected email with a bounce error (IB codes)',
  url: 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
};

const BROADCOM_CODES: Reference = {
  kind: 'provider',
  title: 'Broadcom: Email Security.cloud error and bounce codes',
  url: 'https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html',
};

const SISIMAI: Reference = {
  kind: 'other',
  title: 'Sisimai (go-sisimai): per-provider bounce text tables and reason patterns',
  url: 'https://github.com/sisimai/go-sisimai',
};

const NETEASE_CODES: Reference = {
  kind: 'other',
  title: 'Netease (163.com) bounce codes explained (HL, MI, RP, DT codes)',
  url: 'https://biecuoliao.com/pa/MBRrwEM.html',
};

export const OTHERS_RULES: readonly MessageRule[] = [
  // GMX / WEB.DE (1&1): multi-line 554 greeting whose last lines carry the cause.
  {
    id: 'other.gmx-bad-ptr',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['nemesis', 'ptr resource record']],
    requiresProvider: false,
    reason: 'require-ptr',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GMX/WEB.DE: bad reverse DNS',
        description:
          'The 1&1 mail systems (GMX, WEB.DE, 1&1 IONOS) refuse the connection because the sending IP has no PTR record, a generic one, or one whose name does not resolve back to the IP.',
        whenYouSeeIt:
          'Postfix `status=deferred (host mx00.gmx.net[...] refused to talk to me: 554-gmx.net (mxgmx...) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. ...)`; deferred because Postfix tries the next MX after a 5xx greeting.',
        howToFix:
          'Ask whoever owns the IP (hosting or ISP control panel) for a PTR record with a proper mail host name that resolves back to the same IP, and use that name as HELO. Retries succeed once DNS has propagated.',
      },
    },
    references: [
      GMX_ERRORS,
      {
        kind: 'other',
        title: 'Akriga: email error 554 from 1&1 (Bad DNS PTR resource record)',
        url: 'https://www.akriga.com/email-error-554/',
      },
    ],
    samples: [
      '554-gmx.net (mxgmx110) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://postmaster.gmx.net/en/case?c=rdns&i=ip&v=192.0.2.25',
    ],
  },
  {
    id: 'other.gmx-ip-blocklisted',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [
      ['nemesis', 'block listed'],
      ['nemesis', 'black listed'],
    ],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GMX/WEB.DE: IP block-listed',
        description:
          'The sending IP is on the internal block list of the 1&1 mail systems (GMX, WEB.DE), usually after spam complaints or spam-trap hits, sometimes because the IP is on a public DNSBL.',
        whenYouSeeIt:
          'A 554 greeting `Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?...`; Postfix logs it as `refused to talk to me` and defers.',
        howToFix:
          'Open the case link from the reply: it explains the listing and has a contact form. Check the IP on public DNSBLs, fix the cause, then request delisting from the GMX postmaster team.',
      },
    },
    references: [GMX_ERRORS],
    samples: [
      '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR',
      '554-gmx.net (mxgmx007) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is black listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201',
    ],
  },
  {
    id: 'other.gmx-refused',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['nemesis esmtp service not available']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GMX/WEB.DE: connection refused',
        description:
          'The 1&1 mail systems refused the session at the greeting for a reason other than reverse DNS or the block list; the last line of the multi-line reply and its case link give the detail.',
        whenYouSeeIt:
          'A 554 greeting starting `Nemesis ESMTP Service not available 554-No SMTP service`, logged by Postfix as `refused to talk to me`.',
        howToFix:
          'Open the `For explanation visit` link in the reply; it names the check that failed and the way to contact the GMX postmaster.',
      },
    },
    references: [GMX_ERRORS],
    samples: [
      '554-gmx.net (mxgmx012) Nemesis ESMTP Service not available 554-No SMTP service 554 For explanation visit https://postmaster.gmx.net/en/error-messages',
    ],
  },
  // T-Online (Deutsche Telekom)
  {
    id: 'other.t-online-no-reputation',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['none/bad reputation'], ['rx.t-online.de', '(nowl)']],
    requiresProvider: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'T-Online: unknown sender IP',
        description:
          'T-Online only accepts mail from IPs with a known, good reputation; new IPs, and IPs that have not sent to it for a long time, are refused until the operator asks for a reset.',
        whenYouSeeIt:
          '`554 IP=<ip> - None/bad reputation. Ask your postmaster for help or to contact <postmaster@rx.t-online.de> for reset. (NOWL)` at the greeting, logged by Postfix as `refused to talk to me`.',
        howToFix:
          'Make sure the IP has a matching PTR, a reachable website on the HELO domain with an imprint (contact details), then write to the postmaster address in the reply and ask for the IP to be allowed.',
      },
    },
    references: [TONLINE_POSTMASTER],
    samples: [
      '554 IP=192.0.2.25 - None/bad reputation. Ask your postmaster for help or to contact <postmaster@rx.t-online.de> for reset. (NOWL)',
    ],
  },
  {
    id: 'other.t-online-blocked',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['tosa@rx.t-online.de'], ['rx.t-online.de', '(bl)']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'T-Online: IP blocked',
        description:
          "The sending IP is on T-Online's block list (the `(BL)` tag); it does not expire by itself the way volume limits do.",
        whenYouSeeIt:
          '`554 IP=<ip> - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)` at the greeting; Postfix logs `refused to talk to me` and defers.',
        howToFix:
          'Check rDNS, DNSBL listings and recent traffic from the IP, fix what is wrong, then mail the address given in the reply with the IP and a sample log line to ask for removal.',
      },
    },
    references: [TONLINE_POSTMASTER],
    samples: [
      '554 IP=192.0.2.25 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    ],
  },
  // Free.fr
  {
    id: 'other.free-too-many-connections',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['server busy', 'too many connections from your ip']],
    requiresProvider: false,
    reason: 'too-many-connections',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Free.fr: too many connections',
        description: 'Free limits the number of simultaneous SMTP connections per client IP and refused one more.',
        whenYouSeeIt: '`421 Server busy, too many connections from your IP` at the greeting; Postfix defers.',
        howToFix:
          'Lower the concurrency toward free.fr (a dedicated Postfix transport with `_destination_concurrency_limit = 2` or so); the queue retries.',
      },
    },
    references: [SISIMAI],
    samples: ['421 Server busy, too many connections from your IP'],
  },
  {
    id: 'other.free-too-many-errors',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['too many errors from your ip']],
    requiresProvider: false,
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Free.fr: too many errors',
        description:
          'Free temporarily refuses an IP whose sessions produced too many errors, typically many unknown recipients or protocol mistakes.',
        whenYouSeeIt:
          '`451 too many errors from your ip` at connection or MAIL FROM; all mail to free.fr is deferred for a while.',
        howToFix:
          'Remove dead free.fr addresses from your lists and look at the earlier rejections from free.fr in the log; then let the queue retry more slowly.',
      },
    },
    references: [SISIMAI],
    samples: ['451 too many errors from your ip'],
  },
  {
    id: 'other.free-too-many-spams',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['too many spams from your ip']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Free.fr: IP blocked for spam',
        description: 'Free blocked the sending IP because too much of its mail was judged to be spam.',
        whenYouSeeIt: '`421` or `550 Too many spams from your IP` at connection.',
        howToFix:
          'Find the source of the spam (compromised account, form abuse, unsolicited campaign) and stop it; the block is lifted some time after the traffic is clean.',
      },
    },
    references: [SISIMAI],
    samples: ['550 Too many spams from your IP'],
  },
  // Orange / Wanadoo (France): OFR_ / OFRnnn_ codes at the end of the reply.
  {
    id: 'other.orange-too-many-connections',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['ofr005_104'], ['ofr004_104'], ['trop de connexions']],
    requiresProvider: false,
    reason: 'too-many-connections',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Orange: too many connections',
        description: 'Orange allows very few simultaneous connections per sending IP and refused one more (code 104).',
        whenYouSeeIt:
          '`421 mwinf... ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]` at connection; Postfix defers.',
        howToFix:
          'Limit the concurrency toward orange.fr and wanadoo.fr to one or two connections (Postfix transport with a low `_destination_concurrency_limit`); the queue retries.',
      },
    },
    references: [ORANGE_CODES, SISIMAI],
    samples: [
      '421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]',
    ],
  },
  {
    id: 'other.orange-ip-blocked-spam',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['ofr006_102'], ['bloquee pour incident de spam']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Orange: IP blocked for spam',
        description:
          'Orange blocked the source IP after spam incidents; the block relies on Cloudmark reputation data (code 102).',
        whenYouSeeIt:
          '`550 mwinf... ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com ...`.',
        howToFix:
          'Stop the spam source, then request a reset at csi.cloudmark.com (linked in the reply) and, if needed, contact the Orange postmaster.',
      },
    },
    references: [ORANGE_CODES, SISIMAI],
    samples: [
      '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.25 [102]',
    ],
  },
  {
    id: 'other.orange-service-refused',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['ofr_999'], ['ofr006_103'], ['ofr005_505'], ['service refuse']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Orange: service refused, try later',
        description:
          'Orange temporarily refuses the sender (codes 103, 505, 999), usually because of volume or reputation; the reply gives no detail.',
        whenYouSeeIt:
          '`421 mwinf... ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]` at connection or after DATA.',
        howToFix:
          'Let the queue retry at a lower rate toward Orange; if it persists for days, check the IP reputation (Cloudmark) and contact the Orange postmaster.',
      },
    },
    references: [ORANGE_CODES, SISIMAI],
    samples: [
      '421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]',
    ],
  },
  {
    id: 'other.orange-spf',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['spf/dns de votre nom de domaine']],
    requiresProvider: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Orange: SPF check failed',
        description: "Orange's SPF check on the sender's domain failed, so it calls the sender invalid.",
        whenYouSeeIt:
          '`421 smtp.orange.fr [...] Emetteur invalide, Veuillez verifier la configuration SPF/DNS de votre nom de domaine. Invalid Sender. SPF check failed, ...`.',
        howToFix:
          'Add the sending IP (or the include of your mail provider) to the SPF record of the envelope-sender domain.',
      },
    },
    references: [
      SISIMAI,
      {
        kind: 'rfc',
        title: 'RFC 7208 §8.4 SPF "fail" result',
        url: 'https://www.rfc-editor.org/rfc/rfc7208#section-8.4',
      },
    ],
    samples: [
      '421 smtp.orange.fr [192.0.2.25] Emetteur invalide, Veuillez verifier la configuration SPF/DNS de votre nom de domaine. Invalid Sender. SPF check failed, please verify the SPF/DNS configuration for your domain name.',
    ],
  },
  {
    id: 'other.orange-invalid-sender',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['emetteur invalide']],
    requiresProvider: false,
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Orange: invalid sender',
        description:
          'Orange refused the envelope sender (codes 403, 405, 415): its domain does not resolve or the address is not acceptable.',
        whenYouSeeIt: '`501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]` in reply to MAIL FROM.',
        howToFix: 'Use an envelope sender whose domain has valid MX or A records and that accepts bounces.',
      },
    },
    references: [ORANGE_CODES, SISIMAI],
    samples: ['501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]'],
  },
  // AT&T (att.net, bellsouth.net, sbcglobal.net)
  {
    id: 'other.att-blocked-for-abuse',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['blocked for abuse'], ['abuse_rbl@abuse-att.net'], ['dc=att,dc=net']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'AT&T: IP blocked for abuse',
        description:
          "AT&T's inbound mail hosts have the sending IP on their own block list (an LDAP-backed RBL) and answer the connection with a 521 greeting.",
        whenYouSeeIt:
          'Postfix `status=deferred (host gateway-f1.isp.att.net[...] refused to talk to me: 521-<ip> blocked by ldap:ou=rblmx,dc=att,dc=net 521 Error - Blocked for abuse. Contact abuse_rbl@abuse-att.net.)` with `dsn=4.0.0`: deferred, because Postfix tries the next MX after a 5xx greeting.',
        howToFix:
          'Mail the address in the reply with the blocked IP and a sample log line, after checking the IP on public DNSBLs and removing the cause. Retries will keep failing until AT&T removes the entry.',
      },
    },
    references: [
      {
        kind: 'mta',
        title: 'Postfix postconf(5): smtp_skip_5xx_greeting (why a 5xx greeting is deferred)',
        url: 'https://www.postfix.org/postconf.5.html#smtp_skip_5xx_greeting',
      },
    ],
    samples: [
      '521-188.40.99.213 blocked by ldap:ou=rblmx,dc=att,dc=net 521 Error - Blocked for abuse. Contact abuse_rbl@abuse-att.net.',
    ],
  },
  // Comcast (Xfinity)
  {
    id: 'other.comcast-spam-patterns',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['bl000000'], ['characteristic of spam']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Comcast: blocked for spam patterns',
        description:
          "Comcast's own filters saw mail from the IP in patterns typical of spam and put it on Comcast's internal block list (code BL000000).",
        whenYouSeeIt: 'A 554/550 reply from a Comcast MX containing `BL000000` and a help link for that code.',
        howToFix:
          'Clean the cause (compromise, unsolicited volume), make sure the IP is not on public DNSBLs, then request removal through the Comcast/Xfinity postmaster form named in the help page.',
      },
    },
    references: [COMCAST_ERRORS],
    samples: ['554 BL000000 Email from your mail server has been sent in patterns that are characteristic of spam'],
  },
  {
    id: 'other.comcast-rbl',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [
      ['bl000001'],
      ['bl000010'],
      ['bl000011'],
      ['bl000100'],
      ['bl000101'],
      ['bl000110'],
      ['bl000111'],
      ['bl001000'],
    ],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Comcast: IP on an external blocklist',
        description:
          'Comcast refused the IP because external lists it consults name it; the binary-looking code tells which: the last digit Spamhaus ZEN, the second-to-last Cloudmark CSI, the third-to-last the SenderScore list, the fourth-to-last Trend Micro MAPS.',
        whenYouSeeIt: 'A 554/550 reply from a Comcast MX containing a code such as `BL000001` or `BL000010`.',
        howToFix:
          'Decode the code, look the IP up on each list it names (check.spamhaus.org, csi.cloudmark.com, ...) and get it delisted there; Comcast follows those lists.',
      },
    },
    references: [COMCAST_ERRORS],
    samples: ['554 BL000001 listed on the Spamhaus Zen Blocklist', '550 BL000010 listed on Cloudmark CSI'],
  },
  {
    id: 'other.comcast-dynamic-ip',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['es000001'], ['es000010']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Comcast: dynamic/residential IP',
        description:
          'Comcast does not accept direct-to-MX mail from dynamic or residential IP space (ES000001 for Comcast\'s own ranges, ES000010 for others), and it judges "dynamic" partly from a generic-looking reverse DNS name.',
        whenYouSeeIt: 'A reply from a Comcast MX containing `ES000001` or `ES000010`.',
        howToFix:
          "Send through your provider's authenticated smarthost, or, for a real static server, give the IP a non-generic PTR name (like mail.example.org) that resolves back.",
      },
    },
    references: [COMCAST_ERRORS],
    samples: ['554 ES000010 dynamic/residential IP space'],
  },
  {
    id: 'other.comcast-too-many-sessions',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['too many sessions opened']],
    requiresProvider: false,
    reason: 'too-many-connections',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Comcast: too many sessions',
        description: 'Comcast limits simultaneous connections per sending IP and refused one more.',
        whenYouSeeIt: '`421 ... [Too many sessions opened]` at the greeting; Postfix defers.',
        howToFix: 'Lower the concurrency toward comcast.net; the queue retries.',
      },
    },
    references: [COMCAST_ERRORS],
    samples: ['421 [Too many sessions opened]'],
  },
  {
    id: 'other.comcast-reverse-dns',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['reverse dns failure']],
    requiresProvider: false,
    reason: 'require-ptr',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Comcast: reverse DNS failed',
        description: 'Comcast requires a valid PTR record for every sending IP and its lookup failed or found none.',
        whenYouSeeIt: '`421 ... [Reverse DNS failure : Try again later]` at the greeting.',
        howToFix:
          'Give the IP a PTR record whose name resolves back to it; if it exists, check that the reverse zone answers reliably.',
      },
    },
    references: [COMCAST_ERRORS],
    samples: ['421 [Reverse DNS failure : Try again later]'],
  },
  // GoDaddy / secureserver.net: "IBnnn" codes at the end of the reply.
  {
    id: 'other.godaddy-blank-from',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['blank from: addresses are not allowed'], ['ip addresses are not allowed as a from']],
    requiresProvider: false,
    reason: 'not-compliant',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GoDaddy: invalid From header',
        description:
          'GoDaddy refuses messages whose From: header is empty (IB501) or is an IP address instead of a mailbox (IB502).',
        whenYouSeeIt: '`550 <addr> Blank From: addresses are not allowed. Provide a valid From. IB501` after DATA.',
        howToFix: 'Fix the application or script that builds the message so it sets a real From: address.',
      },
    },
    references: [GODADDY_BOUNCES],
    samples: ['550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501'],
  },
  {
    id: 'other.godaddy-invalid-from-domain',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['from: domain is invalid']],
    requiresProvider: false,
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GoDaddy: sender domain invalid',
        description:
          'The domain of the From: address has no MX or A record, or its DNS lookup failed at send time (IB506).',
        whenYouSeeIt: '`550 <domain> From: Domain is invalid. Provide a valid From: IB506`.',
        howToFix: 'Send from a domain with working DNS; check its zone for MX and A records.',
      },
    },
    references: [GODADDY_BOUNCES],
    samples: ['550 coolexample.com From: Domain is invalid. Provide a valid From: IB506'],
  },
  {
    id: 'other.godaddy-invalid-spf',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['invalid spf record']],
    requiresProvider: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GoDaddy: SPF does not allow sender',
        description:
          "The SPF record of the sender's domain does not authorise the server that sent the message (IB508).",
        whenYouSeeIt: '`550 <addr> Invalid SPF record. Inspect your SPF settings, and try again. IB508`.',
        howToFix:
          'Add the sending server to the SPF record of the domain (or remove a wrong `-all` record), then resend.',
      },
    },
    references: [GODADDY_BOUNCES],
    samples: ['550 jane@coolexample.com Invalid SPF record. Inspect your SPF settings, and try again. IB508'],
  },
  {
    id: 'other.godaddy-reverse-dns',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['reverse dns for this ip failed']],
    requiresProvider: false,
    reason: 'require-ptr',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GoDaddy: reverse DNS failed',
        description: 'GoDaddy could not find a reverse DNS name for the sending IP (IB108).',
        whenYouSeeIt: '`421 Temporarily rejected. Reverse DNS for this IP failed. IB108` at connection.',
        howToFix: 'Set a PTR record for the sending IP that resolves back to it.',
      },
    },
    references: [GODADDY_BOUNCES],
    samples: ['421 Temporarily rejected. Reverse DNS for this IP failed. IB108'],
  },
  {
    id: 'other.godaddy-ip-blocked',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [
      ['this ip has been temporarily blocked'],
      ['this ip has been blocked for the day'],
      ['this ip address is listed on the'],
    ],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GoDaddy: IP blocked',
        description:
          'GoDaddy blocked the sending IP for an hour or a day after too much spam or too many invalid recipients (IB110-IB113), or because it is on a Spamhaus list (IB104-IB106).',
        whenYouSeeIt:
          '`554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam ... IB110`, or `554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104`.',
        howToFix:
          'For IB110-IB113 find the spam or the dead addresses and wait out the block; for IB104-IB106 look the IP up at check.spamhaus.org and get it delisted.',
      },
    },
    references: [GODADDY_BOUNCES],
    samples: [
      '554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112',
      '554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104',
    ],
  },
  {
    id: 'other.godaddy-poor-reputation',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['poor reputation on cloudmark']],
    requiresProvider: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GoDaddy: poor Cloudmark reputation',
        description: 'GoDaddy refuses the IP because Cloudmark Sender Intelligence rates it poorly (IB103).',
        whenYouSeeIt:
          '`554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103`.',
        howToFix: 'Fix the cause, then request a reset at csi.cloudmark.com.',
      },
    },
    references: [GODADDY_BOUNCES],
    samples: ['554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103'],
  },
  {
    id: 'other.godaddy-rate-limits',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [
      ['this ip has sent too many'],
      ['too many sessions from this ip'],
      ['exceeded the max number of messages per session'],
    ],
    requiresProvider: false,
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'GoDaddy: sending limits reached',
        description:
          'GoDaddy caps messages per hour (IB504), recipients per hour (IB607), messages per session (IB510) and simultaneous sessions (IB007) per IP.',
        whenYouSeeIt:
          '`550 This IP has sent too many messages this hour. IB504` or `421 Connection refused, too many sessions from This IP. ... IB007`.',
        howToFix:
          'Spread the sending over time and lower concurrency and messages per connection toward GoDaddy-hosted domains.',
      },
    },
    references: [GODADDY_BOUNCES],
    samples: [
      '550 This IP has sent too many messages this hour. IB504',
      '421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007',
    ],
  },
  // Netease (163.com, 126.com, yeah.net): two-letter:three-letter codes.
  {
    id: 'other.netease-spam',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['dt:spm']],
    requiresProvider: false,
    reason: 'spam',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Netease (163.com): judged as spam',
        description:
          "Netease's filter found spam features in the content or an irregular sending setup. With 451 it only defers and asks for a retry a few minutes later; with 550/554 it rejects.",
        whenYouSeeIt:
          '`451 DT:SPM 163 mx..., please try again 15min later` or `554 DT:SPM 163 mx..., please see http://.../help/help_spam.htm?ip=...` in reply to end of DATA.',
        howToFix:
          'Keep the message queued and let it retry; if it ends in a 554, change the content (links, wording, missing plain-text part) and make sure SPF, DKIM and rDNS are in order.',
      },
    },
    references: [NETEASE_CODES],
    samples: [
      '451 DT:SPM 163 mx13,P8CowECpNVM_oEVaenoEAQ--.23796S3 1514512449, please try again 15min later',
      '554 DT:SPM 163 mx9,O8CowEDJVFKCokVaRhz+AA--.26016S3 1514513028,please see http://mail.domain.com/help/help_spam.htm?ip=',
    ],
  },
  {
    id: 'other.netease-rbl',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['dt:rbl']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Netease (163.com): IP on an RBL',
        description: 'Netease found the sending IP on one or more public DNS blocklists.',
        whenYouSeeIt: '`450 DT:RBL ...` at connection or RCPT TO.',
        howToFix: 'Check the IP on the common DNSBLs, fix the cause and request delisting; then let the queue retry.',
      },
    },
    references: [NETEASE_CODES],
    samples: ['450 DT:RBL 163 mx14'],
  },
  {
    id: 'other.netease-limits',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['hl:icc'], ['hl:ifc'], ['mi:stc'], ['rp:trc']],
    requiresProvider: false,
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Netease (163.com): sending limits',
        description:
          'Netease refused because the IP opened too many concurrent connections (HL:ICC), sent too much in a short time (HL:IFC), or a sender or IP hit its daily message or recipient limit (MI:STC, RP:TRC).',
        whenYouSeeIt:
          '`421 HL:ICC ...`, `421 HL:IFC ...`, or `554 MI:STC ...` / `550 RP:TRC ...` at connection or MAIL FROM.',
        howToFix: 'Lower concurrency and rate toward 163.com, 126.com and yeah.net; daily limits reset the next day.',
      },
    },
    references: [NETEASE_CODES],
    samples: ['421 HL:ICC 163 mx3', '554 MI:STC 163 mx7'],
  },
  // Broadcom / Symantec Email Security.cloud (formerly MessageLabs)
  {
    id: 'other.messagelabs-smtp-auth',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['please turn on smtp authentication']],
    requiresProvider: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Email Security.cloud: SMTP AUTH required',
        description:
          'The Broadcom (Symantec, formerly MessageLabs) cloud relay accepted the connection as a submission and wants the client to authenticate first.',
        whenYouSeeIt:
          'A 5xx reply containing `Please turn on SMTP Authentication in your mail client` at MAIL FROM or RCPT TO.',
        howToFix:
          'Enable SMTP AUTH toward the relay (Postfix `smtp_sasl_auth_enable = yes` with the credentials in `smtp_sasl_password_maps`), or send from an IP registered as an outbound route for the account.',
      },
    },
    references: [BROADCOM_CODES, SISIMAI],
    samples: ['553 Please turn on SMTP Authentication in your mail client'],
  },
  {
    id: 'other.messagelabs-connection-rejected',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['connection rejected by policy']],
    requiresProvider: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Email Security.cloud: IP reputation',
        description:
          "Broadcom's Email Security.cloud refused the connection because the sending IP has a negative reputation with it.",
        whenYouSeeIt:
          '`501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support ...` at connection.',
        howToFix:
          "Check and, after fixing the cause, request removal through Symantec's IP reputation removal site (ipremoval.sms.symantec.com).",
      },
    },
    references: [BROADCOM_CODES, SISIMAI],
    samples: [
      '501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support for more details about this error message.',
    ],
  },
  {
    id: 'other.messagelabs-recipient-blocklist',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [
      ['your email address has been blocked'],
      ['your domain has been blocked'],
      ['your email address has been blacklisted'],
      ['your domain has been blacklisted'],
    ],
    requiresProvider: false,
    reason: 'filtered',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: "Email Security.cloud: on recipient's block list",
        description:
          'The recipient organisation put your address or domain on its private block list in Email Security.cloud.',
        whenYouSeeIt:
          '`553 Sorry, your email address has been blocked` or `553-Sorry, your domain has been blacklisted`.',
        howToFix: 'Contact the recipient by another channel and ask them to add you to their approved senders list.',
      },
    },
    references: [BROADCOM_CODES, SISIMAI],
    samples: ['553 Sorry, your email address has been blocked', '553-Sorry, your domain has been blacklisted'],
  },
  {
    id: 'other.messagelabs-tls-required',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['tls/sslv3 connection required']],
    requiresProvider: false,
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Email Security.cloud: TLS required',
        description: 'The recipient enforces Boundary Encryption in Email Security.cloud, so the session must use TLS.',
        whenYouSeeIt: '`451 TLS/SSLv3 Connection required. (#4.7.1)` at RCPT TO; Postfix defers.',
        howToFix:
          'Enable STARTTLS toward that destination (Postfix `smtp_tls_security_level = may` or `encrypt` for it) and make sure nothing strips STARTTLS.',
      },
    },
    references: [BROADCOM_CODES, SISIMAI],
    samples: ['451 TLS/SSLv3 Connection required. (#4.7.1)'],
  },
  {
    id: 'other.messagelabs-stray-linefeeds',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['stray linefeeds']],
    requiresProvider: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Email Security.cloud: bare line feeds',
        description:
          'The message body contains a line feed (LF) without a preceding carriage return, which RFC 5322 forbids.',
        whenYouSeeIt: '`553 Stray linefeeds in message (#5.6.2)` after end of DATA.',
        howToFix:
          'Fix the generating application so it ends every line with CRLF, or let your MTA normalise line endings.',
      },
    },
    references: [
      BROADCOM_CODES,
      {
        kind: 'rfc',
        title: 'RFC 5322 §2.3 body lines end with CRLF',
        url: 'https://www.rfc-editor.org/rfc/rfc5322#section-2.3',
      },
    ],
    samples: ['553 Stray linefeeds in message (#5.6.2)'],
  },
  // Amazon SES as the sending platform
  {
    id: 'other.amazon-ses-suppressed',
    provider: 'other',
    codes: [],
    enhanced: [],
    match: [['onaccountsuppressionlist'], ['permanent/suppressed']],
    requiresProvider: false,
    reason: 'suppressed',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Amazon SES: address suppressed',
        description:
          'Amazon SES did not try to deliver because the address is on the suppression list of your SES account (after an earlier hard bounce or complaint) or on the SES global list.',
        whenYouSeeIt:
          'A bounce from SES with type `Permanent` and subtype `Suppressed` or `OnAccountSuppressionList`, relayed into your logs when SES is the smarthost.',
        howToFix:
          'Treat it like the original hard bounce. Remove the address from the SES account suppression list only if you know it works again; otherwise drop it from your lists.',
      },
    },
    references: [
      {
        kind: 'provider',
        title: 'Amazon SES API v2: SuppressionAttributes (account-level suppression list)',
        url: 'https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SuppressionAttributes.html',
      },
      SISIMAI,
    ],
    samples: ['550 Permanent/Suppressed: OnAccountSuppressionList'],
  },
];

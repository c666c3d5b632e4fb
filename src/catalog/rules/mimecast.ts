/**
 * Mimecast (cloud mail gateway in front of many company domains). Its replies usually end with a
 * `https://community.mimecast.com/docs/DOC-1369#550` link and a bracketed session tag such as
 * `[AbCd.us123]`, and its MX hosts are `*.mimecast.com`.
 *
 * Sources: Mimecast's "SMTP Error Codes" support article (fact base §3.5, rows MC01-MC20, checked
 * against Sisimai's go-sisimai `rhost/for-mimecast.go`), real rejection texts collected by Word to
 * the Wise (2018) and the dwli.org ListManager note (451 greylisting).
 *
 * Order: texts that name their own cause come first (authentication, personal and policy blocks,
 * reputation), then the shorter phrases that only make sense once the remote is known to be
 * Mimecast (`requiresProvider: true`: "Invalid Recipient", "Too many recipients", "Mail loop
 * detected", "Incorrect authentication data" is also Exim's own wording). Within the blocks, the
 * envelope "sender invalid" texts precede "envelope blocked", and the personal "User Entry" block
 * precedes the organisation-wide "Administrative prohibition".
 */
import type { MessageRule, Reference } from '../types.js';

const MIMECAST_ERROR_CODES: Reference = {
  kind: 'provider',
  title: 'Mimecast: SMTP error codes (Policies)',
  url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
};

const MIMECAST_COMMUNITY_CODES: Reference = {
  kind: 'provider',
  title: 'Mimecast Community: Mimecast SMTP Error Codes',
  url: 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754',
};

const MIMECAST_BLOCKED_SENDERS: Reference = {
  kind: 'provider',
  title: 'Mimecast: Managing Blocked Senders and Email Rejections',
  url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections',
};

export const MIMECAST_RULES: readonly MessageRule[] = [
  {
    id: 'mimecast.auth-sender-invalid',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['sender invalid', 'envelope rejected']],
    requiresProvider: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: SPF/DKIM/DMARC check failed',
        description:
          'The Mimecast gateway of the recipient ran its DNS authentication policy and the message failed it: the sending IP is not in the SPF record, the DKIM signature does not verify, or DMARC fails for the From: domain.',
        whenYouSeeIt:
          'Postfix `status=bounced (host ...mimecast.com[...] said: 550 SPF Sender Invalid - envelope rejected - https://community.mimecast.com/...)`, or the DKIM/DMARC variant; Exim logs the same text on a `**` line.',
        howToFix:
          'Add the sending IP or its include to the SPF record of the envelope-sender domain, make sure the DKIM key in DNS matches the signing key, then resend. Only the recipient admin can relax the Mimecast "DNS Authentication - Inbound" policy.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: [
      '550 SPF Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [Ab12Cd34Ef.uk21]',
      '550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550',
    ],
  },
  {
    id: 'mimecast.personal-block',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [
      ['envelope blocked', 'user entry'],
      ['envelope blocked', 'user domain entry'],
      ['manually blocked senders'],
    ],
    requiresProvider: false,
    reason: 'filtered',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: recipient blocked you',
        description:
          'The recipient person (not the organisation) has put your address or your whole domain on their own Mimecast blocked-senders list.',
        whenYouSeeIt:
          'A `550 Envelope blocked - User Entry` (address) or `User Domain Entry` (domain) reply from a `*.mimecast.com` host, logged as `status=bounced` by Postfix or `**` by Exim. It affects only that recipient.',
        howToFix:
          'Nothing on your servers will change this: contact the recipient by another channel and ask them to remove the entry from their Managed Senders list in Mimecast. Stop resending until they confirm.',
      },
    },
    references: [MIMECAST_ERROR_CODES, MIMECAST_BLOCKED_SENDERS],
    samples: [
      '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550',
      '550 Envelope blocked - User Domain Entry - https://community.mimecast.com/docs/DOC-1369#550 [Xy98Zw76.eu12]',
    ],
  },
  {
    id: 'mimecast.header-blocked-senders',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['header', 'blocked senders'], ['block policy for envelope from']],
    requiresProvider: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: Blocked Senders policy',
        description:
          'An organisation-wide Blocked Senders policy at the recipient matched the header From: or envelope sender of the message.',
        whenYouSeeIt:
          'A 550 reply such as `Rejected by header based Blocked Senders - Block policy for Header From` from a Mimecast host, at end of DATA (header From) or at MAIL FROM (envelope).',
        howToFix:
          "Ask the recipient's Mimecast administrator to remove or narrow the policy entry; if your domain was blocked after a compromise or spam run, fix that first and say so in the request.",
      },
    },
    references: [MIMECAST_ERROR_CODES, MIMECAST_BLOCKED_SENDERS],
    samples: [
      '550 Rejected by header based Blocked Senders - Block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550',
      '550 Envelope rejected - Block policy for envelope from address - https://community.mimecast.com/docs/DOC-1369#550',
    ],
  },
  {
    id: 'mimecast.administrative-prohibition',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['administrative prohibition', 'envelope blocked']],
    requiresProvider: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: envelope blocked by policy',
        description:
          'A Mimecast Blocked Senders policy matched your envelope sender or domain, or Mimecast rejected the message on an SPF hard fail.',
        whenYouSeeIt:
          '`550 Administrative prohibition - envelope blocked` from a `*.mimecast.com` MX, usually right after MAIL FROM or RCPT TO; Postfix logs `status=bounced`, Exim `**`.',
        howToFix:
          'Check that SPF passes for the envelope-sender domain (a `-all` record that misses the sending IP triggers this too). If SPF is fine, the recipient admin must change the Blocked Senders policy.',
      },
    },
    references: [MIMECAST_ERROR_CODES, MIMECAST_BLOCKED_SENDERS],
    samples: ['550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550'],
  },
  {
    id: 'mimecast.anti-spoofing',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['anti-spoofing policy']],
    requiresProvider: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: anti-spoofing policy',
        description:
          "The message claims to come from the recipient's own domain (in the envelope or the From: header) but arrived from outside, so Mimecast treats it as impersonation.",
        whenYouSeeIt:
          "`550 Anti-Spoofing policy - Inbound not allowed` or `Rejected by header-based Anti-Spoofing policy` from a Mimecast host; typical for a third-party platform (newsletter tool, ticket system, scanner) sending as the customer's own domain.",
        howToFix:
          'Send with your own domain as the sender, or have the recipient admin add an Anti-Spoofing exception for your sending IPs or envelope sender. Make sure SPF and DKIM pass for the domain you use.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: [
      '550 Anti-Spoofing policy - Inbound not allowed - https://community.mimecast.com/docs/DOC-1369#550',
      '550 Rejected by header-based Anti-Spoofing policy: bob@example.org - https://community.mimecast.com/docs/DOC-1369#550',
    ],
  },
  {
    id: 'mimecast.content-examination',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['content examination policy']],
    requiresProvider: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: content examination policy',
        description:
          'A Content Examination policy of the recipient matched words, attachments or patterns in the message and bounced it.',
        whenYouSeeIt:
          'A 550 reply mentioning `Message bounced due to content examination policy` after end of DATA, from a Mimecast host.',
        howToFix:
          'Ask the recipient which rule matched; remove the offending content or attachment, or have their admin add a bypass for your sender.',
      },
    },
    references: [MIMECAST_COMMUNITY_CODES],
    samples: [
      '550 Message bounced due to Content Examination policy - https://community.mimecast.com/docs/DOC-1369#550',
    ],
  },
  {
    id: 'mimecast.ip-reputation',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['local ct ip reputation']],
    requiresProvider: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: poor IP reputation',
        description:
          "Mimecast's ongoing reputation checks scored the sending IP too low and rejected the message; it often follows a run of 451 deferrals.",
        whenYouSeeIt:
          '`550 Local CT IP Reputation - (reject)` from a `*.mimecast.com` host, for many recipients behind Mimecast at once.',
        howToFix:
          "Find what hurt the IP (spam complaints, a compromised account, sudden volume), fix it and request a review of the IP range through Mimecast's sender feedback form; a recipient can add a Permitted Senders policy meanwhile.",
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: [
      '550 Local CT IP Reputation - (reject) - https://community.mimecast.com/docs/DOC-1369#550 [Qw12Er34.us45]',
    ],
  },
  {
    id: 'mimecast.greylisting',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['internal resource', 'temporarily unavailable']],
    requiresProvider: false,
    reason: 'greylisted',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: greylisting deferral',
        description:
          'Mimecast has not seen this combination of sending IP, envelope sender and recipient before and asks the client to come back later; the same text is used while a reputation check is pending.',
        whenYouSeeIt:
          '`451 Internal resource(s) temporarily unavailable` at RCPT TO, logged by Postfix as `status=deferred` and by Exim on an `==` line. It normally clears on the next retry after a minute or more.',
        howToFix:
          'Let the queue retry from the same IP. It keeps failing when every message uses a new envelope sender (VERP bounce addresses) or retries leave from different IPs; only a recipient-side Auto Allow or Permitted Senders policy skips the check.',
      },
    },
    references: [
      MIMECAST_ERROR_CODES,
      {
        kind: 'other',
        title: 'DWLI: Emails not sending to Mimecast recipients (451 greylisting)',
        url: 'https://dwlistore.dwli.org/knowledgebase/444/Emails-Not-Sending-to-Mimecast-Recipients-.html',
      },
    ],
    samples: [
      '451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [Aj3QXapeMpqZYaeFwWhjzw.us32]',
      '451 Internal resources are temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451',
    ],
  },
  {
    id: 'mimecast.ip-temporarily-blocked',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['ip temporarily blacklisted']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: IP temporarily blocked',
        description:
          'Mimecast put the sending IP on a short-lived block list after too many invalid connections or recipients from it.',
        whenYouSeeIt:
          '`451 IP temporarily blacklisted` from a Mimecast host; every recipient behind Mimecast is deferred for a while.',
        howToFix:
          'Back off and let the queue retry. Find the cause: a list with many dead addresses, or outbound/journal traffic sent to Mimecast from an IP that is not registered for it.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['451 IP temporarily blacklisted - https://community.mimecast.com/docs/DOC-1369#451'],
  },
  {
    id: 'mimecast.security-policies',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['email rejected due to security policies']],
    requiresProvider: false,
    reason: 'spam',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: rejected by security scan',
        description:
          "Mimecast's scanners found a virus signature in the message or gave it a spam score above the maximum; the reply does not say which.",
        whenYouSeeIt:
          '`554 Email rejected due to security policies` after end of DATA from a Mimecast host (`status=bounced` in Postfix).',
        howToFix:
          'Scan the message and its attachments; review content, links and list consent. A recipient can bypass the spam check with a Permitted Senders policy, but not the anti-virus check.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554'],
  },
  {
    id: 'mimecast.open-relay',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['open relay not allowed'], ['open relay is not allowed']],
    requiresProvider: false,
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: open relay not allowed',
        description:
          'Neither the sender nor the recipient domain belongs to a Mimecast customer reachable through this host, or the connecting IP is not an authorised outbound address of the customer.',
        whenYouSeeIt:
          '`451 Open relay not allowed` from a Mimecast host. Typical when an MX record still points at Mimecast after the domain left it, or when a Mimecast customer relays outbound from an unregistered IP.',
        howToFix:
          'Check the MX records of the recipient domain. If you are the Mimecast customer, register the sending IP as an authorised outbound address with Mimecast support.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451'],
  },
  {
    id: 'mimecast.size-exceeded',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['maximum email size exceeded']],
    requiresProvider: false,
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: message too large',
        description:
          'The message is bigger than the Email Size Limit policy of the recipient or the Mimecast service limit; encoding adds about a third to the attachment size.',
        whenYouSeeIt:
          '`554 Maximum email size exceeded` from a Mimecast host, at MAIL FROM (declared SIZE) or end of DATA.',
        howToFix: 'Send large files as links, or split or compress the attachments and resend.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554'],
  },
  {
    id: 'mimecast.tls-required',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['this route requires'], ['configuration is invalid for this certificate']],
    requiresProvider: false,
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: TLS policy not met',
        description:
          'A Secure Receipt or Secure Delivery policy requires TLS for this route, or TLS 1.2 or newer, or strong ciphers, and the session did not meet it.',
        whenYouSeeIt:
          '`553 This route requires encryption (TLS)`, `... TLS version 1.2 or greater` or `... high-strength ciphers` from a Mimecast host.',
        howToFix:
          'Enable STARTTLS toward the destination (Postfix `smtp_tls_security_level = may` or stronger, Exim `hosts_try_tls`), allow TLS 1.2+, and check that no firewall strips STARTTLS from EHLO.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: [
      '553 This route requires encryption (TLS) - https://community.mimecast.com/docs/DOC-1369#553',
      '553 This route requires TLS version 1.2 or greater - https://community.mimecast.com/docs/DOC-1369#553',
    ],
  },
  {
    id: 'mimecast.geo-restriction',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['host network not allowed'], ['host network, not allowed']],
    requiresProvider: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: geographic restriction',
        description:
          'The recipient organisation blocks mail from the country or network the sending IP belongs to (Geographical Restriction policy).',
        whenYouSeeIt: '`554 Host network not allowed` from a Mimecast host, for every message from that IP.',
        howToFix:
          'Only the recipient admin can amend the policy; otherwise send through a relay located in an allowed region.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554'],
  },
  {
    id: 'mimecast.inbound-disabled',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['account inbounds disabled']],
    requiresProvider: false,
    reason: 'not-accept',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: customer inbound disabled',
        description:
          'Inbound mail for the whole Mimecast customer account is switched off in its administration console.',
        whenYouSeeIt: '`451 Account inbounds disabled` from a Mimecast host for every recipient of that organisation.',
        howToFix:
          'Nothing to fix on the sending side; the queue retries. Tell the recipient organisation, which must re-enable inbound mail or contact Mimecast.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['451 Account inbounds disabled - https://community.mimecast.com/docs/DOC-1369#451'],
  },
  {
    id: 'mimecast.incorrect-inbound-hostname',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['incorrect hostname used for inbounds']],
    requiresProvider: false,
    reason: 'system-error',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: MX points at wrong host',
        description:
          "The recipient domain's MX record points at a Mimecast outbound or journaling hostname instead of an inbound one.",
        whenYouSeeIt: '`451` or `550 The incorrect hostname used for inbounds` from a Mimecast host.',
        howToFix:
          'The recipient must correct its MX records to the inbound Mimecast hosts of its region; report it to their postmaster.',
      },
    },
    references: [MIMECAST_COMMUNITY_CODES],
    samples: ['451 The incorrect hostname used for inbounds - https://community.mimecast.com/docs/DOC-1369#451'],
  },
  {
    id: 'mimecast.invalid-recipient',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['invalid recipient']],
    requiresProvider: true,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Mimecast: recipient does not exist',
        description:
          "Mimecast's recipient validation (known recipients, LDAP or SMTP call-forward) did not find the address at the customer.",
        whenYouSeeIt:
          '`550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550` at RCPT TO, logged as `status=bounced` (Postfix) or `**` (Exim).',
        howToFix:
          'Remove or correct the address; repeated sends to invalid recipients can get the IP temporarily blocked by Mimecast.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [Zx09Cv87.us21]'],
  },
  {
    id: 'mimecast.too-many-recipients',
    provider: 'mimecast',
    codes: [452],
    enhanced: [],
    match: [['too many recipients']],
    requiresProvider: true,
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: more than 100 recipients',
        description:
          'Mimecast accepts 100 RCPT TO per message by default and asks the client to send the rest in a new transaction.',
        whenYouSeeIt:
          '`452 Too many recipients` for the 101st recipient; Postfix and Exim resend the remaining recipients by themselves.',
        howToFix:
          'Usually nothing. If the remaining recipients never arrive, a firewall SMTP fixup or ESMTP inspection (Cisco PIX/ASA) is hiding the 452 from the MTA: disable it, or cap recipients per message (Postfix `smtp_destination_recipient_limit`, Exim `max_rcpt`).',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['452 Too many recipients - https://community.mimecast.com/docs/DOC-1369#452'],
  },
  {
    id: 'mimecast.account-connection-limit',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['account service is temporarily unavailable']],
    requiresProvider: true,
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: too many connections',
        description:
          'The customer account already has the maximum number of concurrent inbound connections (20 by default).',
        whenYouSeeIt:
          '`451 Account service is temporarily unavailable` from a Mimecast host, while other sessions are open.',
        howToFix:
          'Lower the concurrency toward that destination (Postfix `smtp_destination_concurrency_limit` in a transport for it); the queue retries.',
      },
    },
    references: [MIMECAST_COMMUNITY_CODES],
    samples: ['451 Account service is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451'],
  },
  {
    id: 'mimecast.recipient-temporarily-unavailable',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['recipient temporarily unavailable']],
    requiresProvider: true,
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: recipient check not answering',
        description:
          "Mimecast could not validate the recipient because the customer's own directory or call-forward server did not answer in time.",
        whenYouSeeIt:
          '`451 Recipient temporarily unavailable` at RCPT TO from a Mimecast host; `status=deferred` in Postfix.',
        howToFix:
          'Let the queue retry. If it lasts for hours, tell the recipient organisation that its recipient validation behind Mimecast is failing.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['451 Recipient temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451'],
  },
  {
    id: 'mimecast.sender-address-blocked',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['sender address blocked']],
    requiresProvider: true,
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: sender IP blocked',
        description: 'A Blocked Senders policy of the recipient lists the sending IP address.',
        whenYouSeeIt:
          '`421 Sender address blocked` at connection or MAIL FROM from a Mimecast host; Postfix defers and retries.',
        howToFix: 'Ask the recipient admin to remove the entry; retrying alone will not help while the policy stays.',
      },
    },
    references: [MIMECAST_ERROR_CODES, MIMECAST_BLOCKED_SENDERS],
    samples: ['421 Sender address blocked - https://community.mimecast.com/docs/DOC-1369#421'],
  },
  {
    id: 'mimecast.mail-loop',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['mail loop detected']],
    requiresProvider: true,
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Mimecast: mail loop',
        description:
          'The message already carries more than 25 Received: headers, so Mimecast assumes it is circulating.',
        whenYouSeeIt:
          '`554 Mail loop detected` from a Mimecast host, usually for a forwarded or auto-redirected message.',
        howToFix:
          'Follow the Received: headers of the bounced copy to find the forwarding pair (two mailboxes or connectors forwarding to each other) and break it.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['554 Mail loop detected - https://community.mimecast.com/docs/DOC-1369#554'],
  },
  {
    id: 'mimecast.server-busy',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [
      ['unable to process connection'],
      ['unable to process an email at this time'],
      ['unable to process command'],
    ],
    requiresProvider: true,
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: server busy',
        description: 'The Mimecast node is at maximum load or hit an unspecified internal error.',
        whenYouSeeIt:
          '`421`/`451 Unable to process connection at this time` from a Mimecast host; deferred, not bounced.',
        howToFix: 'Nothing to do; the queue retries. Contact the recipient only if it lasts for many hours.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['451 Unable to process connection at this time - https://community.mimecast.com/docs/DOC-1369#451'],
  },
  {
    id: 'mimecast.message-ended-early',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['message ended early']],
    requiresProvider: true,
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: message truncated',
        description:
          'The message data stopped before a proper end-of-data marker, typically because a firewall or security device on the sending side cut or rewrote the SMTP stream.',
        whenYouSeeIt:
          '`451 Message ended early` from a Mimecast host after DATA, repeating on every retry of the same message.',
        howToFix:
          'Disable SMTP inspection features on your firewall (Cisco "fixup smtp" / MailGuard / ESMTP inspection) and check content filters that modify messages in transit.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['451 Message ended early - https://community.mimecast.com/docs/DOC-1369#451'],
  },
  {
    id: 'mimecast.submission-auth-failed',
    provider: 'mimecast',
    codes: [],
    enhanced: [],
    match: [['incorrect authentication data'], ['submitter failed to authenticate']],
    requiresProvider: true,
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mimecast: SMTP login failed',
        description:
          'Submission to Mimecast on port 587 requires authentication, and the username or Mimecast cloud password given was wrong.',
        whenYouSeeIt:
          'Postfix `SASL authentication failed; server ...mimecast.com said: 535 Incorrect authentication data`, or `550 Submitter failed to authenticate`.',
        howToFix:
          'Use an internal address known to Mimecast with its cloud password in the SASL password map (Postfix `smtp_sasl_password_maps`), or send over port 25 from an authorised IP instead.',
      },
    },
    references: [MIMECAST_ERROR_CODES],
    samples: ['535 Incorrect authentication data - https://community.mimecast.com/docs/DOC-1369#535'],
  },
];

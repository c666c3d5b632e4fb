/**
 * Proofpoint: the Proofpoint Protection Server / Essentials gateways (MX hosts `*.pphosted.com`,
 * `*.ppe-hosted.com`) and the Proofpoint Dynamic Reputation (PDR) IP blocklist, which many
 * receivers consult, Apple iCloud among them.
 *
 * Sources: fact base §3.6 (P01-P03); the wording of the PDR deferral was checked against
 * real replies quoted by Suped ("421 Deferred - see https://ipcheck.proofpoint.com/?ip=..."), the
 * "Local Policy Violation" text against Hunter College's Proofpoint notes, the Essentials SPF text
 * against a 2025 troubleshooting write-up (404andmore).
 *
 * Order: the temporary PDR deferral must be tested before the permanent block, because both
 * replies carry the same ipcheck.proofpoint.com link; the bare "Local Policy Violation" text is too
 * generic to trust unless the remote is known to be Proofpoint, so it comes last.
 */
import type { MessageRule, Reference } from '../types.js';

const PROOFPOINT_IPCHECK: Reference = {
  kind: 'provider',
  title: 'Proofpoint IP reputation lookup and delisting (ipcheck.proofpoint.com)',
  url: 'https://ipcheck.proofpoint.com/',
};

export const PROOFPOINT_RULES: readonly MessageRule[] = [
  {
    id: 'proofpoint.pdr-deferred',
    provider: 'proofpoint',
    codes: [421, 450, 451],
    enhanced: [],
    match: [
      ['deferred', 'proofpoint.com'],
      ['deferred', 'ip_reputation'],
    ],
    requiresProvider: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Proofpoint: deferred for IP reputation',
        description:
          "Proofpoint's dynamic reputation system is holding back mail from the sending IP for now; it is a temporary state that can precede a block, and the IP may look clean in the public lookup meanwhile.",
        whenYouSeeIt:
          'Postfix `status=deferred (host ...pphosted.com[...] said: 421 Deferred - see https://ipcheck.proofpoint.com/?ip=...)`, sometimes with `IP_REPUTATION`; Exim `==` lines. Messages may be accepted on a later retry or expire after days.',
        howToFix:
          'Slow down toward Proofpoint-protected domains, stop mail to stale or unengaged addresses, make sure SPF, DKIM and DMARC pass, and check the IP at ipcheck.proofpoint.com. If deferrals persist, escalate with the exact replies and timestamps.',
      },
    },
    references: [
      PROOFPOINT_IPCHECK,
      {
        kind: 'other',
        title: 'Suped: troubleshooting Proofpoint deferrals and IP reputation issues',
        url: 'https://www.suped.com/learn/email-deliverability/how-to-troubleshoot-proofpoint-deferrals-and-ip-reputation-issues',
      },
    ],
    samples: [
      '421 Deferred - see https://ipcheck.proofpoint.com/?ip=192.0.2.25',
      "421 Deferred - see https://ipcheck.proofpoint.com/?ip=192.0.2.25 Rejected by recipient's email security filter IP_REPUTATION",
    ],
  },
  {
    id: 'proofpoint.pdr-blocked',
    provider: 'proofpoint',
    codes: [],
    enhanced: [],
    match: [['ipcheck.proofpoint.com'], ['proofpoint.com/dnsbl-lookup']],
    requiresProvider: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Proofpoint: IP on reputation blocklist',
        description:
          'The sending IP is listed on the Proofpoint Dynamic Reputation blocklist, so every receiver that consults it (Proofpoint customers, Apple iCloud and others) refuses the connection or the message.',
        whenYouSeeIt:
          '`554 5.7.0` or `550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=...` (older replies link to `support.proofpoint.com/dnsbl-lookup.cgi`), often at connection or MAIL FROM, for many unrelated recipient domains at once.',
        howToFix:
          'Look the IP up at ipcheck.proofpoint.com, remove the cause (compromised account, spam run, list with spam traps), then use the delist request there, quoting a full bounce. Listings are dynamic and may expire by themselves once the traffic is clean.',
      },
    },
    references: [PROOFPOINT_IPCHECK],
    samples: [
      '554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.25',
      '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.25',
    ],
  },
  {
    id: 'proofpoint.essentials-spf-policy',
    provider: 'proofpoint',
    codes: [],
    enhanced: [],
    match: [["per sender's spf policy"], ['per senders spf policy']],
    requiresProvider: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Proofpoint Essentials: SPF rejected',
        description:
          "Proofpoint Essentials checked the SPF record of the sender's domain and the sending server is not authorised by it; a frequent case is outbound mail relayed through Essentials without its dispatch hosts in SPF.",
        whenYouSeeIt:
          "`550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514` (the code after the dash varies by region), for every message from that domain.",
        howToFix:
          'Add the sending hosts to the one SPF TXT record of the domain (for Essentials outbound, its regional dispatch host, e.g. `a:dispatch-us.ppe-hosted.com`), keep SPF under 10 DNS lookups, then resend.',
      },
    },
    references: [
      {
        kind: 'other',
        title: '404andmore: Proofpoint Essentials, fixing the 550 5.7.1 SPF rejected error',
        url: 'https://www.404andmore.com/proofpoint-essentials-fixing-the-550-5-7-1-spf-rejected-error/',
      },
      {
        kind: 'rfc',
        title: 'RFC 7208 §8.4 SPF "fail" result',
        url: 'https://www.rfc-editor.org/rfc/rfc7208#section-8.4',
      },
    ],
    samples: ["550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514"],
  },
  {
    id: 'proofpoint.local-policy-violation',
    provider: 'proofpoint',
    codes: [],
    enhanced: [],
    match: [['local policy violation']],
    requiresProvider: true,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Proofpoint: local policy violation',
        description:
          'A Proofpoint-protected site refused the sender; Proofpoint uses this generic text for clients found on the real-time blocklists it consults, and sites may attach it to their own rules as well.',
        whenYouSeeIt:
          '`550 5.7.0 Local Policy Violation` from a `*.pphosted.com` host, usually at connection or RCPT TO, logged as `status=bounced` or Exim `**`.',
        howToFix:
          'Check the sending IP at ipcheck.proofpoint.com and on the major DNSBLs, and request delisting where listed. If the IP is clean, ask the recipient admin which of their rules matched.',
      },
    },
    references: [
      PROOFPOINT_IPCHECK,
      {
        kind: 'other',
        title: 'Hunter College ICIT: Proofpoint spam interception ("5.7.0 Local Policy Violation")',
        url: 'https://www.hunter.cuny.edu/icit/help-docs/archive/proofpoint/spam-interception',
      },
    ],
    samples: ['550 5.7.0 Local Policy Violation'],
  },
];

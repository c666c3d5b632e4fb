/**
 * Postfix's own texts: what Postfix writes when it refuses a client (smtpd, postscreen, cleanup,
 * milter glue) and what its delivery agents write when they could not deliver (smtp, local, pipe,
 * qmgr). Remote servers that run Postfix send the same smtpd texts back to us, so the most common
 * of those appear twice: once as a remote reply we received, once as our own refusal.
 *
 * Sources: Postfix 3.12 source (github.com/vdukhovni/postfix: smtpd_check.c, smtpd.c, smtp_proto.c,
 * smtp_connect.c, smtp_addr.c, smtp_trouble.c, smtp_sasl_glue.c, qmgr_deliver.c, local/*, pipe.c,
 * postscreen/*, milter8.c, cleanup_strerror.c), postconf(5), POSTSCREEN_README, and the fact base
 * rows PF01-PF67 (ids in trailing comments). Samples are real log texts from the corpus
 * (FgForrest, fail2ban, crowdsec, wazuh, whyscream, kumina/Hsn723) where one exists; the rest are
 * built from the documented reply formats.
 *
 * Order (first match wins, lookup.ts):
 *   1. texts that quote other texts: the SASL and TLS wrappers, "refused to talk
 *      to me", address-verification results. They embed "connect to ...", "loops back to myself"
 *      or a whole remote reply, which the later rules would otherwise claim;
 *   2. delivery-agent explanations (no speaker: they are ours, but never occur in a refusal);
 *      specific causes before the "delivery temporarily suspended" fallback;
 *   3. texts that mean the same whoever said them (greylisting, the defer restriction);
 *   4. smtpd texts as a REMOTE Postfix says them to us (speaker 'remote', whoever must act is us).
 *      They come before the local ones so that a query without a speaker gets this reading;
 *   5. the same and further texts as OUR smtpd, postscreen or cleanup says them to a client
 *      (speaker 'local'), specific before general: anvil before "too many recipients",
 *      the milter default "Command rejected" last.
 */
import type { MessageRule, Reference } from '../types.js';

const SRC = 'https://github.com/vdukhovni/postfix/blob/master/postfix/src';

const SMTPD_CHECK: Reference = {
  kind: 'mta',
  title: 'Postfix source: smtpd_check.c',
  url: `${SRC}/smtpd/smtpd_check.c`,
};
const SMTPD_C: Reference = { kind: 'mta', title: 'Postfix source: smtpd.c', url: `${SRC}/smtpd/smtpd.c` };
const SMTPD_SASL: Reference = {
  kind: 'mta',
  title: 'Postfix source: smtpd_sasl_glue.c',
  url: `${SRC}/smtpd/smtpd_sasl_glue.c`,
};
const SMTP_PROTO: Reference = { kind: 'mta', title: 'Postfix source: smtp_proto.c', url: `${SRC}/smtp/smtp_proto.c` };
const SMTP_CONNECT: Reference = {
  kind: 'mta',
  title: 'Postfix source: smtp_connect.c',
  url: `${SRC}/smtp/smtp_connect.c`,
};
const SMTP_ADDR: Reference = { kind: 'mta', title: 'Postfix source: smtp_addr.c', url: `${SRC}/smtp/smtp_addr.c` };
const SMTP_TROUBLE: Reference = {
  kind: 'mta',
  title: 'Postfix source: smtp_trouble.c',
  url: `${SRC}/smtp/smtp_trouble.c`,
};
const SMTP_SASL: Reference = {
  kind: 'mta',
  title: 'Postfix source: smtp_sasl_glue.c',
  url: `${SRC}/smtp/smtp_sasl_glue.c`,
};
const QMGR_DELIVER: Reference = {
  kind: 'mta',
  title: 'Postfix source: qmgr_deliver.c',
  url: `${SRC}/qmgr/qmgr_deliver.c`,
};
const CLEANUP_STRERROR: Reference = {
  kind: 'mta',
  title: 'Postfix source: cleanup_strerror.c',
  url: `${SRC}/global/cleanup_strerror.c`,
};
const MILTER8: Reference = { kind: 'mta', title: 'Postfix source: milter8.c', url: `${SRC}/milter/milter8.c` };
const PIPE_C: Reference = { kind: 'mta', title: 'Postfix source: pipe.c', url: `${SRC}/pipe/pipe.c` };
const POSTSCREEN_README: Reference = {
  kind: 'mta',
  title: 'Postfix POSTSCREEN_README',
  url: 'https://www.postfix.org/POSTSCREEN_README.html',
};
const POSTSCREEN_SMTPD: Reference = {
  kind: 'mta',
  title: 'Postfix source: postscreen_smtpd.c',
  url: `${SRC}/postscreen/postscreen_smtpd.c`,
};
const ADDRESS_VERIFICATION: Reference = {
  kind: 'mta',
  title: 'Postfix ADDRESS_VERIFICATION_README',
  url: 'https://www.postfix.org/ADDRESS_VERIFICATION_README.html',
};
const TLS_README: Reference = {
  kind: 'mta',
  title: 'Postfix TLS_README',
  url: 'https://www.postfix.org/TLS_README.html',
};

export const POSTFIX_RULES: readonly MessageRule[] = [
  // ── 1. Texts that quote other texts ────────────────────────────────────────────────────────
  {
    id: 'postfix.smtp-sasl-failed', // PF64
    provider: 'postfix',
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sasl authentication failed; server'], ['sasl authentication failed; cannot authenticate to server']],
    requiresProvider: false,
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Our login to the relay failed',
        description:
          'Our Postfix SMTP client tried SMTP AUTH against the next hop (usually a relayhost or smarthost) and the server refused the credentials or offered no usable mechanism.',
        whenYouSeeIt:
          'A postfix/smtp deferral reading "SASL authentication failed; server X said: 535 ..." for every message routed through that relay.',
        howToFix:
          'Check the entry for that relay in smtp_sasl_password_maps (host name and port must match the relayhost exactly), run postmap on the file, and compare smtp_sasl_mechanism_filter with what the server offers.',
      },
    },
    references: [
      SMTP_SASL,
      { kind: 'mta', title: 'Postfix SASL_README', url: 'https://www.postfix.org/SASL_README.html' },
    ],
    samples: [
      'SASL authentication failed; server xyz.example.com[1.2.3.4] said: 535 5.7.8 Error: authentication failed: authentication failure',
    ],
  },
  {
    id: 'postfix.smtp-tls-refused-starttls', // PF61 (variant)
    provider: 'postfix',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['tls is required, but host', 'refused to start tls']],
    requiresProvider: false,
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Server refused STARTTLS we require',
        description:
          'Our TLS policy for this destination demands encryption; the server announced STARTTLS but answered the command with an error, so Postfix would not continue in plain text.',
        whenYouSeeIt:
          'Deferrals reading "TLS is required, but host X refused to start TLS:" followed by the server reply, typically with smtp_tls_security_level=encrypt or a per-site policy in smtp_tls_policy_maps.',
        howToFix:
          'Ask the receiving administrator to fix their TLS setup (the quoted reply often says "TLS not available due to local problem"); until then relax the entry for that domain in smtp_tls_policy_maps.',
      },
    },
    references: [SMTP_PROTO, TLS_README],
    samples: [
      'TLS is required, but host mx.example.net[192.0.2.25] refused to start TLS: 454 4.7.0 TLS not available due to local problem',
    ],
  },
  {
    id: 'postfix.smtp-requiretls', // PF63
    provider: 'postfix',
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['requiretls failure'], ['sender requested requiretls']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'REQUIRETLS could not be honoured',
        description:
          'The sender asked for REQUIRETLS (RFC 8689) and no next hop offered TLS with a verified certificate, so Postfix 3.12 or later returns the message instead of sending it unprotected.',
        whenYouSeeIt:
          'Bounces or deferrals starting "REQUIRETLS Failure: sender requested REQUIRETLS, but ..." with dsn 5.7.30 (no TLS offered) or 5.7.10 (no trusted certificate).',
        howToFix:
          'The destination must offer STARTTLS with a certificate that verifies; otherwise the sender has to resend without REQUIRETLS. Nothing on our side can weaken this safely.',
      },
    },
    references: [
      SMTP_PROTO,
      { kind: 'rfc', title: 'RFC 8689 (SMTP Require TLS Option)', url: 'https://www.rfc-editor.org/rfc/rfc8689' },
    ],
    samples: [
      'REQUIRETLS Failure: sender requested REQUIRETLS, but TLS service was not offered by host mx.example.net[192.0.2.25]',
    ],
  },
  {
    id: 'postfix.smtp-tls-not-offered', // PF61
    provider: 'postfix',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: ['4.7.4'],
    match: [['tls is required, but was not offered by host']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Required TLS not offered',
        description:
          'Our policy for this destination requires TLS, but the server did not list STARTTLS in its EHLO reply, so Postfix refuses to send in clear text.',
        whenYouSeeIt:
          'Deferrals with dsn 4.7.4 reading "TLS is required, but was not offered by host X", under smtp_tls_security_level=encrypt (or stricter) or a per-site smtp_tls_policy_maps entry.',
        howToFix:
          'Check whether the remote really dropped STARTTLS (a firewall doing SMTP inspection often strips it); if the destination cannot do TLS, lower its entry in smtp_tls_policy_maps to "may".',
      },
    },
    references: [
      SMTP_PROTO,
      {
        kind: 'mta',
        title: 'postconf(5): smtp_tls_security_level',
        url: 'https://www.postfix.org/postconf.5.html#smtp_tls_security_level',
      },
    ],
    samples: ['TLS is required, but was not offered by host mx.example.net[192.0.2.25]'],
  },
  {
    id: 'postfix.smtp-tls-cert-unverified', // PF62
    provider: 'postfix',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: ['4.7.5'],
    match: [['server certificate not verified'], ['server certificate not trusted']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Server certificate failed verification',
        description:
          'TLS worked, but the certificate of the receiving server did not match the name or trust anchors our policy demands (verify, secure, dane or an MTA-STS policy), so Postfix stopped before MAIL FROM.',
        whenYouSeeIt:
          'Deferrals with dsn 4.7.5 reading "Server certificate not verified" (older Postfix: "not trusted"); the smtp TLS log lines just before show the certificate subject and the failed check.',
        howToFix:
          'Look at the remote certificate with posttls-finger; an expired or self-signed certificate or a wrong name must be fixed by the receiver. If the policy is ours and too strict, correct smtp_tls_policy_maps or the TLSA records in use.',
      },
    },
    references: [SMTP_PROTO, TLS_README],
    samples: ['Server certificate not verified'],
  },
  {
    id: 'postfix.smtp-tls-handshake', // PF62
    provider: 'postfix',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['cannot start tls: handshake failure'],
      ['tls is required, but our tls engine is unavailable'],
      ['tls is required, but unavailable'],
    ],
    requiresProvider: false,
    texts: {
      en: {
        title: 'TLS handshake failed',
        description:
          'The TLS negotiation with the server broke off, or our own TLS engine could not start, while TLS was mandatory for this delivery.',
        whenYouSeeIt:
          'Deferrals reading "Cannot start TLS: handshake failure" (dsn 4.7.5) or "TLS is required, but our TLS engine is unavailable"; postfix/smtp warnings with OpenSSL errors usually precede them.',
        howToFix:
          'Read the OpenSSL error before the deferral: protocol or cipher mismatches call for smtp_tls_mandatory_protocols / ciphers changes; an unavailable engine means our smtp_tls_* files or tlsmgr are broken.',
      },
    },
    references: [SMTP_PROTO, TLS_README],
    samples: ['Cannot start TLS: handshake failure', 'TLS is required, but our TLS engine is unavailable'],
  },
  {
    id: 'postfix.refused-to-talk-connections', // PF46 with a PF30 reply inside
    provider: 'postfix',
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['refused to talk to me', 'too many connections']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Greeting refused: connection limit',
        description:
          'The receiving server turned the session away at the greeting because we already hold too many connections to it (a remote Postfix with smtpd_client_connection_count_limit answers this way).',
        whenYouSeeIt:
          'Deferrals reading "host X refused to talk to me: 421 4.7.0 ... Error: too many connections from <our IP>"; Postfix tries the next MX and later retries.',
        howToFix:
          'Lower the parallelism toward that domain: a transport with a small *_destination_concurrency_limit (2 to 5) mapped for it in transport_maps. The queue delivers the rest on retry.',
      },
    },
    references: [
      SMTP_PROTO,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_client_connection_count_limit',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_client_connection_count_limit',
      },
    ],
    samples: [
      'host mx.smtp.cz[81.0.238.28] refused to talk to me: 421 4.7.0 mx.smtp.cz Error: too many connections from 81.95.98.2',
    ],
  },
  {
    id: 'postfix.refused-to-talk-rate', // PF46 with a rate-limit reply inside
    provider: 'postfix',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['refused to talk to me', 'too many messages'],
      ['refused to talk to me', 'too much mail'],
    ],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Greeting refused: sending rate',
        description:
          'The receiving server turned the session away at the greeting because we sent it more messages than it accepts from one client in its time window.',
        whenYouSeeIt:
          'Deferrals reading "host X refused to talk to me: 421 4.7.0 Too many messages." (or "too much mail"), usually in bursts during a campaign.',
        howToFix:
          'Spread the volume for that domain: a dedicated transport in transport_maps with a low concurrency and a destination rate delay. The queue delivers the rest later.',
      },
    },
    references: [
      SMTP_PROTO,
      {
        kind: 'mta',
        title: 'postconf(5): default_destination_rate_delay',
        url: 'https://www.postfix.org/postconf.5.html#default_destination_rate_delay',
      },
    ],
    samples: ['host eurotel.sanoma.cz[80.188.192.34] refused to talk to me: 421 4.7.0 Too many messages.'],
  },
  {
    id: 'postfix.refused-to-talk', // PF46
    provider: 'postfix',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['refused to talk to me']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Server refused us at greeting',
        description:
          'The receiving server answered the connection with an error instead of the 220 greeting, so no command was sent. This nearly always concerns our IP address: a blocklist, poor reputation, a missing PTR or a local ban.',
        whenYouSeeIt:
          'Lines reading "host X refused to talk to me: <reply>", often deferred even for 5xx replies because smtp_skip_5xx_greeting makes Postfix try the next MX first.',
        howToFix:
          'Read the quoted reply: look the sending IP up on the named list, check reverse DNS, and contact the receiver postmaster if the text gives an address. The queue retries, but a block will not lift on its own.',
      },
    },
    references: [
      SMTP_PROTO,
      {
        kind: 'mta',
        title: 'postconf(5): smtp_skip_5xx_greeting',
        url: 'https://www.postfix.org/postconf.5.html#smtp_skip_5xx_greeting',
      },
    ],
    samples: [
      'host mail.orangemail.sk[213.151.200.4] refused to talk to me: 421 4.7.0 Not allowed.',
      'host mg2.egov.bg[213.91.191.86] refused to talk to me: 450 4.3.2 try again later',
    ],
  },
  {
    id: 'postfix.unverified-address', // PF18, PF19 (temporary case)
    provider: 'postfix',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['rejected: unverified address'], ['address verification problem']],
    requiresProvider: false,
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Address verification not finished',
        description:
          'A Postfix server checks addresses with verify(8) probes (reject_unverified_recipient or reject_unverified_sender). The probe has not produced a final answer yet, or it was deferred, so the address is refused for now.',
        whenYouSeeIt:
          'Replies "450 4.1.1 <addr>: Recipient address rejected: unverified address: <why>"; the text after the colon is what the probe ran into (a connect error, a loop, an unknown user still cached as temporary).',
        howToFix:
          'Read the reason after "unverified address:". On our server fix the path to the downstream host that the probe uses; from a remote server, retrying is enough once their probe completes.',
      },
    },
    references: [SMTPD_CHECK, ADDRESS_VERIFICATION],
    samples: [
      '450 4.1.1 <ua9333666@wpublisher.cz>: Recipient address rejected: unverified address: unknown user: "ua9333666@wpublisher.cz"',
      '450 4.1.1 <u5493b55c@sh.cvut.cz>: Recipient address rejected: unverified address: mail for sh.cvut.cz loops back to myself',
      '450 4.1.1 <uf6a19d40@terminus.sk>: Recipient address rejected: unverified address: connect to platon.atlantis.sk[217.67.18.23]:25: Connection refused',
    ],
  },
  {
    id: 'postfix.remote-sender-undeliverable', // PF19, as said to us
    provider: 'postfix',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender address rejected: undeliverable address']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Our sender failed their callback',
        description:
          'The receiving Postfix probed our envelope sender address (reject_unverified_sender) and the probe bounced, so it refuses mail from that address.',
        whenYouSeeIt:
          'Remote replies "550 <sender>: Sender address rejected: undeliverable address: <why>", usually for noreply or bounce addresses of an application.',
        howToFix:
          'Make the MAIL FROM address accept mail (at least the probe with an empty sender), or send with a return path that exists.',
      },
    },
    references: [SMTPD_CHECK, ADDRESS_VERIFICATION],
    samples: [
      '550 5.1.8 <noreply@app.example.com>: Sender address rejected: undeliverable address: unknown user: "noreply"',
    ],
  },
  {
    id: 'postfix.remote-recipient-undeliverable', // PF17, as said to us
    provider: 'postfix',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['recipient address rejected: undeliverable address']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Recipient failed their verification',
        description:
          'The receiving Postfix forwards to an inner mail server and verified the recipient there first; the inner server said the mailbox does not exist.',
        whenYouSeeIt:
          'Remote replies "550 <rcpt>: Recipient address rejected: undeliverable address: host X said: 550 ..." at RCPT TO, quoting the inner server.',
        howToFix:
          'Treat it as an unknown user: remove or correct the address. The inner reply after "said:" tells which mailbox check failed.',
      },
    },
    references: [SMTPD_CHECK, ADDRESS_VERIFICATION],
    samples: [
      '550 <u2088aea6@ecoplanet.cz>: Recipient address rejected: undeliverable address: host 192.168.1.200[192.168.1.200] said: 550 u2088aea6@ecoplanet.cz... No such user (in reply to RCPT TO command)',
    ],
  },
  {
    id: 'postfix.sender-undeliverable', // PF19
    provider: 'postfix',
    reason: 'sender-rejected',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender address rejected: undeliverable address']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client sender failed our callback',
        description:
          'reject_unverified_sender on our server probed the envelope sender of the client and the probe bounced, so the message was refused.',
        whenYouSeeIt:
          'NOQUEUE reject lines "550 <sender>: Sender address rejected: undeliverable address: <why>" at RCPT time.',
        howToFix:
          'Working as intended for forged senders. A legitimate sender must use a return address that accepts mail; exempt it in an access table before reject_unverified_sender if needed.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unverified_sender',
        url: 'https://www.postfix.org/postconf.5.html#reject_unverified_sender',
      },
    ],
    samples: [
      '550 5.1.7 <bounce@nowhere.example>: Sender address rejected: undeliverable address: host nowhere.example[192.0.2.7] said: 550 5.1.1 No such user',
    ],
  },
  {
    id: 'postfix.recipient-undeliverable', // PF17
    provider: 'postfix',
    reason: 'user-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['recipient address rejected: undeliverable address']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Recipient failed our verification',
        description:
          'reject_unverified_recipient on our server probed the recipient on the downstream host and the probe bounced, so the client was refused at RCPT.',
        whenYouSeeIt:
          'NOQUEUE reject lines "550 5.1.1 <rcpt>: Recipient address rejected: undeliverable address: <why>" on a gateway or backup MX.',
        howToFix:
          'Usually the sender used a wrong address and nothing is to be done. If the mailbox should exist, fix it on the downstream server, then flush the cached result with postmap -d or by waiting for address_verify_negative_expire_time.',
      },
    },
    references: [SMTPD_CHECK, ADDRESS_VERIFICATION],
    samples: ['550 5.1.1 <user1@example.com>: Recipient address rejected: undeliverable address: verification failed'],
  },

  // ── 2. Delivery-agent explanations ─────────────────────────────────────────────────────────
  {
    id: 'postfix.smtp-connect-timeout', // PF49
    provider: 'postfix',
    reason: 'timeout',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: ['4.4.1'],
    match: [['connect to', 'connection timed out']],
    requiresProvider: false,
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Connection attempt timed out',
        description:
          'Our SMTP client sent a TCP connection request to the mail server and got no answer at all within smtp_connect_timeout (30 s). The packets are dropped somewhere, or the host is down.',
        whenYouSeeIt:
          'Deferrals with dsn 4.4.1 reading "connect to mx[ip]:25: Connection timed out". When every destination shows it, outbound port 25 is blocked on our network (common at cloud and residential providers).',
        howToFix:
          'Test with "nc -v mx 25" from the mail host. If all destinations fail, ask the provider to open port 25 or route through their relay (relayhost); if one destination fails, it is down or filtering us and the queue keeps retrying.',
      },
    },
    references: [
      SMTP_CONNECT,
      {
        kind: 'mta',
        title: 'postconf(5): smtp_connect_timeout',
        url: 'https://www.postfix.org/postconf.5.html#smtp_connect_timeout',
      },
    ],
    samples: ['connect to cetrum.cz[46.28.105.16]:25: Connection timed out'],
  },
  {
    id: 'postfix.smtp-connect-refused', // PF50
    provider: 'postfix',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: ['4.4.1'],
    match: [['connect to', 'connection refused']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Connection refused by the host',
        description:
          'The mail host answered the connection attempt with a TCP reset: it is up, but nothing accepts connections on port 25 or a firewall rejects us actively.',
        whenYouSeeIt:
          'Deferrals with dsn 4.4.1 reading "connect to host[ip]:25: Connection refused", sometimes after "delivery temporarily suspended:" once Postfix has marked the destination dead.',
        howToFix:
          'Check that the MX or A record of the domain points at a real mail server; if it does, the receiving side must start or open its SMTP service. The queue retries on its own until maximal_queue_lifetime.',
      },
    },
    references: [SMTP_CONNECT],
    samples: [
      'connect to michaela.com[176.74.176.167]:25: Connection refused',
      'delivery temporarily suspended: connect to SEYNAM.CZ[93.185.104.28]:25: Connection refused',
    ],
  },
  {
    id: 'postfix.smtp-connect-unreachable', // PF51
    provider: 'postfix',
    reason: 'network',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: ['4.4.1'],
    match: [
      ['connect to', 'no route to host'],
      ['connect to', 'network is unreachable'],
    ],
    requiresProvider: false,
    texts: {
      en: {
        title: 'No network route to host',
        description:
          'The kernel could not send the connection request at all: there is no route to that address, often an IPv6 address on a host without working IPv6.',
        whenYouSeeIt:
          'Deferrals with dsn 4.4.1 reading "connect to host[ip]:25: No route to host" or "Network is unreachable"; look whether the address in brackets is IPv6.',
        howToFix:
          'For IPv6 addresses without IPv6 connectivity set inet_protocols = ipv4 or smtp_address_preference = ipv4; otherwise check our routing and firewall, or the remote network is down.',
      },
    },
    references: [
      SMTP_CONNECT,
      {
        kind: 'mta',
        title: 'postconf(5): inet_protocols',
        url: 'https://www.postfix.org/postconf.5.html#inet_protocols',
      },
    ],
    samples: ['connect to mail.cps-cz.cz[199.80.62.165]:25: No route to host'],
  },
  {
    id: 'postfix.smtp-conversation-timeout', // PF48
    provider: 'postfix',
    reason: 'timeout',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: ['4.4.2'],
    match: [['conversation with', 'timed out while']],
    requiresProvider: false,
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Server stopped answering mid-session',
        description:
          'The connection was up, but the server did not answer a command within the matching smtp_*_timeout. The words after "while" say at which step it went silent.',
        whenYouSeeIt:
          'Deferrals with dsn 4.4.2 such as "conversation with mx[ip] timed out while receiving the initial server greeting" or "... while sending end of data -- message may be sent more than once".',
        howToFix:
          'A slow greeting is often deliberate tarpitting; a timeout after end of data means slow content scanning, and the "sent more than once" note warns of a possible duplicate. Let the queue retry; raise smtp_data_done_timeout only for a known slow partner.',
      },
    },
    references: [
      SMTP_TROUBLE,
      {
        kind: 'mta',
        title: 'postconf(5): smtp_data_done_timeout',
        url: 'https://www.postfix.org/postconf.5.html#smtp_data_done_timeout',
      },
    ],
    samples: ['conversation with mail.email.ru[194.67.1.204] timed out while receiving the initial server greeting'],
  },
  {
    id: 'postfix.smtp-lost-connection', // PF47
    provider: 'postfix',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: ['4.4.2'],
    match: [['lost connection with', 'while']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Server dropped the connection',
        description:
          'The server closed the TCP connection in the middle of the SMTP session without sending an error reply first. The words after "while" give the step.',
        whenYouSeeIt:
          'Deferrals with dsn 4.4.2 reading "lost connection with mx[ip] while receiving the initial server greeting", "... while sending RCPT TO" or "... while sending end of data".',
        howToFix:
          'Usually transient (overload, restarts), and the queue retries. If it repeats for one destination at the same step, suspect a silent policy drop of our IP or a middlebox that breaks SMTP or TLS, and ask the receiver.',
      },
    },
    references: [SMTP_TROUBLE],
    samples: [
      'lost connection with mail.gnail.com[203.158.21.1] while receiving the initial server greeting',
      'delivery temporarily suspended: lost connection with mta7.am0.yahoodns.net[98.136.216.22] while sending RCPT TO',
    ],
  },
  {
    id: 'postfix.dns-temporary-failure', // PF53
    provider: 'postfix',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: ['4.4.3'],
    match: [['name service error for name=', 'try again']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'DNS lookup failed temporarily',
        description:
          'The MX or address lookup for the destination got no usable answer: the resolver timed out or the domain name servers answered SERVFAIL (broken DNSSEC is a frequent cause).',
        whenYouSeeIt:
          'Deferrals with dsn 4.4.3 reading "Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again".',
        howToFix:
          'If many unrelated domains show it, our resolver is at fault: check /etc/resolv.conf and the local caching resolver. For one domain, test with "dig mx example.net +dnssec"; its operators must repair their DNS.',
      },
    },
    references: [SMTP_ADDR, { kind: 'mta', title: 'Postfix source: dns_lookup.c', url: `${SRC}/dns/dns_lookup.c` }],
    samples: ['Host or domain name not found. Name service error for name=joka.cz type=MX: Host not found, try again'],
  },
  {
    id: 'postfix.dns-host-not-found', // PF54
    provider: 'postfix',
    reason: 'host-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: ['5.4.4', '4.4.4'],
    match: [['name service error for name=', 'host not found']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Recipient domain does not exist',
        description:
          'DNS answered authoritatively that the recipient domain (or the host it points to) does not exist, so there is nowhere to deliver.',
        whenYouSeeIt:
          'Bounces with dsn 5.4.4 reading "Host or domain name not found. Name service error for name=example.net type=A: Host not found"; typos such as gmial.com or expired domains are typical.',
        howToFix:
          'Correct or remove the address; retrying will not help. If the domain is ours or should exist, check its delegation with "dig ns" from outside.',
      },
    },
    references: [SMTP_ADDR],
    samples: ['Host or domain name not found. Name service error for name=aazet.sk type=A: Host not found'],
  },
  {
    id: 'postfix.dns-no-usable-record', // PF55
    provider: 'postfix',
    reason: 'host-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [
      ['host found but no data record of requested type'],
      ['malformed or unexpected name server reply'],
      ['no mx host for', 'has a valid address record'],
    ],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Domain has no usable mail records',
        description:
          'The domain exists, but DNS gives nothing to connect to: no A/AAAA record where one was needed, MX targets without addresses, or a broken answer from its name servers.',
        whenYouSeeIt:
          'Bounces or deferrals with dsn 5.4.4 or 4.4.4 reading "Host found but no data record of requested type", "Malformed or unexpected name server reply" or "no MX host for X has a valid address record".',
        howToFix:
          'The owner of the domain must publish a working MX with resolvable targets. On our side, only check that the address was not mistyped (ahoo.com style domains often look like this).',
      },
    },
    references: [SMTP_ADDR, { kind: 'mta', title: 'Postfix source: dns_strerror.c', url: `${SRC}/dns/dns_strerror.c` }],
    samples: [
      'Host or domain name not found. Name service error for name=eurotel.sk type=A: Host found but no data record of requested type',
      'Name service error for name=ahoo.com type=MX: Malformed or unexpected name server reply',
    ],
  },
  {
    id: 'postfix.smtp-null-mx', // PF56, PF13 (recipient, as said by a remote Postfix)
    provider: 'postfix',
    reason: 'not-accept',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['does not accept mail (nullmx)']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Domain publishes null MX',
        description:
          'The recipient domain declares with a null MX record ("MX 0 .", RFC 7505) that it receives no mail at all, so delivery is pointless.',
        whenYouSeeIt:
          'Our delivery agent bounces with dsn 5.1.0 "Domain example.com does not accept mail (nullMX)", or a remote Postfix refuses with "556 5.1.10 ... Recipient address rejected: Domain ... does not accept mail (nullMX)".',
        howToFix:
          'Remove the address or reach the person another way; no retry or configuration change can deliver to that domain.',
      },
    },
    references: [
      SMTP_ADDR,
      { kind: 'rfc', title: 'RFC 7505 (null MX)', url: 'https://www.rfc-editor.org/rfc/rfc7505' },
    ],
    samples: ['Domain example.com does not accept mail (nullMX)'],
  },
  {
    id: 'postfix.loops-back-to-myself', // PF57
    provider: 'postfix',
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: ['5.4.6'],
    match: [['loops back to myself']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'MX points back at this server',
        description:
          'The best MX host for the domain is this very server, yet Postfix is not configured to accept the domain as local, virtual or relay, so it would only send the message to itself.',
        whenYouSeeIt:
          'Bounces with dsn 5.4.6 reading "mail for example.net loops back to myself", right after a domain was moved to this server or its MX changed.',
        howToFix:
          'List the domain in mydestination, virtual_mailbox_domains, virtual_alias_domains or relay_domains as intended; if the host sits behind NAT or a proxy, add the public address to proxy_interfaces.',
      },
    },
    references: [
      SMTP_ADDR,
      {
        kind: 'mta',
        title: 'postconf(5): proxy_interfaces',
        url: 'https://www.postfix.org/postconf.5.html#proxy_interfaces',
      },
    ],
    samples: ['mail for example.net loops back to myself'],
  },
  {
    id: 'postfix.no-primary-relay', // PF58
    provider: 'postfix',
    reason: 'host-unknown',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['unable to find primary relay for']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'No usable primary MX',
        description:
          'This server is listed as a lower-preference MX for the domain, and none of the better MX hosts could be resolved to an address, so Postfix has no host to pass the mail to.',
        whenYouSeeIt: 'Deferrals reading "unable to find primary relay for example.net", typically on a backup MX.',
        howToFix:
          'Check the MX records of the domain: the primary targets must have A/AAAA records. If this server is not meant to be a backup MX, remove it from the MX set or stop relaying for the domain.',
      },
    },
    references: [SMTP_ADDR],
    samples: ['unable to find primary relay for example.net'],
  },
  {
    id: 'postfix.smtp-message-too-big', // not in the fact base; smtp_proto.c
    provider: 'postfix',
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: ['5.3.4'],
    match: [['exceeds size limit', 'of server']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Message over server SIZE limit',
        description:
          'The receiving server announced a maximum message size in its EHLO reply (SIZE extension) and our message is larger, so Postfix does not even try to send it.',
        whenYouSeeIt:
          'Bounces with dsn 5.3.4 reading "message size 31457280 exceeds size limit 26214400 of server mx[ip]".',
        howToFix:
          'The sender must shrink the message or share attachments as links; the limit belongs to the receiver and cannot be negotiated per message.',
      },
    },
    references: [
      SMTP_PROTO,
      { kind: 'rfc', title: 'RFC 1870 (SIZE extension)', url: 'https://www.rfc-editor.org/rfc/rfc1870' },
    ],
    samples: ['message size 31457280 exceeds size limit 26214400 of server mx.example.net[192.0.2.25]'],
  },
  {
    id: 'postfix.local-unknown-user', // PF60
    provider: 'postfix',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: ['5.1.1'],
    match: [['unknown user: "']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'No such local user',
        description:
          'local(8) was asked to deliver to a name that is neither a UNIX account nor an alias on this host, and luser_relay is not set.',
        whenYouSeeIt:
          'Bounces with relay=local and dsn 5.1.1 reading unknown user: "name"; it happens when local_recipient_maps is empty, so smtpd accepted the address blindly.',
        howToFix:
          'Add the account or an entry in alias_maps (then run newaliases), or fix the address. Keeping local_recipient_maps set lets smtpd refuse such addresses up front instead of bouncing later.',
      },
    },
    references: [{ kind: 'mta', title: 'Postfix source: local/unknown.c', url: `${SRC}/local/unknown.c` }],
    samples: ['unknown user: "ghdsgfhdslfh"'],
  },
  {
    id: 'postfix.forwarding-loop', // PF59
    provider: 'postfix',
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: ['5.4.6'],
    match: [['mail forwarding loop for']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Delivered-To loop detected',
        description:
          'The message already carries a Delivered-To header for this very recipient, so it has passed this delivery point before; local(8) stops it here, and so do pipe(8) and smtp(8) when their D flag is set.',
        whenYouSeeIt:
          'Bounces with dsn 5.4.6 reading "mail forwarding loop for user@example.com" after alias, .forward or virtual alias changes.',
        howToFix:
          'Follow the Delivered-To headers of the bounced copy to find the two addresses that forward to each other, and break the cycle in aliases, .forward or virtual_alias_maps.',
      },
    },
    references: [PIPE_C, { kind: 'mta', title: 'Postfix source: local/recipient.c', url: `${SRC}/local/recipient.c` }],
    samples: ['mail forwarding loop for tom@example.com'],
  },
  {
    id: 'postfix.too-many-hops', // PF66
    provider: 'postfix',
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['too many hops']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Too many Received headers',
        description:
          'The message has more Received: headers than hopcount_limit (50 by default), which means it has been going round between servers.',
        whenYouSeeIt:
          'A bounce or a cleanup refusal "554 5.4.0 Error: too many hops", usually after forwarding between two systems that both think the other is the final destination.',
        howToFix:
          'Read the Received headers of the bounced copy to see which two hosts pass it back and forth, then fix their MX, transport or forwarding settings.',
      },
    },
    references: [
      CLEANUP_STRERROR,
      {
        kind: 'mta',
        title: 'postconf(5): hopcount_limit',
        url: 'https://www.postfix.org/postconf.5.html#hopcount_limit',
      },
    ],
    samples: ['554 5.4.0 Error: too many hops'],
  },
  {
    id: 'postfix.mailbox-quota', // PF67 (size or quota)
    provider: 'postfix',
    reason: 'mailbox-full',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['cannot update mailbox', 'file too large'],
      ['cannot update mailbox', 'quota exceeded'],
    ],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Local mailbox at its limit',
        description:
          'local(8) could not append to the mailbox file because it reached mailbox_size_limit (about 50 MB by default) or the user filesystem quota.',
        whenYouSeeIt:
          'Bounces with relay=local and dsn 5.2.2 reading "cannot update mailbox /var/mail/user for user user. error writing message: File too large" (or "Disk quota exceeded").',
        howToFix:
          'Have the user empty the mailbox, raise mailbox_size_limit (it must stay above message_size_limit) or the quota, or move to Maildir delivery.',
      },
    },
    references: [
      { kind: 'mta', title: 'Postfix source: local/mailbox.c', url: `${SRC}/local/mailbox.c` },
      {
        kind: 'mta',
        title: 'postconf(5): mailbox_size_limit',
        url: 'https://www.postfix.org/postconf.5.html#mailbox_size_limit',
      },
    ],
    samples: ['cannot update mailbox /var/mail/root for user root. error writing message: File too large'],
  },
  {
    id: 'postfix.mailbox-write-failed', // PF67 (other errors)
    provider: 'postfix',
    reason: 'mailer-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['cannot update mailbox']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Local mailbox could not be written',
        description:
          'local(8) failed to write the mailbox for a reason other than size: wrong path or type (a directory where a file is expected), permissions, or a lock file it could not create.',
        whenYouSeeIt:
          'Bounces or deferrals with relay=local reading "cannot update mailbox <path> for user <name>." followed by the system error, for example "cannot open file: Is a directory".',
        howToFix:
          'Compare home_mailbox and mail_spool_directory with what exists on disk (a trailing slash selects Maildir), then fix ownership and modes of the mailbox and its directory.',
      },
    },
    references: [{ kind: 'mta', title: 'Postfix source: local/mailbox.c', url: `${SRC}/local/mailbox.c` }],
    samples: ['cannot update mailbox /home/user/Maildir for user user. cannot open file: Is a directory'],
  },
  {
    id: 'postfix.pipe-command-failed', // not in the fact base; pipe.c
    provider: 'postfix',
    reason: 'mailer-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['command died with status'], ['command time limit exceeded']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Delivery command failed',
        description:
          'A pipe(8) or local(8) command delivery (procmail, maildrop, dovecot-lda, a script) exited with an error status or ran longer than its time limit.',
        whenYouSeeIt:
          'Bounces or deferrals reading "Command died with status N" plus the command, often with "Command output:" quoting the program; status 75 (EX_TEMPFAIL) defers, other codes bounce.',
        howToFix:
          'Run the command by hand as the user in master.cf (or the recipient) with a copy of the message; fix a missing binary (status 127), permissions or the script itself. Time limits are set by command_time_limit or <transport>_time_limit.',
      },
    },
    references: [PIPE_C, { kind: 'mta', title: 'Postfix pipe(8)', url: 'https://www.postfix.org/pipe.8.html' }],
    samples: ['Command died with status 127: "procmail -a "$EXTENSION"". Command output: sh: procmail: not found'],
  },
  {
    id: 'postfix.transport-unavailable', // not in the fact base; qmgr_deliver.c
    provider: 'postfix',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: ['4.3.0'],
    match: [['mail transport unavailable'], ['unknown mail transport error']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Delivery agent did not start',
        description:
          'The queue manager could not hand the message to the delivery process of its transport: the master.cf entry is missing or wrong, or the process crashed.',
        whenYouSeeIt:
          'Deferrals with dsn 4.3.0 reading "mail transport unavailable" or "unknown mail transport error", together with warning or fatal lines from that transport just before.',
        howToFix:
          'Find the earlier warning/fatal line naming the transport; check that every transport used in transport_maps or *_transport settings exists in master.cf, then run "postfix reload".',
      },
    },
    references: [QMGR_DELIVER],
    samples: ['mail transport unavailable'],
  },
  {
    id: 'postfix.delivery-suspended', // PF52
    provider: 'postfix',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['delivery temporarily suspended']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Destination marked dead',
        description:
          'After repeated failures the queue manager stops trying the destination for a while and defers its queued mail without a new attempt, quoting the last error.',
        whenYouSeeIt:
          'Deferrals starting "delivery temporarily suspended:" followed by the error that caused it; they come in bursts for all mail to one domain or relay.',
        howToFix:
          'Fix what the quoted error says; the suspension lifts by itself after the backoff, or at once with "postqueue -f".',
      },
    },
    references: [
      QMGR_DELIVER,
      {
        kind: 'mta',
        title: 'postconf(5): minimal_backoff_time',
        url: 'https://www.postfix.org/postconf.5.html#minimal_backoff_time',
      },
    ],
    samples: ['delivery temporarily suspended: unknown error'],
  },
  {
    id: 'postfix.queue-expired', // PF65
    provider: 'postfix',
    reason: 'expired',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['returned to sender']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Queue lifetime ran out',
        description:
          'The message stayed deferred until maximal_queue_lifetime (5 days by default; bounce_queue_lifetime for bounces) and was returned to its sender.',
        whenYouSeeIt:
          'qmgr lines "from=<...>, status=expired, returned to sender" (or force-expired after postsuper -e).',
        howToFix:
          'The cause is in the last status=deferred line of the same queue id; fix that. Shorten bounce_queue_lifetime if expired bounces of spam clutter the queue.',
      },
    },
    references: [
      {
        kind: 'mta',
        title: 'postconf(5): maximal_queue_lifetime',
        url: 'https://www.postfix.org/postconf.5.html#maximal_queue_lifetime',
      },
    ],
    samples: ['status=expired, returned to sender'],
  },
  {
    id: 'postfix.ok-queued', // PF44
    provider: 'postfix',
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    codes: [],
    enhanced: [],
    match: [['ok: queued as']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Accepted by a Postfix server',
        description: 'The next hop, running Postfix, accepted the message and gave it its own queue id.',
        whenYouSeeIt: 'status=sent lines ending "(250 2.0.0 Ok: queued as 153053D)".',
        howToFix: 'Nothing to do; follow the queue id on the next host if the message went missing after this point.',
      },
    },
    references: [SMTPD_C],
    samples: ['250 2.0.0 Ok: queued as 153053D'],
  },

  // ── 3. Texts that mean the same whoever said them ──────────────────────────────────────────
  {
    id: 'postfix.postgrey-greylisted', // PF23
    provider: 'postfix',
    reason: 'greylisted',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['address rejected: greylisted']],
    requiresProvider: false,
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Greylisted by postgrey',
        description:
          'The postgrey policy service (hooked in with check_policy_service) refuses the first attempt from an unknown sender, recipient and client triple and accepts a retry after a few minutes.',
        whenYouSeeIt:
          'Replies "450 4.2.0 <rcpt>: Recipient address rejected: Greylisted, see http://postgrey..." or "Greylisted for 300 seconds" at RCPT TO.',
        howToFix:
          'Nothing; the next retry passes. If it never does, the retries leave from changing IP addresses (a pool of outbound hosts), which the receiver must whitelist.',
      },
    },
    references: [
      { kind: 'other', title: 'postgrey(8)', url: 'https://postgrey.schweikert.ch/' },
      { kind: 'mta', title: 'Postfix SMTPD_POLICY_README', url: 'https://www.postfix.org/SMTPD_POLICY_README.html' },
    ],
    samples: [
      '450 4.2.0 <whatever-user@lists.example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/lists.example.org.html',
      '450 4.2.0 <u7c07dcb0@sitour.sk>: Recipient address rejected: Greylisted for 300 seconds',
    ],
  },
  {
    id: 'postfix.policyd-greylisted', // PF24 (daemon attribution UNSURE in the fact base)
    provider: 'postfix',
    reason: 'greylisted',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['is not yet authorized to deliver mail from']],
    requiresProvider: false,
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Greylisted by a policy daemon',
        description:
          'A greylisting policy service in front of the receiving Postfix holds off the first attempt from a new client, sender and recipient combination. Which daemon writes exactly this wording is not certain; policyd-style greylisting is the usual suspect.',
        whenYouSeeIt:
          'Replies "451 4.7.1 <ip> is not yet authorized to deliver mail from <sender> to <rcpt>. Please try later." at RCPT TO.',
        howToFix: 'Nothing; a retry from the same IP after the delay is accepted.',
      },
    },
    references: [
      { kind: 'mta', title: 'Postfix SMTPD_POLICY_README', url: 'https://www.postfix.org/SMTPD_POLICY_README.html' },
    ],
    samples: [
      '451-81.95.98.2 is not yet authorized to deliver mail from 451-<no-reply@directmail.fg.cz> to <u1c81d0da@accord-ece.com>. Please try 451 later.',
    ],
  },
  {
    id: 'postfix.defer-try-again', // PF22
    provider: 'postfix',
    reason: 'policy',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['rejected: try again later']],
    requiresProvider: false,
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Deferred by a defer restriction',
        description:
          'An smtpd restriction list ended in "defer" (or an access table returned DEFER), which always answers with a temporary refusal (defer_code, 450).',
        whenYouSeeIt:
          'Replies "450 4.3.2 <rcpt>: Recipient address rejected: Try again later" (or Sender / Client host rejected).',
        howToFix:
          'On our server look for defer and DEFER in smtpd_*_restrictions and access maps; from a remote server, retrying is all a sender can do unless their admin exempts us.',
      },
    },
    references: [
      SMTPD_CHECK,
      { kind: 'mta', title: 'postconf(5): defer_code', url: 'https://www.postfix.org/postconf.5.html#defer_code' },
    ],
    samples: ['450 4.3.2 <user@example.com>: Recipient address rejected: Try again later'],
  },

  // ── 4. smtpd texts as a remote Postfix says them to us ─────────────────────────────────────
  {
    id: 'postfix.remote-user-unknown-table', // PF01-PF04, as said to us
    provider: 'postfix',
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [
      ['user unknown in local recipient table'],
      ['user unknown in virtual mailbox table'],
      ['user unknown in virtual alias table'],
      ['user unknown in relay recipient table'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Recipient unknown to Postfix',
        description:
          'The Postfix server responsible for the domain looked the recipient up in its recipient table (local, virtual mailbox, virtual alias or relay) and did not find it: the mailbox does not exist.',
        whenYouSeeIt:
          'Replies "550 5.1.1 <rcpt>: Recipient address rejected: User unknown in virtual mailbox table" at RCPT TO (a 450 variant means the receiver runs with soft bouncing), or our own trivial-rewrite verdict "undeliverable-but-not-cached".',
        howToFix:
          'Remove or correct the address; repeated attempts to unknown users hurt our reputation. If the address should exist, its administrator must add it to the table named in the text.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'Postfix LOCAL_RECIPIENT_README',
        url: 'https://www.postfix.org/LOCAL_RECIPIENT_README.html',
      },
    ],
    samples: [
      '550 5.1.1 <u0d72c58e@satronet.sk>: Recipient address rejected: User unknown in virtual mailbox table',
      '550 5.1.1 <uaf4674ea@azte.sk>: Recipient address rejected: User unknown in local recipient table',
      '550 5.1.1 <u21144413@gamil.com>: Recipient address rejected: User unknown in virtual alias table',
      '550 5.1.1 <ucf956ee3@inmail.sk>: Recipient address rejected: User unknown in relay recipient table',
      '450 <u322e4d07@gfk.sk>: Recipient address rejected: User unknown in local recipient table',
    ],
  },
  {
    id: 'postfix.remote-relay-denied', // PF05, as said to us
    provider: 'postfix',
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['relay access denied']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote Postfix will not relay',
        description:
          'The server we connected to is not responsible for the recipient domain and does not know us as a permitted relay client (reject_unauth_destination).',
        whenYouSeeIt:
          'Replies "554 5.7.1 <rcpt>: Relay access denied" at RCPT TO, either from an MX that lost the domain from its relay_domains, or from a smarthost we use without logging in.',
        howToFix:
          'If the host is the MX of the domain, the domain owner has a configuration error (stale MX or relay_domains). If it is our relayhost, enable SMTP AUTH (smtp_sasl_auth_enable) or have our IP added to its mynetworks.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unauth_destination',
        url: 'https://www.postfix.org/postconf.5.html#reject_unauth_destination',
      },
    ],
    samples: ['554 5.7.1 <u7ec3254b@vse-pro-deti.cz>: Relay access denied'],
  },
  {
    id: 'postfix.remote-helo-rejected', // PF06-PF08, as said to us
    provider: 'postfix',
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['helo command rejected']],
    requiresProvider: false,
    speaker: 'remote',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Remote rejected our HELO name',
        description:
          'The receiving Postfix checks the name we give in EHLO and found it unqualified, syntactically invalid, not resolvable or listed in its access table.',
        whenYouSeeIt:
          'Replies such as "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname" or "450 4.7.1 <name>: Helo command rejected: Host not found", often at RCPT TO because checks are delayed.',
        howToFix:
          'Set smtp_helo_name (or myhostname) to a fully qualified public name with an A record, ideally the same name as the PTR of the sending IP.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): smtp_helo_name',
        url: 'https://www.postfix.org/postconf.5.html#smtp_helo_name',
      },
    ],
    samples: ['504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname'],
  },
  {
    id: 'postfix.remote-client-hostname', // PF09, PF10, as said to us
    provider: 'postfix',
    reason: 'require-ptr',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['client host rejected: cannot find your']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote wants reverse DNS for us',
        description:
          'The receiving Postfix runs reject_unknown_client_hostname or reject_unknown_reverse_client_hostname, and our sending IP has no PTR record, or the PTR name does not resolve back to the IP.',
        whenYouSeeIt:
          'Replies "450 4.7.25 Client host rejected: cannot find your hostname, [our IP]" (or "... reverse hostname") at the first restricted command.',
        howToFix:
          'Ask whoever owns the IP block for a PTR record naming the mail host, and publish an A/AAAA record for that name pointing back to the same IP (forward-confirmed reverse DNS).',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unknown_client_hostname',
        url: 'https://www.postfix.org/postconf.5.html#reject_unknown_client_hostname',
      },
    ],
    samples: ['450 4.7.25 Client host rejected: cannot find your hostname, [198.51.100.23]'],
  },
  {
    id: 'postfix.remote-sender-domain-not-found', // PF11, as said to us
    provider: 'postfix',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender address rejected: domain not found']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Our sender domain does not resolve',
        description:
          'The receiving Postfix runs reject_unknown_sender_domain and found neither MX nor A records for the domain of our envelope sender.',
        whenYouSeeIt:
          'Replies "450 4.1.8 <sender>: Sender address rejected: Domain not found", typically for mail from internal names like root@localhost.localdomain or host.local.',
        howToFix:
          'Send with a public, resolvable envelope sender: set myorigin, or rewrite internal senders with smtp_generic_maps or sender_canonical_maps.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): smtp_generic_maps',
        url: 'https://www.postfix.org/postconf.5.html#smtp_generic_maps',
      },
    ],
    samples: ['450 4.1.8 root@localhost.localdomain: Sender address rejected: Domain not found'],
  },
  {
    id: 'postfix.remote-access-denied', // PF21, as said to us
    provider: 'postfix',
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['rejected: access denied']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Blocked by a remote access rule',
        description:
          'An administrator of the receiving Postfix added a REJECT entry for our client, sender or recipient to an access(5) table, or a restriction list ends in reject.',
        whenYouSeeIt:
          'Replies "554 5.7.1 <addr>: Recipient address rejected: Access denied" (or Client host / Sender address / Helo command).',
        howToFix:
          'The text gives no reason by design; contact the postmaster of the receiving domain and ask why we are listed. The word before "rejected" tells which of our properties matched.',
      },
    },
    references: [
      SMTPD_CHECK,
      { kind: 'mta', title: 'Postfix access(5)', url: 'https://www.postfix.org/access.5.html' },
    ],
    samples: ['554 5.7.1 <u1595339c@avc.sk>: Recipient address rejected: Access denied'],
  },
  {
    id: 'postfix.remote-too-many-connections', // PF30, as said to us
    provider: 'postfix',
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['error: too many connections from']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote connection limit reached',
        description:
          'The receiving Postfix counts simultaneous connections per client (anvil, smtpd_client_connection_count_limit) or new connections per minute, and we exceeded it.',
        whenYouSeeIt: 'Replies "421 4.7.0 host Error: too many connections from <our IP>", at the greeting or later.',
        howToFix:
          'Give that destination its own transport via transport_maps with a low <transport>_destination_concurrency_limit (for example 2); the rest is retried.',
      },
    },
    references: [
      SMTPD_C,
      { kind: 'mta', title: 'Postfix TUNING_README', url: 'https://www.postfix.org/TUNING_README.html' },
    ],
    samples: ['421 4.7.0 mx.smtp.cz Error: too many connections from 81.95.98.2'],
  },
  {
    id: 'postfix.remote-rate-limit', // PF30, as said to us
    provider: 'postfix',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['error: too much mail from'],
      ['error: too many recipients from'],
      ['error: too many new tls sessions from'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote rate limit reached',
        description:
          'The receiving Postfix limits how many messages, recipients or TLS sessions one client may send per time unit (anvil rate limits), and we went over.',
        whenYouSeeIt:
          'Replies "450 4.7.1 Error: too much mail from <our IP>" at MAIL FROM, or "too many recipients from" at RCPT TO.',
        howToFix:
          'Slow down toward that domain: a dedicated transport with lower concurrency and a destination rate delay (default_destination_rate_delay); the queue retries the refused mail.',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_client_message_rate_limit',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_client_message_rate_limit',
      },
    ],
    samples: ['450 4.7.1 Error: too much mail from 81.95.98.2'],
  },
  {
    id: 'postfix.remote-message-size', // PF27, as said to us
    provider: 'postfix',
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['message size exceeds fixed limit'], ['message file too big']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Message over remote size limit',
        description: 'Our message is larger than message_size_limit of the receiving Postfix (10 MB by default).',
        whenYouSeeIt:
          'Replies "552 5.3.4 Message size exceeds fixed limit" at MAIL FROM, or "Error: message file too big" after DATA.',
        howToFix: 'The sender must shrink the message or send a link; the receiver alone can raise its limit.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): message_size_limit',
        url: 'https://www.postfix.org/postconf.5.html#message_size_limit',
      },
    ],
    samples: ['552 5.3.4 Message size exceeds fixed limit'],
  },
  {
    id: 'postfix.remote-starttls-required', // PF31, as said to us
    provider: 'postfix',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['must issue a starttls command first']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote requires STARTTLS first',
        description:
          'The receiving Postfix enforces TLS (smtpd_tls_security_level = encrypt) and our client sent a command before STARTTLS.',
        whenYouSeeIt: 'Replies "530 5.7.0 Must issue a STARTTLS command first" at MAIL FROM or AUTH.',
        howToFix:
          'Enable TLS in our client: smtp_tls_security_level = may (or encrypt for this destination) with a working CA setup.',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_tls_security_level',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_tls_security_level',
      },
    ],
    samples: ['530 5.7.0 Must issue a STARTTLS command first'],
  },
  {
    id: 'postfix.remote-auth-failed', // PF33, as said to us
    provider: 'postfix',
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['error: authentication failed']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote refused our password',
        description:
          'The relay we log in to (running Postfix with Dovecot or Cyrus SASL) did not accept the user name and password we sent.',
        whenYouSeeIt: 'Replies "535 5.7.8 Error: authentication failed: <backend reason>" to our AUTH command.',
        howToFix:
          'Update the credentials for that relay in smtp_sasl_password_maps, run postmap, and check the account is not locked on the relay.',
      },
    },
    references: [SMTPD_SASL, SMTP_SASL],
    samples: ['535 5.7.8 Error: authentication failed: authentication failure'],
  },

  // ── 5. Our own smtpd, postscreen and cleanup refusing a client ─────────────────────────────
  {
    id: 'postfix.unknown-local-recipient', // PF01
    provider: 'postfix',
    reason: 'user-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['user unknown in local recipient table']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'No such local recipient',
        description:
          'The recipient is in one of our mydestination domains but not in local_recipient_maps (UNIX accounts plus aliases by default).',
        whenYouSeeIt:
          'NOQUEUE reject lines "550 5.1.1 <rcpt>: Recipient address rejected: User unknown in local recipient table" (unknown_local_recipient_reject_code).',
        howToFix:
          'Working as intended when the sender mistyped or guessed. If the user should exist, create the account or an alias and run newaliases.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'Postfix LOCAL_RECIPIENT_README',
        url: 'https://www.postfix.org/LOCAL_RECIPIENT_README.html',
      },
    ],
    samples: ['550 5.1.1 <sales@server.com>: Recipient address rejected: User unknown in local recipient table'],
  },
  {
    id: 'postfix.unknown-virtual-mailbox', // PF02
    provider: 'postfix',
    reason: 'user-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['user unknown in virtual mailbox table']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'No such virtual mailbox',
        description:
          'The recipient domain is one of our virtual_mailbox_domains, but the address is missing from virtual_mailbox_maps.',
        whenYouSeeIt:
          'NOQUEUE reject lines "550 5.1.1 <rcpt>: Recipient address rejected: User unknown in virtual mailbox table" (unknown_virtual_mailbox_reject_code).',
        howToFix:
          'Normal for mistyped or guessed addresses. If the mailbox should exist, add it to the map (or the SQL/LDAP source behind it) and run postmap for file-based maps.',
      },
    },
    references: [
      SMTPD_CHECK,
      { kind: 'mta', title: 'Postfix VIRTUAL_README', url: 'https://www.postfix.org/VIRTUAL_README.html' },
    ],
    samples: [
      '550 5.1.1 <toernooicommissie@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    ],
  },
  {
    id: 'postfix.unknown-virtual-alias', // PF03
    provider: 'postfix',
    reason: 'user-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['user unknown in virtual alias table']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'No such virtual alias',
        description:
          'The recipient domain is one of our virtual_alias_domains, and virtual_alias_maps has no entry for the address.',
        whenYouSeeIt:
          'NOQUEUE reject lines "550 5.1.1 <rcpt>: Recipient address rejected: User unknown in virtual alias table" (unknown_virtual_alias_reject_code).',
        howToFix:
          'Normal for wrong addresses; otherwise add the alias (or a catch-all "@domain" entry on purpose) and run postmap.',
      },
    },
    references: [
      SMTPD_CHECK,
      { kind: 'mta', title: 'Postfix VIRTUAL_README', url: 'https://www.postfix.org/VIRTUAL_README.html' },
    ],
    samples: ['550 5.1.1 <info@alias.example>: Recipient address rejected: User unknown in virtual alias table'],
  },
  {
    id: 'postfix.unknown-relay-recipient', // PF04
    provider: 'postfix',
    reason: 'user-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['user unknown in relay recipient table']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Not a known relay recipient',
        description:
          'We relay the domain to an inner server and keep a list of its valid addresses in relay_recipient_maps; the address is not on that list.',
        whenYouSeeIt:
          'NOQUEUE reject lines "550 5.1.1 <rcpt>: Recipient address rejected: User unknown in relay recipient table" on a gateway (unknown_relay_recipient_reject_code).',
        howToFix:
          'Normal for wrong addresses; if the inner server has the mailbox, the exported list is stale and must be regenerated.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): relay_recipient_maps',
        url: 'https://www.postfix.org/postconf.5.html#relay_recipient_maps',
      },
    ],
    samples: [
      '550 5.1.1 <old.employee@example.com>: Recipient address rejected: User unknown in relay recipient table',
    ],
  },
  {
    id: 'postfix.relay-access-denied', // PF05
    provider: 'postfix',
    reason: 'relay-denied',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['relay access denied']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'We refused to relay',
        description:
          'reject_unauth_destination: the client is not in mynetworks, has not logged in, and the recipient domain is neither ours nor in relay_domains.',
        whenYouSeeIt:
          'NOQUEUE reject lines "554 5.7.1 <rcpt>: Relay access denied" (454 4.7.1 with defer_unauth_destination or soft settings). Bursts from one IP are open-relay probes.',
        howToFix:
          'Working as intended for strangers. One of our own users seeing it must submit on port 587 with SMTP AUTH; a trusted server belongs in mynetworks; a domain we should accept belongs in relay_domains.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unauth_destination',
        url: 'https://www.postfix.org/postconf.5.html#reject_unauth_destination',
      },
    ],
    samples: [
      '554 5.7.1 <smtp@example.com>: Relay access denied',
      '454 4.7.1 <spammer@domain.tld>: Relay access denied',
      '554 <ce101@ce.metu.edu.tr>: Relay access denied',
    ],
  },
  {
    id: 'postfix.helo-not-fqdn', // PF06
    provider: 'postfix',
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['helo command rejected: need fully-qualified']],
    requiresProvider: false,
    speaker: 'local',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Client HELO not fully qualified',
        description:
          'reject_non_fqdn_helo_hostname: the client introduced itself with a bare name such as "User" or "WIN-ABC123" instead of a domain name.',
        whenYouSeeIt:
          'NOQUEUE reject lines "504 5.5.2 <name>: Helo command rejected: need fully-qualified hostname"; Windows machine names point at infected PCs or spam tools.',
        howToFix:
          'Nothing for spam sources. A real mail server must send its FQDN in EHLO; if it is one of our internal devices, let it submit with SMTP AUTH or place permit_mynetworks earlier in smtpd_helo_restrictions.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_non_fqdn_helo_hostname',
        url: 'https://www.postfix.org/postconf.5.html#reject_non_fqdn_helo_hostname',
      },
    ],
    samples: [
      '504 5.5.2 <WIN-6A0KEE6QVP5>: Helo command rejected: need fully-qualified hostname',
      '504 5.5.2 <WIN-9QL4SDRB93L>: Helo command rejected: need fully-qualifiedhostname',
    ],
  },
  {
    id: 'postfix.helo-invalid', // PF07
    provider: 'postfix',
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['helo command rejected: invalid name']],
    requiresProvider: false,
    speaker: 'local',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Client HELO syntax invalid',
        description:
          'reject_invalid_helo_hostname: the EHLO argument is not a valid host name or address literal (bad characters, empty labels).',
        whenYouSeeIt:
          'NOQUEUE reject lines "501 5.5.2 <name>: Helo command rejected: Invalid name" (invalid_hostname_reject_code).',
        howToFix:
          'The client must send a syntactically valid host name; nothing to do on our side unless a known device needs an exemption.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_invalid_helo_hostname',
        url: 'https://www.postfix.org/postconf.5.html#reject_invalid_helo_hostname',
      },
    ],
    samples: ['501 5.5.2 <mail_server>: Helo command rejected: Invalid name'],
  },
  {
    id: 'postfix.helo-host-not-found', // PF08
    provider: 'postfix',
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['helo command rejected: host not found']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client HELO name does not resolve',
        description: 'reject_unknown_helo_hostname: the EHLO name has neither an A nor an MX record.',
        whenYouSeeIt:
          'NOQUEUE reject lines "450 4.7.1 <name>: Helo command rejected: Host not found" (unknown_hostname_reject_code, 450 so that DNS hiccups are retried).',
        howToFix:
          'The sender must use an EHLO name that exists in DNS; this check hits some legitimate servers, so exempt known partners in a check_helo_access table.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unknown_helo_hostname',
        url: 'https://www.postfix.org/postconf.5.html#reject_unknown_helo_hostname',
      },
    ],
    samples: [
      '450 4.7.1 <kitty.com>: Helo command rejected: Host not found',
      '450 4.7.1 : Helo command rejected: Host not found',
    ],
  },
  {
    id: 'postfix.client-reverse-hostname-unknown', // PF10
    provider: 'postfix',
    reason: 'require-ptr',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['client host rejected: cannot find your reverse hostname']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client IP has no PTR',
        description:
          'reject_unknown_reverse_client_hostname: the connecting IP address has no reverse DNS name at all.',
        whenYouSeeIt: 'NOQUEUE reject lines "450 4.7.1 Client host rejected: cannot find your reverse hostname, [ip]".',
        howToFix:
          'The sending side must get a PTR record from its IP provider; exempt important partners without one in check_client_access.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unknown_reverse_client_hostname',
        url: 'https://www.postfix.org/postconf.5.html#reject_unknown_reverse_client_hostname',
      },
    ],
    samples: ['450 4.7.1 Client host rejected: cannot find your reverse hostname, [2.3.4.5]'],
  },
  {
    id: 'postfix.client-hostname-unknown', // PF09
    provider: 'postfix',
    reason: 'require-ptr',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['client host rejected: cannot find your hostname']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client reverse DNS not confirmed',
        description:
          'reject_unknown_client_hostname: the client IP has no PTR, or the PTR name has no A/AAAA record pointing back to the same IP.',
        whenYouSeeIt:
          'NOQUEUE reject lines "450 4.7.25 Client host rejected: cannot find your hostname, [ip]" (4.7.1 before Postfix 3.0; 550 if unknown_client_reject_code was changed); a temporary DNS error always gives 450.',
        howToFix:
          'The sender needs forward-confirmed reverse DNS. Many small legitimate servers lack it, so consider reject_unknown_reverse_client_hostname or exemptions in check_client_access.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unknown_client_hostname',
        url: 'https://www.postfix.org/postconf.5.html#reject_unknown_client_hostname',
      },
    ],
    samples: [
      '450 4.7.25 Client host rejected: cannot find your hostname, [93.184.216.34]',
      '450 4.7.1 Client host rejected: cannot find your hostname, [93.184.216.34]',
      '550 5.7.25 Client host rejected: cannot find your hostname, [192.0.2.246]',
    ],
  },
  {
    id: 'postfix.sender-domain-not-found', // PF11
    provider: 'postfix',
    reason: 'sender-rejected',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender address rejected: domain not found'], ['sender address rejected: malformed dns server reply']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client sender domain unresolvable',
        description:
          'reject_unknown_sender_domain: the domain in MAIL FROM has no MX or A record, or its DNS answer was broken.',
        whenYouSeeIt:
          'NOQUEUE reject lines "450 4.1.8 <sender>: Sender address rejected: Domain not found" (unknown_address_reject_code) or "... Malformed DNS server reply".',
        howToFix:
          'Nothing for forged senders. A legitimate sender must publish DNS for its domain; mail from internal test domains needs a real return address.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unknown_sender_domain',
        url: 'https://www.postfix.org/postconf.5.html#reject_unknown_sender_domain',
      },
    ],
    samples: [
      '450 4.1.8 <some@nonexistant.tld>: Sender address rejected: Domain not found',
      '450 4.1.8 <foo@bad.domain>: Sender address rejected: Malformed DNS server reply',
    ],
  },
  {
    id: 'postfix.recipient-domain-not-found', // PF12
    provider: 'postfix',
    reason: 'host-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['recipient address rejected: domain not found']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client recipient domain unresolvable',
        description:
          'reject_unknown_recipient_domain: the client asked us to accept mail for a domain that has no MX or A record.',
        whenYouSeeIt:
          'NOQUEUE reject lines "450 4.1.2 <rcpt>: Recipient address rejected: Domain not found", mostly from our own users or applications with typos.',
        howToFix: 'The submitting user or application must correct the address; nothing to change on the server.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unknown_recipient_domain',
        url: 'https://www.postfix.org/postconf.5.html#reject_unknown_recipient_domain',
      },
    ],
    samples: ['450 4.1.2 <someone@gmial.con>: Recipient address rejected: Domain not found'],
  },
  {
    id: 'postfix.sender-null-mx', // PF13 (sender)
    provider: 'postfix',
    reason: 'sender-rejected',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender address rejected:', 'does not accept mail (nullmx)']],
    requiresProvider: false,
    speaker: 'local',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Client sender domain has null MX',
        description:
          'The domain of the envelope sender publishes a null MX, so replies and bounces could never reach it; Postfix 3.2+ refuses such senders under reject_unknown_sender_domain.',
        whenYouSeeIt:
          'NOQUEUE reject lines "550 5.7.27 <sender>: Sender address rejected: Domain X does not accept mail (nullMX)".',
        howToFix: 'Nothing on our side; the sender must use a return address in a domain that receives mail.',
      },
    },
    references: [
      SMTPD_CHECK,
      { kind: 'rfc', title: 'RFC 7505 (null MX)', url: 'https://www.rfc-editor.org/rfc/rfc7505' },
    ],
    samples: [
      '550 5.7.27 <bounce@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)',
    ],
  },
  {
    id: 'postfix.recipient-null-mx', // PF13 (recipient)
    provider: 'postfix',
    reason: 'not-accept',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['recipient address rejected:', 'does not accept mail (nullmx)']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client recipient domain has null MX',
        description:
          'The client asked us to send to a domain whose null MX says it receives no mail, so smtpd refuses the recipient at once.',
        whenYouSeeIt:
          'NOQUEUE reject lines "556 5.1.10 <rcpt>: Recipient address rejected: Domain X does not accept mail (nullMX)".',
        howToFix: 'The submitting user or application must drop the address; the domain will never accept mail.',
      },
    },
    references: [
      SMTPD_CHECK,
      { kind: 'rfc', title: 'RFC 7505 (null MX)', url: 'https://www.rfc-editor.org/rfc/rfc7505' },
    ],
    samples: [
      '556 5.1.10 <admin@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)',
    ],
  },
  {
    id: 'postfix.sender-not-fqdn', // PF14 (sender)
    provider: 'postfix',
    reason: 'sender-rejected',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender address rejected: need fully-qualified address']],
    requiresProvider: false,
    speaker: 'local',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Client sender address incomplete',
        description:
          'reject_non_fqdn_sender: MAIL FROM carried an address without a fully qualified domain, such as user@host.',
        whenYouSeeIt:
          'NOQUEUE reject lines "504 5.5.2 <sender>: Sender address rejected: need fully-qualified address".',
        howToFix:
          'The sending application must use a complete address; for our own hosts set myorigin or append_dot_mydomain on the submitting system.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_non_fqdn_sender',
        url: 'https://www.postfix.org/postconf.5.html#reject_non_fqdn_sender',
      },
    ],
    samples: ['504 5.5.2 <aap@henk>: Sender address rejected: need fully-qualified address'],
  },
  {
    id: 'postfix.recipient-not-fqdn', // PF14 (recipient)
    provider: 'postfix',
    reason: 'protocol',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['recipient address rejected: need fully-qualified address']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client recipient address incomplete',
        description: 'reject_non_fqdn_recipient: RCPT TO carried an address without a fully qualified domain.',
        whenYouSeeIt:
          'NOQUEUE reject lines "504 5.5.2 <rcpt>: Recipient address rejected: need fully-qualified address".',
        howToFix:
          'The client must send complete addresses; local scripts that send to "root" should go through sendmail(1), which qualifies them.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_non_fqdn_recipient',
        url: 'https://www.postfix.org/postconf.5.html#reject_non_fqdn_recipient',
      },
    ],
    samples: ['504 5.5.2 <root@server>: Recipient address rejected: need fully-qualified address'],
  },
  {
    id: 'postfix.sender-login-mismatch', // PF15
    provider: 'postfix',
    reason: 'sender-rejected',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender address rejected: not owned by user']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Logged-in user may not use sender',
        description:
          'reject_sender_login_mismatch: the SASL user is not listed as an owner of the MAIL FROM address in smtpd_sender_login_maps.',
        whenYouSeeIt:
          'NOQUEUE reject lines "553 5.7.1 <sender>: Sender address rejected: not owned by user <login>"; reject_warning lines mean warn_if_reject is still in test mode.',
        howToFix:
          'If the user legitimately sends as that address (shared mailbox, alias), add the pair to smtpd_sender_login_maps; otherwise the mail client must use its own address.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_sender_login_maps',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_sender_login_maps',
      },
    ],
    samples: ['553 5.7.1 <sender@example.com>: Sender address rejected: not owned by user ph123'],
  },
  {
    id: 'postfix.sender-not-logged-in', // PF16
    provider: 'postfix',
    reason: 'security',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender address rejected: not logged in']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Sender requires login',
        description:
          'The MAIL FROM address belongs to a user in smtpd_sender_login_maps, so reject_sender_login_mismatch (or reject_unauthenticated_sender_login_mismatch) demands a login first.',
        whenYouSeeIt:
          'NOQUEUE reject lines "553 5.7.1 <sender>: Sender address rejected: not logged in", often spam that forges our own domain.',
        howToFix:
          'Nothing against forgeries. Our own users must enable SMTP AUTH in their mail client and submit on port 587.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_sender_login_mismatch',
        url: 'https://www.postfix.org/postconf.5.html#reject_sender_login_mismatch',
      },
    ],
    samples: ['553 5.7.1 <ceo@example.com>: Sender address rejected: not logged in'],
  },
  {
    id: 'postfix.rbl-client', // PF20
    provider: 'postfix',
    reason: 'blocked',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['blocked using']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client listed on a DNSBL we use',
        description:
          'reject_rbl_client, reject_rhsbl_* or postscreen_dnsbl_sites found the client IP, HELO name or sender domain on a DNS blocklist, and the reply names the list.',
        whenYouSeeIt:
          'Reject lines "554 5.7.1 Service unavailable; Client host [ip] blocked using zen.spamhaus.org; ..." from smtpd, or "550 5.7.1 Service unavailable; client [ip] blocked using ..." from postscreen.',
        howToFix:
          'Working as intended. For a false positive the sender must get delisted; meanwhile a permit entry in check_client_access or postscreen_access_list lets a known partner through. Many lists refuse queries from public resolvers, so use a local resolver.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_rbl_client',
        url: 'https://www.postfix.org/postconf.5.html#reject_rbl_client',
      },
      POSTSCREEN_README,
    ],
    samples: [
      '554 5.7.1 Service unavailable; Client host [87.236.233.182] blocked using rbl.example.com; https://www.example.com/query/ip/87.236.233.182',
      '550 5.7.1 Service unavailable; client [216.245.194.173] blocked using rbl.example.com',
    ],
  },
  {
    id: 'postfix.access-denied', // PF21
    provider: 'postfix',
    reason: 'policy',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['rejected: access denied']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Refused by our access table',
        description:
          'A check_*_access table returned REJECT without text, or a restriction list ends in reject (access_map_reject_code, reject_code).',
        whenYouSeeIt:
          'NOQUEUE reject lines "554 5.7.1 <x>: Helo command rejected: Access denied" (or Client host, Sender address, Recipient address).',
        howToFix:
          'Working as intended if an admin blocked it. For an unexpected hit, run "postmap -q <key> <table>" on each access table in smtpd_*_restrictions.',
      },
    },
    references: [
      SMTPD_CHECK,
      { kind: 'mta', title: 'Postfix access(5)', url: 'https://www.postfix.org/access.5.html' },
    ],
    samples: ['554 5.7.1 <dom.tld>: Helo command rejected: Access denied'],
  },
  {
    id: 'postfix.pipelining-abuse', // PF25
    provider: 'postfix',
    reason: 'protocol',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['improper use of smtp command pipelining']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client pipelined without permission',
        description:
          'reject_unauth_pipelining: the client sent commands ahead of our replies before PIPELINING was allowed, a typical trait of spam software.',
        whenYouSeeIt:
          'Reject lines "503 5.5.0 <DATA>: Data command rejected: Improper use of SMTP command pipelining".',
        howToFix:
          'Nothing for spam bots. A real server hitting this is usually behind a firewall with broken SMTP inspection, which its owner must disable.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_unauth_pipelining',
        url: 'https://www.postfix.org/postconf.5.html#reject_unauth_pipelining',
      },
    ],
    samples: ['503 5.5.0 <DATA>: Data command rejected: Improper use of SMTP command pipelining'],
  },
  {
    id: 'postfix.multi-recipient-bounce', // PF26
    provider: 'postfix',
    reason: 'policy',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['multi-recipient bounce']],
    requiresProvider: false,
    speaker: 'local',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Bounce to several recipients refused',
        description:
          'reject_multi_recipient_bounce: a message with an empty envelope sender (a bounce) was addressed to more than one recipient, which real bounces never are.',
        whenYouSeeIt: 'Reject lines "550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce" at DATA or BDAT.',
        howToFix:
          'Nothing for backscatter spam. If an internal signing or filtering service triggers it, exempt that client before the restriction.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): reject_multi_recipient_bounce',
        url: 'https://www.postfix.org/postconf.5.html#reject_multi_recipient_bounce',
      },
    ],
    samples: ['550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce'],
  },
  {
    id: 'postfix.message-size-limit', // PF27
    provider: 'postfix',
    reason: 'message-too-large',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['message size exceeds fixed limit'], ['message file too big']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client message over our size limit',
        description:
          'The SIZE announced in MAIL FROM, or the data actually received, exceeds our message_size_limit (10240000 bytes by default).',
        whenYouSeeIt:
          'Reject lines "552 5.3.4 Message size exceeds fixed limit" at MAIL FROM, or "552 5.3.4 Error: message file too big" after DATA.',
        howToFix:
          'The sender must send less; raise message_size_limit if larger mail is wanted, keeping mailbox_size_limit and the limits of any content filter above it.',
      },
    },
    references: [
      SMTPD_CHECK,
      CLEANUP_STRERROR,
      {
        kind: 'mta',
        title: 'postconf(5): message_size_limit',
        url: 'https://www.postfix.org/postconf.5.html#message_size_limit',
      },
    ],
    samples: ['552 5.3.4 Message size exceeds fixed limit', '552 5.3.4 Error: message file too big'],
  },
  {
    id: 'postfix.insufficient-storage', // PF28
    provider: 'postfix',
    reason: 'system-full',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['insufficient system storage']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Our queue disk is nearly full',
        description:
          'The file system holding the Postfix queue has less free space than queue_minfree (or 1.5 times the message size limit), so smtpd stops accepting mail.',
        whenYouSeeIt:
          'Reject lines "452 4.3.1 Insufficient system storage" at MAIL FROM, often together with "warning: not enough free space in mail queue".',
        howToFix:
          'Free space on the queue file system (check the deferred queue and logs with du), or grow it. Clients retry once space is back.',
      },
    },
    references: [
      SMTPD_CHECK,
      {
        kind: 'mta',
        title: 'postconf(5): queue_minfree',
        url: 'https://www.postfix.org/postconf.5.html#queue_minfree',
      },
    ],
    samples: ['452 Insufficient system storage', '452 4.3.1 Insufficient system storage'],
  },
  {
    id: 'postfix.anvil-rate-limit', // PF30 (rates)
    provider: 'postfix',
    reason: 'rate-limited',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['error: too many recipients from'],
      ['error: too much mail from'],
      ['error: too many new tls sessions from'],
    ],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client over our rate limits',
        description:
          'anvil(8) counted more messages, recipients or new TLS sessions from this client per minute than smtpd_client_message_rate_limit, smtpd_client_recipient_rate_limit or smtpd_client_new_tls_session_rate_limit allow.',
        whenYouSeeIt:
          'Reject lines "450 4.7.1 Error: too much mail from <ip>" or "... too many recipients from <ip>", with anvil warnings "... rate limit exceeded".',
        howToFix:
          'Working as intended against floods. A legitimate bulk sender of ours belongs in smtpd_client_event_limit_exceptions, or the limits need raising.',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_client_recipient_rate_limit',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_client_recipient_rate_limit',
      },
    ],
    samples: [
      '450 4.7.1 Error: too many recipients from 49.7.199.173',
      '450 4.7.1 Error: too much mail from 192.0.2.227',
    ],
  },
  {
    id: 'postfix.anvil-connection-limit', // PF30 (connections)
    provider: 'postfix',
    reason: 'too-many-connections',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['error: too many connections from']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client over our connection limits',
        description:
          'anvil(8) saw more simultaneous connections (smtpd_client_connection_count_limit) or more connections per minute (smtpd_client_connection_rate_limit) from this client than allowed.',
        whenYouSeeIt:
          'Replies "421 4.7.0 <host> Error: too many connections from <ip>" with anvil warnings "Connection rate limit exceeded".',
        howToFix:
          'Nothing for abusive clients. Our own applications that open many connections should reuse one, or be listed in smtpd_client_event_limit_exceptions.',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_client_connection_count_limit',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_client_connection_count_limit',
      },
    ],
    samples: ['421 4.7.0 mail.example.com Error: too many connections from 192.0.2.123'],
  },
  {
    id: 'postfix.too-many-recipients', // PF29
    provider: 'postfix',
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['error: too many recipients']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Too many recipients in one message',
        description:
          'The client gave more RCPT TO commands in one transaction than smtpd_recipient_limit (1000 by default).',
        whenYouSeeIt: 'Replies "452 4.5.3 Error: too many recipients" to the excess RCPT commands.',
        howToFix:
          'A correct client sends the remaining recipients in another transaction, and Postfix clients do so by themselves; broken scripts must split their lists.',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_recipient_limit',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_recipient_limit',
      },
    ],
    samples: ['452 4.5.3 Error: too many recipients'],
  },
  {
    id: 'postfix.starttls-required', // PF31
    provider: 'postfix',
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['must issue a starttls command first']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client skipped required STARTTLS',
        description:
          'Our smtpd requires encryption (smtpd_tls_security_level = encrypt, or smtpd_tls_auth_only for AUTH) and the client issued a command before STARTTLS.',
        whenYouSeeIt: 'Replies "530 5.7.0 Must issue a STARTTLS command first", usually on the submission port.',
        howToFix: 'The mail client must be set to STARTTLS on port 587 (or implicit TLS on 465).',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_tls_security_level',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_tls_security_level',
      },
    ],
    samples: ['530 5.7.0 Must issue a STARTTLS command first'],
  },
  {
    id: 'postfix.tls-local-problem', // PF32
    provider: 'postfix',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['tls not available due to local problem']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Our TLS setup is broken',
        description:
          'smtpd could not load its certificate or private key, so it answers STARTTLS with a temporary error.',
        whenYouSeeIt:
          'Replies "454 4.7.0 TLS not available due to local problem", with smtpd warnings about smtpd_tls_cert_file or the key just before.',
        howToFix:
          'Check smtpd_tls_chain_files (or smtpd_tls_cert_file / smtpd_tls_key_file): paths, permissions, matching key and full chain, then run "postfix reload".',
      },
    },
    references: [SMTPD_C, TLS_README],
    samples: ['454 4.7.0 TLS not available due to local problem'],
  },
  {
    id: 'postfix.sasl-backend-failure', // PF34
    provider: 'postfix',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['temporary authentication failure'],
      ['connection lost to authentication server'],
      ['cannot connect to saslauthd server'],
    ],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Our SASL backend is unreachable',
        description:
          'smtpd could not ask the authentication service (the Dovecot auth socket or saslauthd) about a login, so the result is unknown.',
        whenYouSeeIt:
          'Replies "454 4.7.0 Temporary authentication failure" and warnings such as "SASL LOGIN authentication failed: Connection lost to authentication server".',
        howToFix:
          'Check that the auth service runs and that smtpd_sasl_path points at its socket with permissions the postfix user can use (inside the chroot if smtpd is chrooted).',
      },
    },
    references: [
      SMTPD_SASL,
      { kind: 'mta', title: 'Postfix SASL_README', url: 'https://www.postfix.org/SASL_README.html' },
    ],
    samples: [
      'SASL LOGIN authentication failed: Connection lost to authentication server',
      'SASL authentication failure: cannot connect to saslauthd server: Permission denied',
    ],
  },
  {
    id: 'postfix.sasl-login-failed', // PF33
    provider: 'postfix',
    reason: 'login-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['error: authentication failed'], ['sasl', 'authentication failed'], ['sasl authentication failure']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client login failed',
        description:
          'A client tried SMTP AUTH on our server with a wrong user name or password, or an unsupported mechanism.',
        whenYouSeeIt:
          'Warnings "SASL LOGIN authentication failed: ..." with the reply "535 5.7.8 Error: authentication failed"; many per minute from one IP are password guessing.',
        howToFix:
          'Ban repeating IPs (fail2ban, postscreen or a firewall) and consider smtpd_client_auth_rate_limit. A single failure from a known user means a stale password in their client.',
      },
    },
    references: [
      SMTPD_SASL,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_client_auth_rate_limit',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_client_auth_rate_limit',
      },
    ],
    samples: [
      '535 5.7.8 Error: authentication failed: authentication failure',
      'SASL LOGIN authentication failed: UGFzc3dvcmQ6',
      'SASL LOGIN authentication failed: (reason unavailable), sasl_username=postmaster@example.org',
    ],
  },
  {
    id: 'postfix.content-rejected', // PF35
    provider: 'postfix',
    reason: 'policy',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['message content rejected']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Our content check refused it',
        description:
          'cleanup(8) matched a header_checks or body_checks pattern with a bare REJECT action (no text of its own), so the message was refused after DATA.',
        whenYouSeeIt:
          'Replies "550 5.7.1 Error: message content rejected", with a cleanup "reject: header ..." or "reject: body ..." line naming the pattern.',
        howToFix:
          'Find the matched line in the cleanup log and check the pattern in header_checks / body_checks; give REJECT a text so senders know why.',
      },
    },
    references: [
      CLEANUP_STRERROR,
      { kind: 'mta', title: 'Postfix header_checks(5)', url: 'https://www.postfix.org/header_checks.5.html' },
    ],
    samples: ['550 5.7.1 Error: message content rejected'],
  },
  {
    id: 'postfix.bare-newline', // PF36
    provider: 'postfix',
    reason: 'protocol',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['bare <lf> received']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client sent bare LF line ends',
        description:
          'smtpd_forbid_bare_newline (a defence against SMTP smuggling, default on since Postfix 3.9) refuses message lines that end in LF without CR.',
        whenYouSeeIt:
          'Replies "521 5.5.2 <host> Error: bare <LF> received" and a disconnect, mostly from home-grown scripts or old appliances.',
        howToFix:
          'The client must send CRLF line endings. For trusted internal senders use smtpd_forbid_bare_newline_exclusions (default $mynetworks).',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_forbid_bare_newline',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_forbid_bare_newline',
      },
    ],
    samples: ['521 5.5.2 mail.example.com Error: bare <LF> received'],
  },
  {
    id: 'postfix.protocol-synchronization', // PF37
    provider: 'postfix',
    reason: 'protocol',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['error: smtp protocol synchronization']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client talked out of turn',
        description:
          'The client sent a command before our greeting or before a reply it had to wait for (smtpd_forbid_unauth_pipelining, default since Postfix 3.9).',
        whenYouSeeIt:
          'Replies "554 5.5.0 Error: SMTP protocol synchronization", often from spam bots and from health checks that send EHLO and QUIT in one write.',
        howToFix: 'Nothing for bots. Fix probes and scripts to wait for each reply.',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_forbid_unauth_pipelining',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_forbid_unauth_pipelining',
      },
    ],
    samples: ['554 5.5.0 Error: SMTP protocol synchronization'],
  },
  {
    id: 'postfix.too-many-errors', // PF38
    provider: 'postfix',
    reason: 'protocol',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['error: too many errors']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client made too many errors',
        description:
          'The client reached smtpd_hard_error_limit (20 by default) of failed or refused commands in one session and was disconnected.',
        whenYouSeeIt:
          'Replies "421 4.7.0 <host> Error: too many errors" with "too many errors after RCPT from ..." lines; dictionary attacks end this way.',
        howToFix: 'Nothing; ban persistent sources with fail2ban if they come back.',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_hard_error_limit',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_hard_error_limit',
      },
    ],
    samples: ['421 4.7.0 mail.example.com Error: too many errors'],
  },
  {
    id: 'postfix.idle-timeout', // PF38
    provider: 'postfix',
    reason: 'timeout',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['error: timeout exceeded']],
    requiresProvider: false,
    speaker: 'local',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'Idle client disconnected',
        description:
          'The client did not send its next command within smtpd_timeout (300 s, or 10 s when the server is under stress).',
        whenYouSeeIt:
          'Replies "421 4.4.2 <host> Error: timeout exceeded" and "timeout after <command> from ..." lines.',
        howToFix:
          'Usually scanners or dropped connections. Many from real clients at once point to stress mode (the short smtpd_timeout under load) or to a network problem.',
      },
    },
    references: [
      SMTPD_C,
      {
        kind: 'mta',
        title: 'postconf(5): smtpd_timeout',
        url: 'https://www.postfix.org/postconf.5.html#smtpd_timeout',
      },
    ],
    samples: ['421 4.4.2 mail.example.com Error: timeout exceeded'],
  },
  {
    id: 'postfix.command-not-recognized', // PF39
    provider: 'postfix',
    reason: 'protocol',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['error: command not recognized']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Unknown command from client',
        description:
          'The client sent something that is not an SMTP command, such as an HTTP request or binary TLS data on a plain port.',
        whenYouSeeIt:
          'Replies "502 5.5.2 Error: command not recognized" with "warning: non-SMTP command from ..." lines.',
        howToFix:
          'Nothing; these are scanners. A client sending TLS bytes is configured for implicit TLS and should use port 465.',
      },
    },
    references: [SMTPD_C],
    samples: ['502 5.5.2 Error: command not recognized', '500 5.5.2 Error: command not recognized'],
  },
  {
    id: 'postfix.postscreen-blocked', // PF40
    provider: 'postfix',
    reason: 'blocked',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [550, 521],
    enhanced: [],
    match: [['service currently unavailable']],
    requiresProvider: false,
    speaker: 'local',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'postscreen turned the client away',
        description:
          'postscreen(8) refused the client for good: it is denied in postscreen_access_list or postscreen_blacklist, or it failed a test whose action is enforce or drop.',
        whenYouSeeIt:
          'Replies "550 5.3.2 Service currently unavailable" (or 521 with drop) with postscreen lines such as DNSBL rank, PREGREET or DENYLISTED before them.',
        howToFix: 'Working as intended. For a wrongly blocked partner add a permit entry to postscreen_access_list.',
      },
    },
    references: [POSTSCREEN_SMTPD, POSTSCREEN_README],
    samples: ['550 5.3.2 Service currently unavailable', '521 5.3.2 mail.example.com Service currently unavailable'],
  },
  {
    id: 'postfix.postscreen-retry', // PF41
    provider: 'postfix',
    reason: 'greylisted',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [450, 421],
    enhanced: [],
    match: [['service currently unavailable']],
    requiresProvider: false,
    speaker: 'local',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'postscreen asks for a reconnect',
        description:
          'The client passed postscreen deep-protocol tests (pipelining, non-SMTP command, bare newline), which can only be judged after the session, so it must connect again to reach smtpd.',
        whenYouSeeIt:
          'Replies "450 4.3.2 Service currently unavailable" to new clients, then a later PASS NEW and a normal delivery.',
        howToFix:
          'Expected; it clears on the first retry. Keep postscreen_*_ttl long so known clients are not delayed again.',
      },
    },
    references: [POSTSCREEN_SMTPD, POSTSCREEN_README],
    samples: ['450 4.3.2 Service currently unavailable'],
  },
  {
    id: 'postfix.postscreen-ports-busy', // PF42
    provider: 'postfix',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['all server ports'], ['all screening ports']],
    requiresProvider: false,
    speaker: 'local',
    overridesEnhanced: true,
    texts: {
      en: {
        title: 'All our smtpd processes busy',
        description:
          'postscreen had no free smtpd process to hand the client to, or reached postscreen_pre_queue_limit while screening, so it sent the client away.',
        whenYouSeeIt:
          'postscreen lines "NOQUEUE: reject: CONNECT from [ip]:port: all server ports busy" (or "all screening ports busy"); clients get "421 4.3.2 All server ports are busy".',
        howToFix:
          'Raise the smtpd process limit in master.cf (or default_process_limit) if the host can take it; during a flood, tighten DNSBL thresholds instead.',
      },
    },
    references: [
      POSTSCREEN_README,
      { kind: 'mta', title: 'Postfix source: postscreen.c', url: `${SRC}/postscreen/postscreen.c` },
    ],
    samples: ['all server ports busy', 'all screening ports busy', '421 4.3.2 All server ports are busy'],
  },
  {
    id: 'postfix.postscreen-protocol-error', // PF43
    provider: 'postfix',
    reason: 'protocol',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [550, 521],
    enhanced: [],
    match: [['protocol error']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'postscreen caught a protocol violation',
        description:
          'The client talked before the greeting (pregreet) or broke a deep-protocol test while postscreen was set to enforce or drop for that test.',
        whenYouSeeIt:
          'postscreen reject lines "550 5.5.1 Protocol error" (521 with drop), preceded by PREGREET or COMMAND PIPELINING lines.',
        howToFix:
          'Nothing; this is a bot signature. A legitimate sender caught by it can be allowed through postscreen_access_list.',
      },
    },
    references: [POSTSCREEN_SMTPD, POSTSCREEN_README],
    samples: ['550 5.5.1 Protocol error'],
  },
  {
    id: 'postfix.postscreen-connection-limit', // PF42 (postscreen per-client limit)
    provider: 'postfix',
    reason: 'too-many-connections',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['too many connections']],
    requiresProvider: false,
    speaker: 'local',
    stages: ['CONNECT'],
    texts: {
      en: {
        title: 'Client over postscreen connection cap',
        description:
          'The client already holds postscreen_client_connection_count_limit connections to postscreen, so the new one is refused at once.',
        whenYouSeeIt: 'postscreen lines "NOQUEUE: reject: CONNECT from [ip]:port: too many connections".',
        howToFix:
          'Nothing for aggressive senders; legitimate ones are retried. Raise the limit only for big partners behind one IP.',
      },
    },
    references: [
      POSTSCREEN_README,
      {
        kind: 'mta',
        title: 'postconf(5): postscreen_client_connection_count_limit',
        url: 'https://www.postfix.org/postconf.5.html#postscreen_client_connection_count_limit',
      },
    ],
    samples: ['too many connections'],
  },
  {
    id: 'postfix.command-custom-reject', // PF21 (access table with its own text)
    provider: 'postfix',
    reason: 'policy',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['helo command rejected:'], ['data command rejected:']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Refused by our own rule text',
        description:
          'A check_helo_access or check_data_access entry (or another restriction) refused the command with a text the administrator wrote, so Postfix adds no reason of its own.',
        whenYouSeeIt:
          'NOQUEUE reject lines such as "554 5.7.1 <name>: Helo command rejected: match bad.domain"; the words after the colon come from our access table.',
        howToFix:
          'Working as intended if the entry is wanted. Find it with "postmap -q <helo name> <table>" for each access table in smtpd_helo_restrictions or smtpd_data_restrictions.',
      },
    },
    references: [
      SMTPD_CHECK,
      { kind: 'mta', title: 'Postfix access(5)', url: 'https://www.postfix.org/access.5.html' },
    ],
    samples: ['554 5.7.1 <bad.domain>: Helo command rejected: match bad.domain'],
  },
  {
    id: 'postfix.milter-tempfail', // not in the fact base; milter8.c
    provider: 'postfix',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['service unavailable - try again later']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Milter asked to try later',
        description:
          'A milter answered TEMPFAIL, or did not answer at all while milter_default_action = tempfail, so smtpd refused the message temporarily.',
        whenYouSeeIt:
          'milter-reject lines "451 4.7.1 Service unavailable - try again later", usually after smtpd warnings that a milter socket could not be reached or read.',
        howToFix:
          'Check that each milter in smtpd_milters runs and its socket is reachable; decide whether milter_default_action should be accept for non-critical milters.',
      },
    },
    references: [
      MILTER8,
      { kind: 'mta', title: 'Postfix MILTER_README', url: 'https://www.postfix.org/MILTER_README.html' },
    ],
    samples: ['451 4.7.1 Service unavailable - try again later'],
  },
  {
    id: 'postfix.milter-reject', // not in the fact base; milter8.c
    provider: 'postfix',
    reason: 'policy',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['command rejected']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Milter rejected without text',
        description:
          'A milter (OpenDKIM, OpenDMARC, a spam or virus scanner) returned REJECT with no reply text, so Postfix used its default.',
        whenYouSeeIt:
          'milter-reject lines "550 5.7.1 Command rejected" at CONNECT, MAIL, RCPT, DATA or END-OF-MESSAGE.',
        howToFix:
          'The milter log says why; configure it to send a descriptive reply so senders and this report can tell the cause.',
      },
    },
    references: [
      MILTER8,
      { kind: 'mta', title: 'Postfix MILTER_README', url: 'https://www.postfix.org/MILTER_README.html' },
    ],
    samples: ['550 5.7.1 Command rejected'],
  },
];

/**
 * Exim's own texts: the error strings of its routers and transports that appear on `==` (defer)
 * and `**` (fail) lines, and the texts of its SMTP server and default ACLs that appear on
 * "rejected RCPT", "sender verify fail", "SMTP call ... dropped" and similar lines. A few ACL
 * texts of the default configuration also reach us as replies from remote Exim servers.
 *
 * Sources: Exim source (github.com/Exim/exim: src/src/retry.c, transports/smtp.c,
 * transports/appendfile.c, transports/pipe.c, routers/dnslookup.c, smtp_in.c, verify.c,
 * configure.default), the Exim specification, and the fact base rows EX01-EX30 (ids in trailing
 * comments). Samples are real texts from the Exim test-suite logs, gvengel/exim_exporter, fail2ban,
 * crowdsec and wazuh where one exists; the rest follow the documented formats.
 * EX07 (R=/T= fields), EX08 ("SMTP error from remote mail server after ...") and EX27 ("rejected
 * after DATA:") are log anatomy, not texts: the parser takes the reply or reason out of them, so
 * they have no rule here. EX05 ("too many bad recipients") was left out: the current
 * configure.default does not contain such an ACL, so there is no Exim text to match. The DNS-list
 * text of the configure.default example ("is in a black list at") is explained in dnsbl.ts.
 *
 * Order (first match wins, lookup.ts):
 *   1. delivery-side texts (speaker 'remote': they stand in for the remote end, and must not claim
 *      the same words when they appear inside our own ACL messages, such as
 *      "sender verify fail for <x>: Unrouteable address"). Longer texts before the texts they
 *      contain: "retry time not reached for any host after a long failure period" before
 *      "retry time not reached for any host" before "retry time not reached"; "SMTP timeout
 *      after" before "Connection timed out";
 *   2. texts that mean the same in both directions (mail loop, configuration errors, frozen);
 *   3. our own SMTP server and ACLs refusing a client (speaker 'local'); sender-verify texts
 *      before "Unrouteable address", which they often quote.
 */
import type { MessageRule, Reference } from '../types.js';

const SRC = 'https://github.com/Exim/exim/blob/master/src/src';
const SPEC = 'https://www.exim.org/exim-html-current/doc/html/spec_html';

const RETRY_C: Reference = { kind: 'mta', title: 'Exim source: retry.c', url: `${SRC}/retry.c` };
const SMTP_TRANSPORT_C: Reference = {
  kind: 'mta',
  title: 'Exim source: transports/smtp.c',
  url: `${SRC}/transports/smtp.c`,
};
const APPENDFILE_C: Reference = {
  kind: 'mta',
  title: 'Exim source: transports/appendfile.c',
  url: `${SRC}/transports/appendfile.c`,
};
const PIPE_C: Reference = { kind: 'mta', title: 'Exim source: transports/pipe.c', url: `${SRC}/transports/pipe.c` };
const DNSLOOKUP_C: Reference = {
  kind: 'mta',
  title: 'Exim source: routers/dnslookup.c',
  url: `${SRC}/routers/dnslookup.c`,
};
const SMTP_IN_C: Reference = { kind: 'mta', title: 'Exim source: smtp_in.c', url: `${SRC}/smtp_in.c` };
const VERIFY_C: Reference = { kind: 'mta', title: 'Exim source: verify.c', url: `${SRC}/verify.c` };
const CONFIGURE_DEFAULT: Reference = {
  kind: 'mta',
  title: 'Exim source: configure.default',
  url: `${SRC}/configure.default`,
};
const SPEC_LOG_FILES: Reference = {
  kind: 'mta',
  title: 'Exim specification: Log files',
  url: `${SPEC}/ch-log_files.html`,
};
const SPEC_SMTP_TRANSPORT: Reference = {
  kind: 'mta',
  title: 'Exim specification: The smtp transport',
  url: `${SPEC}/ch-the_smtp_transport.html`,
};
const SPEC_ACL: Reference = {
  kind: 'mta',
  title: 'Exim specification: Access control lists',
  url: `${SPEC}/ch-access_control_lists.html`,
};
const SPEC_TLS: Reference = {
  kind: 'mta',
  title: 'Exim specification: Encrypted SMTP connections using TLS/SSL',
  url: `${SPEC}/ch-encrypted_smtp_connections_using_tlsssl.html`,
};
const SPEC_APPENDFILE: Reference = {
  kind: 'mta',
  title: 'Exim specification: The appendfile transport',
  url: `${SPEC}/ch-the_appendfile_transport.html`,
};
const SPEC_DNSLOOKUP: Reference = {
  kind: 'mta',
  title: 'Exim specification: The dnslookup router',
  url: `${SPEC}/ch-the_dnslookup_router.html`,
};

export const EXIM_RULES: readonly MessageRule[] = [
  // ── 1. Delivery side: routers, transports, retry logic ────────────────────────────────────
  {
    id: 'exim.hosts-failing-long', // EX11
    provider: 'exim',
    reason: 'expired',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['have been failing for a long time'], ['retry time not reached for any host after a long failure period']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Hosts failing past retry cutoff',
        description:
          'Every host of the destination has been failing for longer than the longest period of the matching retry rule, so Exim gives up on the address instead of queueing it again.',
        whenYouSeeIt:
          'A "**" line reading "all hosts for \'example.net\' have been failing for a long time (and retry time not reached)", often for new messages to a domain that has been unreachable for days.',
        howToFix:
          'Look at older "==" lines for that domain to see why the hosts failed (connect timeouts, refusals). Verify the domain and its MX; if it is back, inspect the retry data with exinext, clear it with exim_fixdb, and retry with "exim -M".',
      },
    },
    references: [RETRY_C, SMTP_TRANSPORT_C],
    samples: ["all hosts for 'test.ex' have been failing for a long time (and retry time not reached)"],
  },
  {
    id: 'exim.retry-timeout-exceeded', // EX12
    provider: 'exim',
    reason: 'expired',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['retry timeout exceeded']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Gave up after retry period',
        description:
          'The address kept failing temporarily until the final cutoff of its retry rule passed (4 days with the default rule F,2h,15m; G,16h,1h,1.5; F,4d,6h), so Exim bounced it.',
        whenYouSeeIt:
          'A "** address: retry timeout exceeded" line, following a series of "==" defer lines for the same address.',
        howToFix:
          'The "==" lines before it hold the real cause; fix that. Adjust the retry section only if four days is wrong for your users.',
      },
    },
    references: [RETRY_C, CONFIGURE_DEFAULT],
    samples: ['retry timeout exceeded'],
  },
  {
    id: 'exim.retry-time-any-host', // EX10
    provider: 'exim',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['retry time not reached for any host']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'All hosts waiting for retry',
        description:
          'Each host of the destination failed recently and is still inside its retry interval, so this queue run did not even try; it is a reminder of an earlier error, not a new one.',
        whenYouSeeIt: '"==" lines with defer (-54) reading "retry time not reached for any host for \'example.net\'".',
        howToFix:
          'Find the first failure for those hosts in the log (or with exinext). Once fixed, "exim -qff" or "exim -M <id>" retries at once.',
      },
    },
    references: [SMTP_TRANSPORT_C, SPEC_LOG_FILES],
    samples: ["retry time not reached for any host for 'copy.domain'", 'retry time not reached for any host'],
  },
  {
    id: 'exim.host-lookups-temporary', // EX28 (temporary)
    provider: 'exim',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['all host address lookups failed temporarily'], ['some host address lookups failed']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Host address lookups deferred',
        description:
          'Exim found the MX hosts of the destination but could not resolve their addresses for now (DNS timeout or SERVFAIL), and the other hosts are waiting for retry.',
        whenYouSeeIt:
          '"==" lines reading "all host address lookups failed temporarily" or "some host address lookups failed and retry time not reached for other hosts ...".',
        howToFix:
          'Check our resolver first; if only this domain fails, test its DNS with dig. The queue retries by itself.',
      },
    },
    references: [SMTP_TRANSPORT_C],
    samples: [
      "some host address lookups failed and retry time not reached for other hosts or connection limit reached for 'test.ex'",
      'all host address lookups failed temporarily',
    ],
  },
  {
    id: 'exim.retry-time-not-reached', // EX09
    provider: 'exim',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['retry time not reached'], ['retry time not yet reached']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Address waiting for retry',
        description:
          'Routing or local delivery of this address failed temporarily before, and its retry time has not come yet, so Exim skipped it in this run.',
        whenYouSeeIt:
          '"==" lines such as "routing defer (-52): retry time not reached" or "defer (-53): Retry time not yet reached" (logged when the retry_defer selector is on).',
        howToFix:
          'Search the earlier "==" lines of the address for the original error; "exim -M <id>" forces an attempt after the fix.',
      },
    },
    references: [RETRY_C, SPEC_LOG_FILES],
    samples: ['retry time not reached', 'Retry time not yet reached'],
  },
  {
    id: 'exim.connection-limit', // EX28 (limits)
    provider: 'exim',
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['connection limit reached for all hosts'], ['concurrency limit reached for transport']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Our own connection cap reached',
        description:
          'Our Exim already has as many connections open to these hosts as serialize_hosts allows, or the transport reached max_parallel, so the delivery waits.',
        whenYouSeeIt:
          '"==" lines reading "connection limit reached for all hosts for \'example.net\'" or "concurrency limit reached for transport".',
        howToFix:
          'Normal under load; the queue catches up. Raise max_parallel or narrow serialize_hosts if deliveries lag for long.',
      },
    },
    references: [SMTP_TRANSPORT_C, SPEC_SMTP_TRANSPORT],
    samples: ["connection limit reached for all hosts for 'test.ex'", 'concurrency limit reached for transport'],
  },
  {
    id: 'exim.host-lookups-permanent', // EX28 (permanent)
    provider: 'exim',
    reason: 'host-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['all host address lookups failed permanently']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'No MX host has an address',
        description:
          'The destination names mail hosts, but none of them resolves to an IP address, so there is nothing to connect to.',
        whenYouSeeIt: '"**" lines reading "all host address lookups failed permanently".',
        howToFix:
          'The domain owner must fix the A/AAAA records of its MX hosts; check the address for typos on our side.',
      },
    },
    references: [SMTP_TRANSPORT_C],
    samples: ['all host address lookups failed permanently'],
  },
  {
    id: 'exim.route-host-lookup-failed', // EX29
    provider: 'exim',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['lookup failed for all hosts in'],
      ['lookup of host', 'failed in', 'router'],
      ['failed to lookup ip address for'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Configured route host unresolvable',
        description:
          'A host named in our own configuration (route_list or route_data of a manualroute router, or the hosts option of a transport) does not resolve.',
        whenYouSeeIt:
          '"==" lines such as "lookup failed for all hosts in smarthost router" or "lookup of host \'relay.example\' failed in smarthost router" (Exim quotes the name with double quotes).',
        howToFix:
          'Correct the smarthost name in the router or transport, or its DNS entry; until then all mail on that route waits.',
      },
    },
    references: [
      {
        kind: 'mta',
        title: 'Exim specification: The manualroute router',
        url: `${SPEC}/ch-the_manualroute_router.html`,
      },
      { kind: 'mta', title: 'Exim source: routers/rf_lookup_hostlist.c', url: `${SRC}/routers/rf_lookup_hostlist.c` },
    ],
    samples: [
      'lookup of host "nonexist.test.ex" failed in all router',
      'failed to lookup IP address for non-exist.test.ex',
    ],
  },
  {
    id: 'exim.host-lookup-incomplete', // EX13
    provider: 'exim',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['host lookup did not complete'], ['host lookup for', 'did not complete']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'DNS lookup did not finish',
        description:
          'The dnslookup router asked DNS for the domain MX or address records and got a timeout or server failure instead of an answer.',
        whenYouSeeIt:
          '"==" lines reading "host lookup did not complete" or "host lookup for example.net did not complete (DNS timeout?)".',
        howToFix:
          'Test our resolver and the domain name servers with dig; broken DNSSEC at the domain is a common cause. Exim retries on its own.',
      },
    },
    references: [DNSLOOKUP_C, SPEC_DNSLOOKUP],
    samples: ['host lookup did not complete', 'host lookup for test.again.dns did not complete (DNS timeout?)'],
  },
  {
    id: 'exim.mx-nonexistent-hosts', // EX14
    provider: 'exim',
    reason: 'host-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['all relevant mx records point to non-existent hosts'], ['all mxs point to missing a records']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'MX targets do not exist',
        description:
          'The domain has MX records, but the names they point to have no address records (or an MX points at an IP address, which is not allowed).',
        whenYouSeeIt: '"**" lines reading "all relevant MX records point to non-existent hosts".',
        howToFix:
          'The domain owner must fix its MX targets; meanwhile the address cannot receive mail, so suppress or correct it.',
      },
    },
    references: [DNSLOOKUP_C, SPEC_DNSLOOKUP],
    samples: ['all relevant MX records point to non-existent hosts'],
  },
  {
    id: 'exim.null-mx', // EX15
    provider: 'exim',
    reason: 'not-accept',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['an mx or srv record indicated no smtp service']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Domain publishes null MX',
        description:
          'The recipient domain has a null MX ("MX 0 .", RFC 7505): it states that it accepts no mail at all.',
        whenYouSeeIt: '"**" lines reading "an MX or SRV record indicated no SMTP service".',
        howToFix: 'Remove the address; no retry or setting will deliver to that domain.',
      },
    },
    references: [
      DNSLOOKUP_C,
      { kind: 'rfc', title: 'RFC 7505 (null MX)', url: 'https://www.rfc-editor.org/rfc/rfc7505' },
    ],
    samples: ['an MX or SRV record indicated no SMTP service'],
  },
  {
    id: 'exim.mx-points-to-self', // not in the fact base
    provider: 'exim',
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [
      ['lowest numbered mx record points to local host'],
      ['remote host address is the local host'],
      ['found host', 'to be local'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'MX points back at this server',
        description:
          'The best MX host of a domain that Exim routes as remote is this very machine, so sending would loop; the domain is missing from local_domains or relay_to_domains.',
        whenYouSeeIt:
          '"**" or "==" lines reading "lowest numbered MX record points to local host" or "remote host address is the local host".',
        howToFix:
          'Add the domain to local_domains (or relay_to_domains with a route to the real server). If the host is behind NAT, list its public address in hosts_treat_as_local.',
      },
    },
    references: [DNSLOOKUP_C, SPEC_DNSLOOKUP],
    samples: ['lowest numbered MX record points to local host', 'remote host address is the local host'],
  },
  {
    id: 'exim.unrouteable', // EX01 (delivery side, or a remote Exim)
    provider: 'exim',
    reason: 'host-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['unrouteable address'], ['unrouteable mail domain']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'No router accepted the address',
        description:
          'No router could handle the address; with the default configuration that means the dnslookup router found no such domain in DNS. A remote Exim says the same when its verify = recipient fails.',
        whenYouSeeIt:
          '"** address: Unrouteable address" lines (or "unrouteable mail domain" from a redirect :fail:), or a remote "550 Unrouteable address" at RCPT TO.',
        howToFix:
          'Check the domain for typos and that it exists (dig mx). For one of our own domains, it is missing from local_domains or the routers; "exim -bt address" shows the routing decision.',
      },
    },
    references: [DNSLOOKUP_C, CONFIGURE_DEFAULT, { kind: 'mta', title: 'Exim source: route.c', url: `${SRC}/route.c` }],
    samples: ['Unrouteable address', 'unrouteable mail domain "badbad.ex"'],
  },
  {
    id: 'exim.remote-relay-not-permitted', // EX03, as said to us
    provider: 'exim',
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['relay not permitted']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote Exim will not relay',
        description:
          'The server is not responsible for the recipient domain (not in its local_domains or relay_to_domains) and we are neither in its relay_from_hosts nor logged in.',
        whenYouSeeIt: 'Remote replies "550 relay not permitted" at RCPT TO.',
        howToFix:
          'If the host is the MX of the domain, its owner has a configuration error. If it is our smarthost, authenticate to it or have our IP added to relay_from_hosts.',
      },
    },
    references: [CONFIGURE_DEFAULT, SPEC_ACL],
    samples: ['550 relay not permitted'],
  },
  {
    id: 'exim.remote-sender-verify', // EX04, as said to us
    provider: 'exim',
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender verify failed'], ['could not complete sender verify']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Our sender failed their verification',
        description:
          'The receiving Exim runs "require verify = sender" (the default ACL does): it could not route our envelope sender, or a callout to our MX refused it or did not finish.',
        whenYouSeeIt: 'Remote replies "550 Sender verify failed" or "451 Could not complete sender verify" at RCPT TO.',
        howToFix:
          'Send with a return path in a domain that has working MX records and accepts mail for that address, including a test RCPT with an empty sender.',
      },
    },
    references: [CONFIGURE_DEFAULT, VERIFY_C, SPEC_ACL],
    samples: ['550 Sender verify failed', '451 Could not complete sender verify callout'],
  },
  {
    id: 'exim.remote-message-size', // not in the fact base; smtp_in.c
    provider: 'exim',
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['message size exceeds maximum permitted']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Message over remote size limit',
        description: 'Our message is larger than message_size_limit of the receiving Exim (50 MB unless changed).',
        whenYouSeeIt:
          'Remote replies "552 Message size exceeds maximum permitted" at MAIL FROM (when we announce SIZE) or after the data.',
        howToFix: 'The sender must shrink the message or send a link; only the receiver can raise its limit.',
      },
    },
    references: [
      SMTP_IN_C,
      { kind: 'mta', title: 'Exim specification: Main configuration', url: `${SPEC}/ch-main_configuration.html` },
    ],
    samples: ['552 Message size exceeds maximum permitted'],
  },
  {
    id: 'exim.smtp-timeout', // EX16
    provider: 'exim',
    reason: 'timeout',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['smtp timeout after'], ['lmtp timeout after']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote stopped answering',
        description:
          'The smtp (or lmtp) transport sent a command and got no reply within its timeout (command_timeout and data_timeout 5 min, final_timeout 10 min by default).',
        whenYouSeeIt:
          '"==" lines such as "Connection timed out H=mx [ip]: SMTP timeout after RCPT TO:<x>" or "... SMTP timeout after end of data (1234 bytes written)".',
        howToFix:
          'Usually transient; a timeout after end of data means slow content scanning at the receiver and may cause a duplicate. Raise final_timeout only for a known slow partner.',
      },
    },
    references: [SMTP_TRANSPORT_C, SPEC_SMTP_TRANSPORT],
    samples: [
      'SMTP timeout after RCPT TO:<userx@test.ex>',
      'Connection timed out H=ip4.ip4.ip4.ip4 [ip4.ip4.ip4.ip4]: SMTP timeout after end of data (ddd bytes written)',
      'LMTP timeout after DATA',
    ],
  },
  {
    id: 'exim.connection-timed-out', // EX18 (ETIMEDOUT)
    provider: 'exim',
    reason: 'timeout',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['connection timed out']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Connection attempt timed out',
        description:
          'The TCP connection to the mail host got no answer (errno 110, ETIMEDOUT): the host is down, or packets to port 25 are dropped.',
        whenYouSeeIt:
          '"==" lines with defer (110) reading "Connection timed out". If every destination shows it, our outbound port 25 is blocked.',
        howToFix:
          'Test with "nc -v host 25" from the server. Ask the provider to open port 25 or route through its smarthost; for a single destination, wait for it to come back.',
      },
    },
    references: [SMTP_TRANSPORT_C, SPEC_LOG_FILES],
    samples: ['Connection timed out'],
  },
  {
    id: 'exim.connection-refused', // EX18 (ECONNREFUSED, routing errors)
    provider: 'exim',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['connection refused'], ['no route to host'], ['network is unreachable']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Connection refused or unroutable',
        description:
          'The TCP connection failed at once: the host refused it (errno 111, nothing listens on port 25) or no route leads there (113, 101), often an IPv6 address without IPv6 connectivity.',
        whenYouSeeIt:
          '"==" lines with defer (111) reading "Connection refused", or "No route to host" / "Network is unreachable".',
        howToFix:
          'Check that the MX points at a working mail server. For unreachable IPv6 addresses set dns_ipv4_lookup or disable_ipv6; otherwise the queue keeps retrying.',
      },
    },
    references: [SMTP_TRANSPORT_C, SPEC_LOG_FILES],
    samples: ['Connection refused'],
  },
  {
    id: 'exim.remote-closed-connection', // EX17
    provider: 'exim',
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['remote host closed connection in response to']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote closed the connection',
        description:
          'The server hung up after one of our commands without sending an SMTP reply; the text names the command.',
        whenYouSeeIt:
          '"==" lines with defer (-18) reading "Remote host closed connection in response to initial connection" (or EHLO, RCPT TO, end of data).',
        howToFix:
          'Mostly overload and transient. If one destination always closes at the same step, it may be blocking our IP silently; check blocklists and ask its postmaster.',
      },
    },
    references: [SMTP_TRANSPORT_C],
    samples: [
      'Remote host closed connection in response to initial connection',
      'Remote host closed connection in response to EHLO myhost.test.ex',
    ],
  },
  {
    id: 'exim.malformed-reply', // not in the fact base; transports/smtp.c
    provider: 'exim',
    reason: 'protocol',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['malformed smtp reply']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Remote sent a broken reply',
        description:
          'The server answered with something that is not a valid SMTP reply (an empty line, missing code, or lines over the length limit).',
        whenYouSeeIt:
          '"==" lines with defer (-19) reading "Malformed SMTP reply (an empty line) in response to RCPT TO:<x>".',
        howToFix:
          'The receiving server or a middlebox in front of it is broken; report it to its postmaster. The queue retries.',
      },
    },
    references: [SMTP_TRANSPORT_C],
    samples: ['Malformed SMTP reply (an empty line) in response to RCPT TO:<userx@test.ex>'],
  },
  {
    id: 'exim.tls-required', // EX19 (-38)
    provider: 'exim',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['a tls session is required']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Required TLS not available',
        description:
          'The host matches hosts_require_tls (or a DANE or MTA-STS requirement) in our smtp transport, but it offered no STARTTLS or the TLS start failed.',
        whenYouSeeIt:
          '"==" lines with defer (-38) reading "a TLS session is required, but the server did not offer TLS support" or "... but an attempt to start TLS failed".',
        howToFix:
          'Ask the receiver to enable STARTTLS, or remove that host from hosts_require_tls if the requirement was ours to choose.',
      },
    },
    references: [SMTP_TRANSPORT_C, SPEC_TLS],
    samples: [
      'a TLS session is required, but the server did not offer TLS support',
      'a TLS session is required, but an attempt to start TLS failed',
    ],
  },
  {
    id: 'exim.tls-failed', // EX19 (-37), DANE
    provider: 'exim',
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['tls session:'], ['dane error']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'TLS negotiation failed',
        description:
          'The TLS handshake with the server failed, or its certificate did not pass verification (tls_verify_hosts, DANE TLSA records, OCSP status).',
        whenYouSeeIt:
          '"==" lines with defer (-37) reading "TLS session: (SSL_connect): ..." or "TLS session: (certificate verification failed): ...", or "DANE error: tlsa lookup FAIL".',
        howToFix:
          'The text in parentheses names the failing step: certificate problems belong to the receiver, protocol or cipher mismatches may need tls_require_ciphers changes on our side. Exim falls back to clear text only where tls_try_verify_hosts allows.',
      },
    },
    references: [SMTP_TRANSPORT_C, SPEC_TLS],
    samples: [
      'TLS session: (certificate verification failed): certificate invalid',
      'TLS session: (gnutls_handshake): rxd alert: Internal error',
      'DANE error: tlsa lookup FAIL',
    ],
  },
  {
    id: 'exim.client-auth-failed', // not in the fact base; transports/smtp.c (-42)
    provider: 'exim',
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['authentication attempt(s) failed']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Our login to the relay failed',
        description:
          'The host matches hosts_require_auth in our smtp transport, and every authenticator we tried was refused.',
        whenYouSeeIt:
          '"==" lines with defer (-42) reading "authentication required but authentication attempt(s) failed".',
        howToFix:
          'Check the client_send / client_name / client_secret settings of our authenticators for that smarthost, and that the account works.',
      },
    },
    references: [
      SMTP_TRANSPORT_C,
      { kind: 'mta', title: 'Exim specification: SMTP authentication', url: `${SPEC}/ch-smtp_authentication.html` },
    ],
    samples: ['authentication required but authentication attempt(s) failed'],
  },
  {
    id: 'exim.client-auth-unavailable', // not in the fact base; transports/smtp.c (-42)
    provider: 'exim',
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['authentication required but server did not advertise auth']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Relay offers no AUTH',
        description:
          'We must log in to this host (hosts_require_auth), but its EHLO reply lists no AUTH mechanism, often because it offers AUTH only after STARTTLS.',
        whenYouSeeIt:
          '"==" lines with defer (-42) reading "authentication required but server did not advertise AUTH support".',
        howToFix:
          'Make sure our transport uses TLS with that host (hosts_require_tls) and the port the provider documents for submission.',
      },
    },
    references: [
      SMTP_TRANSPORT_C,
      { kind: 'mta', title: 'Exim specification: SMTP authentication', url: `${SPEC}/ch-smtp_authentication.html` },
    ],
    samples: ['authentication required but server did not advertise AUTH support'],
  },
  {
    id: 'exim.mailbox-full', // EX20
    provider: 'exim',
    reason: 'mailbox-full',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['mailbox is full (', 'quota exceeded while writing to']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Local mailbox over quota',
        description:
          'The appendfile transport would exceed the quota (or quota_filecount) set for the mailbox, or the file system quota of the user, while writing the message.',
        whenYouSeeIt:
          '"==" lines with defer (-22) reading "mailbox is full (MTA-imposed quota exceeded while writing to <path>)"; after the retry period they become "**" failures.',
        howToFix:
          'The user must clean up, or raise quota in the transport for that user; quota_warn_threshold can warn users before it happens.',
      },
    },
    references: [APPENDFILE_C, SPEC_APPENDFILE],
    samples: [
      'mailbox is full (MTA-imposed quota exceeded while writing to TESTSUITE/test-mail/userx)',
      'mailbox is full (MTA-imposed filecount quota exceeded while writing to tmp/MAILDIR.myhost.test.ex)',
    ],
  },
  {
    id: 'exim.transport-size-limit', // not in the fact base; transport.c
    provider: 'exim',
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['message is too big (transport limit']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Message over transport size limit',
        description:
          'The message is larger than the message_size_limit option of the transport chosen for this address.',
        whenYouSeeIt: '"**" lines reading "message is too big (transport limit = 1024)".',
        howToFix:
          'Raise message_size_limit on that transport if bigger mail is wanted; otherwise the sender must send less.',
      },
    },
    references: [{ kind: 'mta', title: 'Exim source: transport.c', url: `${SRC}/transport.c` }],
    samples: ['message is too big (transport limit = 1024)'],
  },
  {
    id: 'exim.transport-line-length', // EX26 (delivery side)
    provider: 'exim',
    reason: 'not-compliant',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['message has lines too long for transport']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Message lines too long to send',
        description:
          'The message contains lines longer than the 998 characters SMTP allows, and the transport is set to refuse rather than wrap them.',
        whenYouSeeIt: '"**" lines reading "message has lines too long for transport (received 999, limit 998)".',
        howToFix: 'Fix the generating application to wrap lines or use quoted-printable or base64 encoding.',
      },
    },
    references: [{ kind: 'mta', title: 'Exim source: transport.c', url: `${SRC}/transport.c` }],
    samples: ['message has lines too long for transport (received 999, limit 998)'],
  },
  {
    id: 'exim.utf8-not-offered', // not in the fact base; transports/smtp.c
    provider: 'exim',
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['utf8 support required but not offered']],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Receiver lacks SMTPUTF8',
        description:
          'The message has internationalised (UTF-8) addresses, and the receiving server did not announce SMTPUTF8, so it cannot be sent unchanged.',
        whenYouSeeIt: '"**" lines reading "utf8 support required but not offered for forwarding".',
        howToFix:
          'Use an ASCII form of the addresses (utf8_downconvert in the transport can convert domains), or reach the recipient another way.',
      },
    },
    references: [
      SMTP_TRANSPORT_C,
      { kind: 'rfc', title: 'RFC 6531 (SMTPUTF8)', url: 'https://www.rfc-editor.org/rfc/rfc6531' },
    ],
    samples: ['utf8 support required but not offered for forwarding'],
  },
  {
    id: 'exim.pipe-failed', // not in the fact base; transports/pipe.c
    provider: 'exim',
    reason: 'mailer-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['child process of', 'transport returned'],
      ['pipe delivery process timed out'],
      ['transport filter process failed'],
      ['transport filter timeout'],
      ['failed to send message from', 'transport'],
      ['return message generated'],
      ['command not found for', 'transport'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Delivery command failed',
        description:
          'A pipe transport command or a transport_filter exited with an error status, could not be run, or exceeded its timeout.',
        whenYouSeeIt:
          'Lines reading "Child process of address_pipe transport returned 127 (could mean unable to exec or command does not exist) from command: ..." or "pipe delivery process timed out".',
        howToFix:
          'Run the command by hand as the transport user; exit code 75 is treated as temporary (temp_errors), others fail the address. Fix the path, permissions or script.',
      },
    },
    references: [
      PIPE_C,
      { kind: 'mta', title: 'Exim specification: The pipe transport', url: `${SPEC}/ch-the_pipe_transport.html` },
    ],
    samples: [
      'Child process of pipe transport returned 127 (could mean unable to exec or command does not exist) from command: /non/exist/command',
      'pipe delivery process timed out',
      'transport filter process failed (127): unable to execute command',
    ],
  },
  {
    id: 'exim.local-mailbox-error', // not in the fact base; transports/appendfile.c
    provider: 'exim',
    reason: 'mailer-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['failed to lock mailbox'],
      ['creating lock file hitching post'],
      ['creation outside the home directory is not permitted'],
      ['failed to create directories for'],
      ['mailbox file format unrecognized'],
      ['appendfile: file or directory name'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Mailbox could not be locked',
        description:
          'The appendfile transport could not lock the mailbox file: another process holds it, or the lock file cannot be created (permissions).',
        whenYouSeeIt:
          '"==" lines reading "failed to lock mailbox <path> (fcntl/flock)" or "Permission denied: creating lock file hitching post ...".',
        howToFix:
          'Check the mail spool directory permissions (the sticky bit or group write for lock files) and for stuck processes holding the mailbox.',
      },
    },
    references: [APPENDFILE_C, SPEC_APPENDFILE],
    samples: [
      'failed to lock mailbox TESTSUITE/test-mail/userx (fcntl/flock)',
      'tried to create file in TESTSUITE/test-empty, but file creation outside the home directory is not permitted',
    ],
  },

  // ── 2. Texts that mean the same in both directions ────────────────────────────────────────
  {
    id: 'exim.too-many-received', // EX21
    provider: 'exim',
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['too many "received" headers']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Too many Received headers',
        description:
          'The message carries more Received: headers than received_headers_max (30 by default), the sign of a forwarding loop.',
        whenYouSeeIt: '"**" lines or rejections reading \'Too many "Received" headers - suspected mail loop\'.',
        howToFix:
          'Read the Received headers of the message to find the hosts that pass it back and forth, and fix their routing or forwarding.',
      },
    },
    references: [{ kind: 'mta', title: 'Exim source: receive.c', url: `${SRC}/receive.c` }, SPEC_LOG_FILES],
    samples: ['Too many "Received" headers - suspected mail loop'],
  },
  {
    id: 'exim.tainted-data', // not in the fact base; Exim 4.94+ taint checks
    provider: 'exim',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['tainted', 'not permitted'], ['tainted arg']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Tainted data in configuration',
        description:
          'Since Exim 4.94 values taken from the message (such as $local_part) may not be used directly in file names or commands, and our configuration still does so.',
        whenYouSeeIt:
          'Defers or failures reading "Tainted \'path\' (file or directory name for local_delivery transport) not permitted" after an upgrade.',
        howToFix:
          'Replace the tainted variable with a lookup result (for example $local_part_data from the router check, or a dsearch lookup) as the Exim upgrade notes describe.',
      },
    },
    references: [
      { kind: 'mta', title: 'Exim specification: String expansions', url: `${SPEC}/ch-string_expansions.html` },
    ],
    samples: [
      "Tainted 'TESTSUITE/bin/iefbr14' (command for t0 transport) not permitted",
      "Tainted arg 1 for t1 transport command: 'tpt_user'",
    ],
  },
  {
    id: 'exim.expansion-failed', // not in the fact base
    provider: 'exim',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['failed to expand'], ['expansion of', 'failed']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Configuration expansion failed',
        description:
          'A string expansion in our router, transport or ACL configuration failed: a syntax error, or a lookup that could not complete.',
        whenYouSeeIt:
          'Defers reading \'Failed to expand return path "..." in <name> transport: ...\' or rejections "failed to expand ACL string ...".',
        howToFix:
          'Test the expansion with "exim -be", fix the syntax or the lookup source it depends on, then retry the queue.',
      },
    },
    references: [
      { kind: 'mta', title: 'Exim specification: String expansions', url: `${SPEC}/ch-string_expansions.html` },
    ],
    samples: ['Failed to expand return path "${if" in bad_return transport: condition name expected, but found ""'],
  },
  {
    id: 'exim.redirect-data-error', // not in the fact base; routers/redirect.c
    provider: 'exim',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['error in redirect data'],
      ['error in filter file'],
      ['syntax error in redirection data'],
      ['" is not an absolute path'],
    ],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Alias or forward file broken',
        description:
          'A redirect router (system aliases, .forward or a filter file) could not use its data: a syntax error, a forbidden feature such as :include: or pipes, or a file it may not read.',
        whenYouSeeIt:
          '"==" lines with defer (-17) reading "error in redirect data: ..." or "error in filter file: ...", or "**" lines "syntax error in redirection data".',
        howToFix:
          'Fix the alias or .forward entry the message names; if the feature is wanted, enable it on the router (allow_include, allow_filter, allow_pipe, allow_file).',
      },
    },
    references: [
      { kind: 'mta', title: 'Exim specification: The redirect router', url: `${SPEC}/ch-the_redirect_router.html` },
    ],
    samples: [
      'error in redirect data: missing or malformed local part (expected word or "<") in "bad address"',
      'error in filter file: filtering not enabled',
      'syntax error in redirection data',
    ],
  },
  {
    id: 'exim.transport-config-error', // not in the fact base; route.c, deliver.c
    provider: 'exim',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['transport unset in'],
      ['_transport is unset'],
      ['transport (for', 'not found'],
      ['no command specified for'],
      ['is not defined for', 'transport'],
      ['is on the never_users list'],
      ['called with no hosts set'],
      ['delivery to file forbidden'],
      ['delivery to pipe forbidden'],
    ],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Router or transport misconfigured',
        description:
          'The address was routed to a transport that is missing or incomplete in our configuration (no pipe_transport, no command, unknown port), or to a file or pipe that the router does not allow.',
        whenYouSeeIt:
          '"==" or "**" lines such as "pipe_transport unset in userforward router", "no command specified for t1 transport" or "delivery to pipe forbidden".',
        howToFix:
          'Complete the router or transport named in the text (set pipe_transport / file_transport, command, port) or allow the delivery type with allow_pipe / allow_file, then "exim -bV" and retry the queue.',
      },
    },
    references: [
      { kind: 'mta', title: 'Exim source: deliver.c', url: `${SRC}/deliver.c` },
      {
        kind: 'mta',
        title: 'Exim specification: Generic options for routers',
        url: `${SPEC}/ch-generic_options_for_routers.html`,
      },
    ],
    samples: [
      'pipe_transport unset in userforward router',
      'no command specified for t1 transport',
      'delivery to pipe forbidden',
    ],
  },
  {
    id: 'exim.lookup-defer', // not in the fact base; route.c
    provider: 'exim',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['check lookup or other defer'],
      ['lookup defer for'],
      ['domains lookup deferred'],
      ['condition check lookup defer'],
    ],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Router lookup deferred',
        description:
          'A lookup that a router or a main option needs (domains, senders, local_parts, hold_domains, mx_domains) could not be completed, so routing waits; typically an LDAP, SQL or DNS source is down.',
        whenYouSeeIt: '"==" lines such as "domains check lookup or other defer" or "hold_domains lookup deferred".',
        howToFix:
          'Check the database or directory server behind the lookup named in the text; Exim retries when it answers again.',
      },
    },
    references: [{ kind: 'mta', title: 'Exim source: route.c', url: `${SRC}/route.c` }],
    samples: ['senders check lookup or other defer', 'hold_domains lookup deferred'],
  },
  {
    id: 'exim.acl-config-error', // not in the fact base; acl.c
    provider: 'exim',
    reason: 'system-error',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['unknown acl verb'],
      ['unknown acl condition'],
      ['cannot test', 'acl'],
      ['cannot use', 'acl'],
      ['cannot verify', 'in acl for'],
      ['for linear search'],
      ['acl error:'],
    ],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Our ACL is misconfigured',
        description:
          'An ACL statement could not be evaluated: an unknown verb or condition, a condition that is not allowed in that ACL, or a lookup file that cannot be opened. Exim then refuses or defers the client.',
        whenYouSeeIt:
          'Rejections quoting the broken statement, such as "unknown ACL verb \'dony\'" or "cannot test domains condition in DATA ACL", usually with paniclog entries.',
        howToFix:
          'Fix the ACL named in the text and test it with "exim -bh <ip>" before reloading; until then legitimate mail may be refused.',
      },
    },
    references: [{ kind: 'mta', title: 'Exim source: acl.c', url: `${SRC}/acl.c` }, SPEC_ACL],
    samples: ['unknown ACL verb "dony" in "dony verify = junk"', 'cannot test domains condition in DATA ACL'],
  },
  {
    id: 'exim.frozen', // EX25
    provider: 'exim',
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['frozen (delivery error message)'], ['message is frozen']],
    requiresProvider: false,
    texts: {
      en: {
        title: 'Message frozen in the queue',
        description:
          'Exim stopped trying to deliver the message. Most often it is a bounce that itself could not be delivered (its sender was empty), so nobody would learn of the failure.',
        whenYouSeeIt:
          '"Frozen (delivery error message)" after a failed bounce; "Message is frozen" when a queue run skips it.',
        howToFix:
          'Inspect with "exim -Mvh <id>", then thaw (-Mt) or remove (-Mrm) it. Set ignore_bounce_errors_after and timeout_frozen_after so frozen bounces clear themselves.',
      },
    },
    references: [
      SPEC_LOG_FILES,
      { kind: 'mta', title: 'Exim specification: Main configuration', url: `${SPEC}/ch-main_configuration.html` },
    ],
    samples: ['Frozen (delivery error message)', 'Message is frozen'],
  },

  // ── 3. Our own SMTP server and ACLs refusing a client ─────────────────────────────────────
  {
    id: 'exim.sender-verify-incomplete', // EX04 (451)
    provider: 'exim',
    reason: 'sender-rejected',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['could not complete sender verify']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Sender check inconclusive',
        description:
          '"verify = sender" could not reach a verdict: the sender domain lookup or the callout to its MX failed temporarily, so the client is deferred.',
        whenYouSeeIt:
          'Rejections "451 Could not complete sender verify" or "... sender verify callout", with "sender verify defer" lines giving the detail.',
        howToFix:
          'Usually clears on retry. If our resolver or outbound port 25 is the problem, every callout fails; check those first.',
      },
    },
    references: [VERIFY_C, SPEC_ACL],
    samples: ['Could not complete sender verify callout', '451 Could not complete sender verify'],
  },
  {
    id: 'exim.sender-verify-failed', // EX04
    provider: 'exim',
    reason: 'sender-rejected',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['sender verify fail']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client sender failed verification',
        description:
          '"require verify = sender" in our RCPT ACL (part of the default configuration) found the envelope sender unroutable or refused by callout.',
        whenYouSeeIt:
          'Lines "sender verify fail for <addr>: <why>" followed by "rejected RCPT <x>: Sender verify failed".',
        howToFix:
          'Working as intended for forged senders. A legitimate sender must fix the DNS of its domain or use a deliverable return address.',
      },
    },
    references: [CONFIGURE_DEFAULT, VERIFY_C, SPEC_ACL],
    samples: ['Sender verify failed', 'sender verify fail for <usfh@technological-systems.com>: Unknown user'],
  },
  {
    id: 'exim.recipient-verify-incomplete', // not in the fact base; verify.c
    provider: 'exim',
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['could not complete recipient verify']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Recipient callout inconclusive',
        description:
          'Our "verify = recipient/callout" could not reach the downstream server to check the address, so the client is deferred.',
        whenYouSeeIt: 'Rejections "Could not complete recipient verify callout: <host> : <error>".',
        howToFix: 'Check that the downstream server is up and reachable from this host; the client retries.',
      },
    },
    references: [VERIFY_C, SPEC_ACL],
    samples: ['Could not complete recipient verify callout: 127.0.0.1 [127.0.0.1] : Connection refused'],
  },
  {
    id: 'exim.unrouteable-recipient', // EX01 (our ACL)
    provider: 'exim',
    reason: 'host-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['unrouteable address'], ['unrouteable mail domain']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client recipient not routable',
        description:
          '"require verify = recipient" in our RCPT ACL could not route the address: its domain does not exist in DNS, or no router accepts it.',
        whenYouSeeIt: 'Lines "rejected RCPT <x>: Unrouteable address".',
        howToFix: 'The submitting client must correct the address; run "exim -bt address" if it should be routable.',
      },
    },
    references: [CONFIGURE_DEFAULT, SPEC_ACL],
    samples: ['Unrouteable address'],
  },
  {
    id: 'exim.unknown-user', // EX02
    provider: 'exim',
    reason: 'user-unknown',
    whoMustAct: 'their-side',
    hardness: 'hard',
    codes: [],
    enhanced: [],
    match: [['unknown user']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'No such local user',
        description:
          'The address is in one of our local domains, but the localuser router found no account (its cannot_route_message is "Unknown user") and no alias matched.',
        whenYouSeeIt: 'Lines "rejected RCPT <x>: Unknown user".',
        howToFix:
          'Normal for mistyped or guessed addresses. If the user should exist, add the account or an entry in the system aliases file.',
      },
    },
    references: [
      CONFIGURE_DEFAULT,
      {
        kind: 'mta',
        title: 'Exim specification: Generic options for routers',
        url: `${SPEC}/ch-generic_options_for_routers.html`,
      },
    ],
    samples: ['Unknown user'],
  },
  {
    id: 'exim.relay-not-permitted', // EX03
    provider: 'exim',
    reason: 'relay-denied',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['relay not permitted']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'We refused to relay',
        description:
          'The default RCPT ACL: the client is not in relay_from_hosts, has not authenticated, and the recipient domain is in neither local_domains nor relay_to_domains.',
        whenYouSeeIt: 'Lines "rejected RCPT <x>: relay not permitted"; many from one IP are open-relay probes.',
        howToFix:
          'Working as intended for strangers. Our own users must authenticate; trusted hosts go in relay_from_hosts, domains we serve in relay_to_domains.',
      },
    },
    references: [CONFIGURE_DEFAULT, SPEC_ACL],
    samples: ['relay not permitted'],
  },
  {
    id: 'exim.restricted-characters', // EX06
    provider: 'exim',
    reason: 'policy',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['restricted characters in address']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Address with restricted characters',
        description:
          'The default RCPT ACL refuses local parts that start with a dot or contain @ % ! / or |, which are used to trick relays and file deliveries.',
        whenYouSeeIt: 'Lines "rejected RCPT <x>: restricted characters in address".',
        howToFix:
          'Nothing for probes. If real local parts use those characters, relax the local_parts patterns of that ACL statement.',
      },
    },
    references: [CONFIGURE_DEFAULT, SPEC_ACL],
    samples: ['restricted characters in address'],
  },
  {
    id: 'exim.auth-failed', // not in the fact base; fail2ban/crowdsec/wazuh lines
    provider: 'exim',
    reason: 'login-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['incorrect authentication data']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client login failed',
        description: 'A client tried SMTP AUTH on our server and the authenticator refused the user name or password.',
        whenYouSeeIt:
          'Lines "<name> authenticator failed for <host> [ip]: 535 Incorrect authentication data (set_id=user)"; bursts from one IP are password guessing.',
        howToFix:
          'Ban repeating IPs with fail2ban or an ACL ratelimit; a single failure from a known user means a stale password in the mail client.',
      },
    },
    references: [
      { kind: 'mta', title: 'Exim specification: SMTP authentication', url: `${SPEC}/ch-smtp_authentication.html` },
      SMTP_IN_C,
    ],
    samples: ['535 Incorrect authentication data', '535 Incorrect authentication data (set_id=user@example.com)'],
  },
  {
    id: 'exim.synchronization-error', // EX22
    provider: 'exim',
    reason: 'protocol',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['smtp protocol synchronization error'], ['smtp synchronization error']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client talked out of turn',
        description:
          'The client sent data before our greeting, or several commands at once although PIPELINING was not offered (smtp_enforce_sync).',
        whenYouSeeIt:
          'Lines "SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from ..."; the client receives "554 SMTP synchronization error".',
        howToFix: 'Nothing; spam software and scanners behave like this. Fix our own scripts to wait for each reply.',
      },
    },
    references: [SMTP_IN_C, SPEC_LOG_FILES],
    samples: [
      'SMTP protocol synchronization error (next input sent too soon: pipelining was not advertised): rejected "RSET" H=ba77.mx83.fr [82.96.160.77]:58302 I=[1.2.3.4]:25',
      '554 SMTP synchronization error',
    ],
  },
  {
    id: 'exim.dropped-abuse', // EX23
    provider: 'exim',
    reason: 'protocol',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['too many syntax or protocol errors'], ['too many unrecognized commands'], ['too many nonmail commands']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Abusive client disconnected',
        description:
          'The client reached smtp_max_synprot_errors, smtp_max_unknown_commands or smtp_accept_max_nonmail, so Exim dropped the connection.',
        whenYouSeeIt:
          'Lines "SMTP call from ... dropped: too many syntax or protocol errors (last command was ...)" or "... too many nonmail commands".',
        howToFix: 'Nothing; these are scanners and password guessers. Ban persistent sources with fail2ban.',
      },
    },
    references: [
      SMTP_IN_C,
      { kind: 'mta', title: 'Exim specification: Main configuration', url: `${SPEC}/ch-main_configuration.html` },
    ],
    samples: [
      'dropped: too many syntax or protocol errors (last command was "AUTH LOGIN")',
      'dropped: too many nonmail commands (last was "RSET")',
    ],
  },
  {
    id: 'exim.command-timeout', // EX24
    provider: 'exim',
    reason: 'timeout',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['smtp command timeout on']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Idle client disconnected',
        description:
          'An inbound client sent nothing for smtp_receive_timeout (5 minutes by default), so Exim sent 421 and closed the connection.',
        whenYouSeeIt: 'Lines "SMTP command timeout on connection from <host> [ip]" (or "on TLS connection").',
        howToFix:
          'Usually harmless (scanners, dropped links). Many from real senders at once point to a network problem in front of the server.',
      },
    },
    references: [SMTP_IN_C, SPEC_LOG_FILES],
    samples: ['SMTP command timeout on connection from localhost (myhost.test.ex) [127.0.0.1]'],
  },
  {
    id: 'exim.message-too-big', // not in the fact base; smtp_in.c
    provider: 'exim',
    reason: 'message-too-large',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['message too big: read='], ['message too big: size']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client message over our size limit',
        description:
          'The SIZE announced at MAIL FROM, or the data actually received, exceeds our message_size_limit; the client is told "552 Message size exceeds maximum permitted".',
        whenYouSeeIt:
          'Lines "rejected MAIL FROM:<x> ...: message too big: size=N max=M" or "rejected from <x> ...: message too big: read=N max=M".',
        howToFix: 'The sender must send less; raise message_size_limit if larger mail is wanted.',
      },
    },
    references: [
      SMTP_IN_C,
      { kind: 'mta', title: 'Exim specification: Main configuration', url: `${SPEC}/ch-main_configuration.html` },
    ],
    samples: ['message too big: read=501 max=500', 'message too big: size=1000000000 max=100'],
  },
  {
    id: 'exim.data-format', // EX26 (our DATA ACL)
    provider: 'exim',
    reason: 'not-compliant',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['maximum allowed line length is 998 octets'], ['failing address in "'], ['header syntax']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client message badly formatted',
        description:
          'Our DATA ACL refused the message because a line exceeds 998 characters, or an address header failed "verify = header_syntax".',
        whenYouSeeIt:
          'Lines "rejected after DATA: maximum allowed line length is 998 octets, got N" or "rejected after DATA: domain missing or malformed: failing address in the From: header is: ..." (the header name is quoted).',
        howToFix:
          'The sending application must produce RFC 5322 headers and wrapped lines; exempt a known broken sender in the ACL if it matters.',
      },
    },
    references: [CONFIGURE_DEFAULT, SPEC_ACL],
    samples: [
      'domain missing or malformed: failing address in "From:" header is: @',
      'maximum allowed line length is 998 octets, got 1200',
    ],
  },
  {
    id: 'exim.helo-syntax', // not in the fact base; smtp_in.c
    provider: 'exim',
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['syntactically invalid argument']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client HELO argument invalid',
        description:
          'The client sent HELO or EHLO with no argument or with characters that are not allowed in a host name, and Exim refused it (helo_accept_junk_hosts not set).',
        whenYouSeeIt:
          'Lines "rejected EHLO from [ip]: syntactically invalid argument(s): (no argument given)"; the client got "501 Syntactically invalid EHLO argument(s)".',
        howToFix:
          'The client must send a valid host name. For a known broken device on our network, list it in helo_accept_junk_hosts.',
      },
    },
    references: [SMTP_IN_C],
    samples: ['syntactically invalid argument(s): (no argument given)'],
  },
  {
    id: 'exim.header-sender-verify', // not in the fact base; verify.c
    provider: 'exim',
    reason: 'sender-rejected',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['there is no valid sender in any header line']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'No verifiable header sender',
        description:
          '"verify = header_sender" in our DATA ACL found no address in Sender:, Reply-To: or From: that could be verified.',
        whenYouSeeIt: 'Lines "rejected after DATA: there is no valid sender in any header line".',
        howToFix: 'Working as intended for forged mail. A legitimate sender must put a deliverable address in From:.',
      },
    },
    references: [VERIFY_C, SPEC_ACL],
    samples: ['there is no valid sender in any header line'],
  },
  {
    id: 'exim.tls-inbound-error', // EX19 (inbound)
    provider: 'exim',
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['tls error on connection from'], ['certificate not verified: peerdn']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client TLS handshake failed',
        description:
          'A client started TLS with our server and the handshake failed (no common protocol or cipher, a rejected certificate, the client gave up), or an ACL "verify = certificate" found its certificate unverified.',
        whenYouSeeIt:
          'Lines "TLS error on connection from <host> [ip] (SSL_accept): ..." or "(gnutls_handshake): ...".',
        howToFix:
          'Single occurrences are scanners. If real clients fail, check that our tls_certificate chain is complete and tls_require_ciphers is not too strict.',
      },
    },
    references: [SPEC_TLS, { kind: 'mta', title: 'Exim source: tls.c', url: `${SRC}/tls.c` }],
    samples: [
      'TLS error on connection from the.local.host.name (myhost.test.ex) [ip4.ip4.ip4.ip4] (gnutls_handshake): The requested data were not available.',
    ],
  },
  {
    id: 'exim.no-host-name', // EX30
    provider: 'exim',
    reason: 'require-ptr',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [['no host name found for ip address']],
    requiresProvider: false,
    speaker: 'local',
    texts: {
      en: {
        title: 'Client IP has no reverse name',
        description:
          'Exim looked up the PTR record of a connecting client (host_lookup) and found none. This is a note, not a refusal.',
        whenYouSeeIt: 'Lines "no host name found for IP address 192.0.2.8".',
        howToFix:
          'Nothing, unless an ACL refuses such hosts ("verify = reverse_host_lookup"); then the sender must get a PTR record.',
      },
    },
    references: [SMTP_IN_C, SPEC_LOG_FILES],
    samples: ['no host name found for IP address 192.0.2.8'],
  },
  {
    id: 'exim.queued-by-configuration',
    provider: 'exim',
    reason: 'queued',
    whoMustAct: 'nobody',
    hardness: 'soft',
    codes: [],
    enhanced: [],
    match: [
      ['smtp delivery explicitly queued'],
      ['domain is held'],
      ['domain is in queue_domains'],
      ['first-pass only routing due to'],
      ['reusing smtp connection skips previous routing defer'],
    ],
    requiresProvider: false,
    speaker: 'remote',
    texts: {
      en: {
        title: 'Queued on purpose by our configuration',
        description:
          'Exim did not try this address now because its own configuration says to wait: queue_smtp_domains, queue_domains, hold_domains, -odqs, or an ACL `control = queue`. Nothing failed; a later queue run delivers it.',
        whenYouSeeIt:
          '`==` lines with "SMTP delivery explicitly queued", "domain is held", "domain is in queue_domains" or "first-pass only routing due to -odqs, queue_smtp_domains or control=queue".',
        howToFix:
          'Nothing if the setting is intended. If mail waits too long, check that a queue runner runs (`exim -q` from the daemon or cron) and whether the domain is still in hold_domains.',
      },
    },
    references: [
      {
        kind: 'mta',
        title: 'Exim spec: main configuration (queue_domains, hold_domains)',
        url: `${SPEC}/ch-main_configuration.html`,
      },
    ],
    samples: [
      'SMTP delivery explicitly queued',
      'domain is held',
      'first-pass only routing due to -odqs, queue_smtp_domains or control=queue',
    ],
  },
];

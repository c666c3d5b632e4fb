/**
 * How the catalog recognises which provider a remote server belongs to.
 *
 * Large providers give registry codes their own meaning: Gmail's X.7.27 means "SPF did not pass",
 * not "sender has a null MX"; Yahoo's 5.7.9 is an authentication or policy refusal; Microsoft's
 * 4.4.8 is an MTA-STS failure (fact base §0.13). So when the remote is known, that provider's
 * rules are tried before the registry meaning of the enhanced code (lookup.ts, layer 1).
 *
 * A provider is recognised by a suffix of the remote host name (Postfix `relay=`, Exim `H=`), or,
 * when the host is unknown, by a marker in the reply text. Markers must be specific: a false
 * match sends the reply through the wrong provider's rules first. Addresses such as
 * `x@yahoo.com` or `x@outlook.com` appear in any server's replies, so bare mailbox domains are
 * never markers; host names of the provider's own infrastructure and its help links are.
 *
 * Sources: MX and reply host names seen in the corpus (`gmail-smtp-in.l.google.com`,
 * `*.pamx1.hotmail.com`, `*.mail.eo.outlook.com`, `*.mail.protection.outlook.com`,
 * `mta5.am0.yahoodns.net`, `mailin-02.mx.aol.com`, `mx6.me.com.akadns.net`,
 * `mx4.mac.com.akadns.net`), provider help links quoted in real replies (fact base §3, Sisimai
 * rhost tables), Google's note that every Gmail error ends with `gsmtp`.
 *
 * Order matters: `detectProvider` checks each signature's host suffixes and then its markers
 * before moving on, so the mailbox providers come before the filtering services (Apple's replies
 * can quote a Proofpoint link). The first host suffix of each signature is a real MX suffix: the
 * catalog tests use `mx.<first suffix>` as the example remote host.
 */
import type { ProviderSignature } from './types.js';

export const PROVIDER_SIGNATURES: readonly ProviderSignature[] = [
  {
    provider: 'gmail',
    // gmail-smtp-in.l.google.com, aspmx.l.google.com, smtp-relay.gmail.com, smtp.gmail.com
    hostSuffixes: ['google.com', 'googlemail.com', 'gmail.com'],
    // Google appends "- gsmtp" to every SMTP error (support.google.com/a/answer/3726730).
    textMarkers: ['gsmtp'],
  },
  {
    provider: 'microsoft',
    // *.mail.protection.outlook.com (Exchange Online), *.olc.protection.outlook.com (Outlook.com),
    // *.mail.eo.outlook.com (older EOP), mx*.hotmail.com / *.pamx1.hotmail.com (older consumer MX),
    // smtp.office365.com (submission).
    hostSuffixes: ['protection.outlook.com', 'outlook.com', 'hotmail.com', 'office365.com'],
    // Server names in EOP/Exchange Online replies ("[...eop-EUR03.prod.protection.outlook.com]",
    // "[...prod.outlook.com]") and the help or delisting links quoted in consumer replies.
    textMarkers: [
      'protection.outlook.com',
      'prod.outlook.com',
      'mail.live.com',
      'postmaster.live.com',
      'sender.office.com',
      'go.microsoft.com/fwlink',
    ],
  },
  {
    provider: 'yahoo',
    // mta5.am0.yahoodns.net, mx-aol.mail.gm0.yahoodns.net; older mailin-0x.mx.aol.com
    hostSuffixes: ['yahoodns.net', 'yahoo.com', 'aol.com'],
    // Links quoted in Yahoo replies; the AOL-era error pages.
    textMarkers: ['postmaster.yahooinc.com', 'senders.yahooinc.com', 'postmaster.info.aol.com'],
  },
  {
    provider: 'apple',
    // mx01.mail.icloud.com; older mx*.me.com.akadns.net and mx*.mac.com.akadns.net
    hostSuffixes: ['mail.icloud.com', 'icloud.com', 'me.com', 'mac.com', 'me.com.akadns.net', 'mac.com.akadns.net'],
    // The postmaster page iCloud replies link to.
    textMarkers: ['support.apple.com/en-us/ht204137'],
  },
  {
    provider: 'mimecast',
    // us-smtp-inbound-1.mimecast.com, eu-smtp-inbound-1.mimecast.com ...
    hostSuffixes: ['mimecast.com', 'mimecast.co.za', 'mimecast-offshore.com'],
    // Mimecast texts often end with a community.mimecast.com link.
    textMarkers: ['mimecast'],
  },
  {
    provider: 'proofpoint',
    // mx0a-<id>.pphosted.com (Proofpoint on Demand), mx1-us1.ppe-hosted.com (Essentials)
    hostSuffixes: ['pphosted.com', 'ppe-hosted.com'],
    // ipcheck.proofpoint.com, support.proofpoint.com/dnsbl-lookup.cgi
    textMarkers: ['proofpoint', 'pphosted.com'],
  },
];

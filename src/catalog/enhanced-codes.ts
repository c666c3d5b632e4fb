/**
 * Enhanced status codes (RFC 3463 `class.subject.detail`): every code of the IANA "SMTP Enhanced
 * Status Codes" registry (X.0.0 to X.7.30, 81 codes), plus the unregistered codes that providers
 * send with a clear meaning (Gmail X.7.31/32/40, Microsoft 365 X.1.90, X.4.8, X.4.3xx, X.7.5xx ...),
 * marked `registered: false`. Sorted by subject, then detail. Hardness is that of the 5.x.x form.
 *
 * Sources: RFC 3463 and the RFCs that registered later codes, the IANA registry, Postfix source
 * (smtp_chat.c, smtp_addr.c, smtp_connect.c, smtp_proto.c, smtpd_check.c), Google's and Microsoft's
 * error pages, Sisimai's provider tables, and real replies from the corpus (samples quote them
 * verbatim; the others are built around documented fragments).
 *
 * `generic: true` means the code alone cannot decide a reason, so the classifier reads the text:
 * - X.0.0: only the class is known, and Postfix substitutes it for missing or mismatched codes.
 * - X.1.0: used for recipients ("Address rejected"), senders and null-MX domains (Postfix 5.1.0).
 * - X.2.0, X.3.0: real servers attach them to full mailboxes, unavailable mailboxes and greylisting.
 * - X.4.0, X.5.0, X.6.0: catch-alls (Postfix 5.4.0 "too many hops"; 550 5.5.0 "no such recipient";
 *   Exchange's success 250 2.6.0).
 * - X.7.0, X.7.1: TLS, AUTH, relay denial, blocklists, spam, rate limits and greylisting all use them.
 * Their `reason` only applies when a reply has an enhanced code but no basic code.
 *
 * Deliberate choices: X.3.2 is soft, since 5.3.2 mostly comes from postscreen blocking a client, not
 * from a null host (521 and X.1.10 carry that). X.7.27 is soft and `our-side`, since the refused
 * party is our sender domain, not the recipient. X.1.9 is informational ('delivered').
 */
import type { EnhancedCodeEntry, Reference } from './types.js';

type EnhancedFields = Omit<EnhancedCodeEntry, 'id' | 'code' | 'subject' | 'detail'>;

/** Fills the fields derived from the registry form `X.S.D`. */
function enhanced(code: string, fields: EnhancedFields): EnhancedCodeEntry {
  const parts = code.split('.');
  return { id: `enhanced.${code}`, code, subject: Number(parts[1]), detail: Number(parts[2]), ...fields };
}

function rfc(num: number, section?: string): Reference {
  return section === undefined
    ? { kind: 'rfc', title: `RFC ${num}`, url: `https://www.rfc-editor.org/rfc/rfc${num}` }
    : {
        kind: 'rfc',
        title: `RFC ${num} §${section}`,
        url: `https://www.rfc-editor.org/rfc/rfc${num}#section-${section}`,
      };
}

function postfixSource(path: string): Reference {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return {
    kind: 'mta',
    title: `Postfix ${file}`,
    url: `https://github.com/vdukhovni/postfix/blob/master/postfix/${path}`,
  };
}

const IANA: Reference = {
  kind: 'iana',
  title: 'IANA SMTP Enhanced Status Codes',
  url: 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml',
};
const GMAIL_ERRORS: Reference = {
  kind: 'provider',
  title: 'Google Workspace: Gmail SMTP errors and codes',
  url: 'https://support.google.com/a/answer/3726730',
};
const GMAIL_TABLE: Reference = {
  kind: 'other',
  title: 'Sisimai rhost/for-google.go (Gmail reply table)',
  url: 'https://github.com/sisimai/go-sisimai/blob/0068fc805a409e5f3d2797f7a7f000387d473c33/rhost/for-google.go',
};
const MICROSOFT_NDR: Reference = {
  kind: 'provider',
  title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
};
const MICROSOFT_TABLE: Reference = {
  kind: 'other',
  title: 'Sisimai rhost/for-microsoft.go (Microsoft reply table)',
  url: 'https://github.com/sisimai/go-sisimai/blob/1254c614463458c9bce7be6b56db868a846a4258/rhost/for-microsoft.go',
};
const SMTP_CHAT = postfixSource('src/smtp/smtp_chat.c');
const SMTP_ADDR = postfixSource('src/smtp/smtp_addr.c');
const SMTP_CONNECT = postfixSource('src/smtp/smtp_connect.c');
const SMTP_PROTO = postfixSource('src/smtp/smtp_proto.c');
const SMTPD_CHECK = postfixSource('src/smtpd/smtpd_check.c');
const POSTSCREEN = postfixSource('README_FILES/POSTSCREEN_README');

const OTHER = rfc(3463, '3.1');
const ADDRESS = rfc(3463, '3.2');
const MAILBOX = rfc(3463, '3.3');
const SYSTEM = rfc(3463, '3.4');
const NETWORK = rfc(3463, '3.5');
const PROTOCOL = rfc(3463, '3.6');
const CONTENT = rfc(3463, '3.7');
const SECURITY = rfc(3463, '3.8');

export const ENHANCED_CODES: readonly EnhancedCodeEntry[] = [
  // X.0.x: other or undefined
  enhanced('X.0.0', {
    registered: true,
    associatedBasic: [],
    generic: true,
    reason: 'other',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Other or undefined status',
        description:
          'Only the class digit carries information: 2.0.0 is a plain success, 4.0.0 a temporary and 5.0.0 a permanent failure, with no hint of the cause. The reply text is the only real evidence.',
        whenYouSeeIt:
          "Often `dsn=5.0.0`/`dsn=4.0.0` on a Postfix line was never sent by the remote: Postfix's SMTP client puts X.0.0 there when the reply has no enhanced code right after the number (`550 #5.1.0 Address rejected.`, `452 sorry, mailbox disabled. (#4.2.1)`) or one whose class contradicts it (`552 4.2.2 User has full mailbox.`). Exim quotes the reply unchanged on its `**`/`==` lines.",
        howToFix:
          'Ignore the number and read the reply after `said:`; mailtriage classifies these by their text. A destination that keeps producing `dsn=5.0.0` for retryable conditions sends inconsistent codes; nothing in your configuration causes it.',
      },
    },
    references: [OTHER, IANA, SMTP_CHAT],
    samples: ['250 2.0.0 Ok: queued as 153053D', '554 5.0.0 Service unavailable'],
  }),

  // X.1.x: addressing
  enhanced('X.1.0', {
    registered: true,
    associatedBasic: [],
    generic: true,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Other address status',
        description:
          'An address in the transaction is at fault, without saying whether it is the sender or a recipient, or what is wrong with it. Receivers use it for refused recipients and refused senders alike.',
        whenYouSeeIt:
          'The Postfix SMTP client logs `relay=none, ... dsn=5.1.0, status=bounced (Domain example.com does not accept mail (nullMX))` when the recipient domain publishes a null MX. From remote servers it comes at RCPT TO or MAIL FROM; qmail-style servers write `550 #5.1.0 Address rejected.`, which Postfix logs as `dsn=5.0.0`.',
        howToFix:
          'Read the text: a null MX or an unknown user means remove the recipient, a complaint about the sender means fix the envelope sender (MAIL FROM) you use. Do not suppress an address on this code alone.',
      },
    },
    references: [ADDRESS, IANA, SMTP_ADDR],
    samples: ['550 #5.1.0 Address rejected.', '550 5.1.0 Sender denied'],
  }),
  enhanced('X.1.1', {
    registered: true,
    associatedBasic: [451, 550],
    generic: false,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Recipient mailbox does not exist',
        description:
          'No mailbox exists for the local part (left of the @) at the destination. The registry meant it for permanent failures, but some servers send 4.1.1 while they cannot confirm the address yet.',
        whenYouSeeIt:
          'Postfix: `status=bounced (host X said: 550 5.1.1 <u@example.com>: Recipient address rejected: User unknown ... (in reply to RCPT TO command))`; Exim: `** u@example.com ... SMTP error from remote mail server after RCPT TO:<...>: 550 5.1.1 ...`. Your own smtpd logs `NOQUEUE: reject: RCPT ... 550 5.1.1 ... User unknown in local recipient table`, and reject_unverified_recipient answers `450 4.1.1 ... unverified address: ...`.',
        howToFix:
          "Remove or correct the address where it is stored (list, CRM, alias, forwarding rule); mail to dead mailboxes hurts your reputation. For 4.1.1 from address verification, the text after 'unverified address:' is the real downstream error.",
      },
    },
    references: [ADDRESS, IANA],
    samples: [
      '550 5.1.1 Sorry, no mailbox here by that name.',
      '550 5.1.1 <u49b58adb@sezam.cz>: Recipient address rejected: User unknown in virtual alias table',
    ],
  }),
  enhanced('X.1.2', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'host-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Recipient domain invalid',
        description:
          'The domain right of the @ does not exist or cannot take mail. The registry treats it as permanent; a 4.1.2 means the receiver could not complete the check right now.',
        whenYouSeeIt:
          "Remote replies at RCPT TO, e.g. `553 5.1.2 ...` or `451 #4.1.2 Requested action aborted: Temporary error validating destination mailbox address.` Postfix smtpd answers `450 4.1.2 <u@example.invalid>: Recipient address rejected: Domain not found` (reject_unknown_recipient_domain). When Postfix's own lookup fails it logs X.4.4 instead (`dsn=5.4.4 ... Host not found`).",
        howToFix:
          'Check the domain for typos (gmial.com, yaho.com) and whether it still exists; remove addresses whose domain is gone. A 4.1.2 that lasts for days means that domain has broken DNS.',
      },
    },
    references: [ADDRESS, IANA, SMTPD_CHECK],
    samples: [
      '451 #4.1.2 Requested action aborted: Temporary error validating destination mailbox address.',
      '450 4.1.2 <someone@example.invalid>: Recipient address rejected: Domain not found',
    ],
  }),
  enhanced('X.1.3', {
    registered: true,
    associatedBasic: [501],
    generic: false,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Recipient address syntax invalid',
        description:
          'The destination address is malformed: forbidden characters, a missing or doubled @, unbalanced angle brackets. Retrying cannot help; the address text itself must change.',
        whenYouSeeIt:
          'Postfix smtpd answers `501 5.1.3 Bad recipient address syntax` at RCPT TO. A remote reply of this kind shows as `status=bounced (... said: 501 5.1.3 ... (in reply to RCPT TO command))` in Postfix or after `RCPT TO:<...>:` on an Exim `**` line.',
        howToFix:
          'Correct the address where it is stored or typed. If many different recipients fail this way at once, the sending application builds broken envelopes (spaces, missing brackets, unencoded Unicode) and must be fixed.',
      },
    },
    references: [ADDRESS, IANA],
    samples: ['501 5.1.3 Bad recipient address syntax', '553 5.1.3 <foo@@nil>... Invalid route address'],
  }),
  enhanced('X.1.4', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'user-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Recipient address ambiguous',
        description:
          'The address matches more than one mailbox at the destination, typically because the receiver maps names loosely and cannot pick one. Rare; Exchange uses it for ambiguous directory matches.',
        whenYouSeeIt:
          'A reply like `550 5.1.4 Destination mailbox address ambiguous` at RCPT TO, on a Postfix `status=bounced` line or an Exim `**` line.',
        howToFix:
          'Ask the recipient for their exact, full address and use that one. The receiving administrator can also remove the duplicate directory entries behind the clash.',
      },
    },
    references: [ADDRESS, IANA],
    samples: ['550 5.1.4 Destination mailbox address ambiguous'],
  }),
  enhanced('X.1.5', {
    registered: true,
    associatedBasic: [250],
    generic: false,
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Recipient address valid',
        description:
          'A success code: the destination address was accepted as valid. Many servers answer RCPT TO with 2.1.5, and success notifications carry it.',
        whenYouSeeIt:
          'Seldom in logs, because Postfix and Exim log the answer to the end of DATA rather than to RCPT TO; it can show as `dsn=2.1.5` on a Postfix `status=sent` line or as `250 2.1.5` in callout results.',
        howToFix:
          'Nothing to do. An accepted address does not prove the message will stay in the mailbox; later problems arrive as separate bounces.',
      },
    },
    references: [ADDRESS, IANA],
    samples: ['250 2.1.5 Ok'],
  }),
  enhanced('X.1.6', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'has-moved',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Mailbox moved, no forwarding address',
        description:
          'The address was valid once, but mail for it is no longer accepted and no new address is given. A permanent verdict like an unknown user, with the knowledge that the mailbox used to exist.',
        whenYouSeeIt:
          "Remote replies at RCPT TO such as Apple's `550 5.1.6 recipient no longer on server`, logged by Postfix as `status=bounced (host X said: 550 5.1.6 ...)` and by Exim on a `**` line.",
        howToFix: 'Remove the address or ask the person for their new one; retrying will not bring the mailbox back.',
      },
    },
    references: [ADDRESS, IANA],
    samples: ['550 5.1.6 recipient no longer on server'],
  }),
  enhanced('X.1.7', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sender address syntax invalid',
        description:
          'The envelope sender (MAIL FROM) is malformed, so the receiver refuses the whole transaction before looking at any recipient.',
        whenYouSeeIt:
          'Postfix smtpd answers `501 5.1.7 Bad sender address syntax`. As a remote reply it appears `(in reply to MAIL FROM command)` on Postfix lines or after `MAIL FROM:<...>` on Exim `**` lines, and every recipient of the message fails together.',
        howToFix:
          'Fix the return-path your application or MTA produces: a bare user@domain in angle brackets, no display name or spaces. Check rewriting such as Postfix `sender_canonical_maps` or the Exim transport `return_path` option.',
      },
    },
    references: [ADDRESS, IANA],
    samples: ['501 5.1.7 Bad sender address syntax'],
  }),
  enhanced('X.1.8', {
    registered: true,
    associatedBasic: [451, 501],
    generic: false,
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sender domain invalid',
        description:
          "The envelope sender's domain does not exist in DNS or cannot receive mail, so bounces could not be returned. A 4.1.8 usually means the lookup failed or found nothing for now; 5.1.8 is a firm refusal.",
        whenYouSeeIt:
          'Postfix smtpd logs `NOQUEUE: reject: RCPT from ...: 450 4.1.8 <x@y>: Sender address rejected: Domain not found` for reject_unknown_sender_domain. Exchange Online reuses `550 5.1.8 Access denied, bad outbound sender` for a Microsoft 365 account blocked for sending spam.',
        howToFix:
          'Give the envelope-sender domain working DNS (an MX, or at least an A record) and stop sending as internal names like localhost.localdomain. For the Microsoft variant, secure the account and release it under restricted entities in Microsoft Defender.',
      },
    },
    references: [ADDRESS, IANA, SMTPD_CHECK, MICROSOFT_NDR],
    samples: [
      '450 4.1.8 <some@nonexistant.tld>: Sender address rejected: Domain not found',
      '450 4.1.8 root@localhost.localdomain: Sender address rejected: Domain not found',
    ],
  }),
  enhanced('X.1.9', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Relayed to a non-DSN system',
        description:
          'The address was valid, but the message went on to a system that does not speak the delivery-status protocol, so no further status will arrive. It comes from message tracking (RFC 3886) and reports no error.',
        whenYouSeeIt:
          'Almost never in Postfix or Exim logs; it can appear in delivery status notifications from gateways that hand mail to non-SMTP systems.',
        howToFix:
          'Nothing to fix. If delivery must be confirmed, ask the recipient, because the last hop cannot report it.',
      },
    },
    references: [rfc(3886), IANA],
    samples: ['250 2.1.9 Message relayed to non-compliant mailer'],
  }),
  enhanced('X.1.10', {
    registered: true,
    associatedBasic: [556],
    generic: false,
    reason: 'not-accept',
    whoMustAct: 'their-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Recipient domain has null MX',
        description:
          'The recipient domain publishes a null MX (`MX 0 .`), declaring that it accepts no mail at all (RFC 7505); the matching reply code is 556. Exchange Online reuses 5.1.10 for a recipient that is not in the tenant.',
        whenYouSeeIt:
          'Postfix smtpd: `556 5.1.10 <x>: Recipient address rejected: Domain example.com does not accept mail (nullMX)`; the Postfix client itself logs `dsn=5.1.0` for the same case and Exim `an MX or SRV record indicated no SMTP service`. From Microsoft 365, `550 5.1.10 RESOLVER.ADR.RecipientNotFound` means the mailbox does not exist, not a null MX.',
        howToFix:
          'Remove the address: the domain owner says it takes no mail, and nothing on your side changes that. The Microsoft RecipientNotFound variant is an unknown user, so remove or correct that address too.',
      },
    },
    references: [rfc(7505, '4'), rfc(7504), IANA, MICROSOFT_NDR],
    samples: [
      '556 5.1.10 <admin@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)',
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    ],
  }),
  enhanced('X.1.90', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Daily recipient limit reached (Microsoft)',
        description:
          'Microsoft 365 refuses further mail from a sending account that has used up its daily number of recipients. Not in the IANA registry; it is about the sending account, not the recipient.',
        whenYouSeeIt:
          'When Postfix or Exim relays through smtp.office365.com or a Microsoft 365 connector: every message from that account bounces with `550 5.1.90 ... reached your daily limit for message recipients`.',
        howToFix:
          'Wait for the limit to reset (about 24 hours) and find out why the account sends so much: a compromised password or a bulk job. Send bulk mail through a service built for it, not a user mailbox.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ["550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients"],
  }),

  // X.2.x: mailbox
  enhanced('X.2.0', {
    registered: true,
    associatedBasic: [],
    generic: true,
    reason: 'filtered',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Other mailbox status',
        description:
          'The mailbox exists but something about it caused the failure, and the code does not say what. Servers use it for full mailboxes, unavailable mailboxes and even greylisting.',
        whenYouSeeIt:
          'Remote replies like `550 5.2.0 <u@example.sk>... mailbox unavailable.` or `554 5.2.0 ... Recipient Mailbox Full`; the postgrey policy daemon defers with `450 4.2.0 ... Recipient address rejected: Greylisted, see http://postgrey...`. Postfix local(8) uses 4.2.0/5.2.0 when it cannot write a mailbox file.',
        howToFix:
          'Read the text: greylisting passes on the next retry, a full mailbox is for the recipient to clear, a local mailbox-file error needs your permissions and disk checked. Never suppress an address on this code alone.',
      },
    },
    references: [MAILBOX, IANA],
    samples: [
      '450 4.2.0 <u0acb6a38@tcx.cz>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/tcx.cz.html',
      '550 5.2.0 <u22259494@matador.sk>... mailbox unavailable.',
    ],
  }),
  enhanced('X.2.1', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'suspended',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox disabled',
        description:
          'The mailbox exists but does not accept messages, because the account is disabled, suspended or inactive. The registry allows 4.2.1 while the block may lift and 5.2.1 when it will not.',
        whenYouSeeIt:
          "At RCPT TO, e.g. Gmail `550 5.2.1 The email account that you tried to reach is disabled`; qmail-style servers put the code last (`452 sorry, mailbox disabled. (#4.2.1)`), which Postfix logs as `dsn=4.0.0`. Gmail also sends `450 4.2.1` when one recipient is receiving mail too quickly: that is a rate limit, which mailtriage's Gmail rules recognise by its text.",
        howToFix:
          "For a disabled account, stop sending and reach the person another way; suppress the address after repeated 5.2.1 replies. For Gmail's 'receiving mail too quickly', slow down to that recipient and let the queue retry.",
      },
    },
    references: [MAILBOX, IANA, GMAIL_ERRORS],
    samples: [
      '550 5.2.1 The email account that you tried to reach is disabled.',
      '450 4.2.1 Mailbox disabled, not accepting messages',
    ],
  }),
  enhanced('X.2.2', {
    registered: true,
    associatedBasic: [552],
    generic: false,
    reason: 'mailbox-full',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox full',
        description:
          'The recipient is over quota or the mailbox is physically full, and only the recipient can free space. The registry intends it as a lasting but temporary condition even in the 5.2.2 form.',
        whenYouSeeIt:
          'Postfix: `status=deferred (host X said: 452 4.2.2 <u@example.cz> Mailbox has exceeded the limit (in reply to RCPT TO command))`, or bounced with `552 5.2.2`/`554 5.2.2`. Mixed classes such as `552 4.2.2 User has full mailbox.` make Postfix log `dsn=5.0.0`. Microsoft 365 reuses 5.2.2 with `Submission quota exceeded` for a sender over its sending quota.',
        howToFix:
          "Let the queue retry; the recipient has to delete mail or get more quota. If it still fails after days, reach the person another way and suppress the address. Microsoft's submission-quota variant means your account must send less.",
      },
    },
    references: [MAILBOX, IANA],
    samples: [
      '452 4.2.2 <ufb5228ea@famfarum.cz> Mailbox has exceeded the limit',
      '554 5.2.2 Quota exceeded. Schranka adresata preplnena.',
    ],
  }),
  enhanced('X.2.3', {
    registered: true,
    associatedBasic: [552],
    generic: false,
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message too large for mailbox',
        description:
          'The message exceeds a size limit set for this mailbox, below the system-wide limit. The registry calls it permanent: the same message will fail again.',
        whenYouSeeIt:
          "Usually after the body: `552 5.2.3 ... (in reply to end of DATA command)` in Postfix, `after end of data: 552 5.2.3 ...` in Exim. Gmail answers `552 5.2.3 Your message exceeded Google's message size limits`; Exchange uses `RESOLVER.RST.RecipSizeLimit`.",
        howToFix:
          "Send it smaller: compress or drop attachments, or share a link. If the recipient needs large files, their administrator must raise the mailbox's limit.",
      },
    },
    references: [MAILBOX, IANA, GMAIL_ERRORS],
    samples: [
      "552 5.2.3 Your message exceeded Google's message size limits. For more information, visit https://support.google.com/mail/answer/6584",
      '552 5.2.3 Message length exceeds administrative limit',
    ],
  }),
  enhanced('X.2.4', {
    registered: true,
    associatedBasic: [450, 452],
    generic: false,
    reason: 'system-error',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailing list expansion problem',
        description:
          "The recipient is a mailing list that could not be expanded into its members. It can be permanent or transient, and the fault is on the list's host.",
        whenYouSeeIt:
          'A reply like `450 4.2.4 Mailing list expansion problem` or `550 5.2.4 ...` for a list address, on Postfix `status=deferred`/`bounced` lines or Exim `==`/`**` lines.',
        howToFix:
          "Tell the list owner or the receiving postmaster: the list's member source (directory, database, alias file) is failing. Nothing in your message needs to change.",
      },
    },
    references: [MAILBOX, IANA],
    samples: ['450 4.2.4 Mailing list expansion problem'],
  }),
  enhanced('X.2.121', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Hourly limit per sender (Microsoft)',
        description:
          'Exchange Online refuses more messages from this sender to one recipient because the sender went over the hourly number allowed to a single recipient. Not in the IANA registry.',
        whenYouSeeIt:
          "Bursts of automated mail to the same Microsoft 365 mailbox: `550 5.2.121 ... Recipient's per hour message receive limit from specific sender exceeded` for that one address.",
        howToFix:
          'Batch or throttle automated mail to that recipient (a digest instead of one message per event). Retrying later works, but the limit only resets by the hour.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ["550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded"],
  }),
  enhanced('X.2.122', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Recipient hourly receive limit (Microsoft)',
        description:
          'The Microsoft 365 recipient got more messages in the last hour, from all senders together, than Exchange Online allows. Not in the IANA registry.',
        whenYouSeeIt:
          "`550 5.2.122 ... Recipient's per hour message receive limit exceeded` for one address, often a shared mailbox caught in a mail storm.",
        howToFix:
          'Retry later and slow down. If the mailbox is flooded by some errant system, its administrator has to stop that; you are only part of it if you send the storm.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ["550 5.2.122 Recipient's per hour message receive limit exceeded"],
  }),

  // X.3.x: mail system
  enhanced('X.3.0', {
    registered: true,
    associatedBasic: [221, 250, 421, 451, 550, 554],
    generic: true,
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Other mail system status',
        description:
          'The destination normally accepts mail, but something about the system (not the mailbox or the message) caused the failure. Used for temporary trouble, scanner outages and greylisting alike.',
        whenYouSeeIt:
          'Mostly temporary: `451 4.3.0 Message temporarily deferred. Please try again later.` or `451 4.3.0 Greylisting active, please try again later` on Postfix `status=deferred` lines and Exim `==` lines. Postfix uses 4.3.0/5.3.0 itself for local errors such as a failed host lookup through the system resolver.',
        howToFix:
          'Let the queue retry; greylisting passes on the next attempt. If 5.3.0 or a long run of 4.3.0 persists, read the text and contact the receiving postmaster, or check your own lookup tables when Postfix logged it without a remote `said:`.',
      },
    },
    references: [SYSTEM, IANA, SMTP_ADDR],
    samples: [
      '451 4.3.0 Message temporarily deferred. Please try again later.',
      '451 4.3.0 Greylisting active, please try again later',
    ],
  }),
  enhanced('X.3.1', {
    registered: true,
    associatedBasic: [452],
    generic: false,
    reason: 'system-full',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mail system full',
        description:
          "The receiving system (not one user's quota) is out of storage such as disk or queue space. Recipients cannot fix it; the registry treats it as transient.",
        whenYouSeeIt:
          'Postfix smtpd answers `452 4.3.1 Insufficient system storage` when the queue file system is low on space (checked against `queue_minfree`); remote replies of this kind appear on `status=deferred` lines. Exchange sends `4.3.1 Insufficient system resources` under back-pressure.',
        howToFix:
          'Wait and let the queue retry; the receiving administrator must free space. If your own server sends it, free disk in the Postfix queue file system and check that `queue_minfree` and `message_size_limit` fit the disk.',
      },
    },
    references: [SYSTEM, IANA],
    samples: ['452 4.3.1 Insufficient system storage'],
  }),
  enhanced('X.3.2', {
    registered: true,
    associatedBasic: [453, 521],
    generic: false,
    reason: 'not-accept',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'System not accepting network messages',
        description:
          'The host is not taking mail now (shutdown, overload, maintenance) or, with reply 521, never takes mail (RFC 7504). A 4.3.2 is temporary; a 5.3.2 should be final but often comes from a screening layer refusing your client.',
        whenYouSeeIt:
          'Postfix postscreen answers `450 4.3.2 Service currently unavailable` after its deep-protocol tests (reconnect later), `421 4.3.2 All server ports are busy` when overloaded, and `550 5.3.2`/`521 5.3.2 Service currently unavailable` to a client it blocks. Exchange uses 4.3.2 with `STOREDRV.Deliver; recipient thread limit exceeded` when one mailbox receives too fast.',
        howToFix:
          "A 4.3.2 clears on retry; postscreen's first-contact 450 passes once your client reconnects. A 5.3.2 from a Postfix receiver means your IP is on its blocklist or failed its tests: check DNSBLs and your client's protocol behaviour. A 521 greeting means the MX points at a host that takes no mail.",
      },
    },
    references: [SYSTEM, rfc(7504), IANA, POSTSCREEN],
    samples: ['451 4.3.2 Please try again later', '550 5.3.2 Service currently unavailable'],
  }),
  enhanced('X.3.3', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'system-error',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Feature not supported by destination',
        description:
          'The message asks for a feature the destination cannot provide, typically at a gateway that cannot map it into the next mail system. Rare on the Internet today.',
        whenYouSeeIt:
          'A reply like `554 5.3.3 System not capable of selected features` on a Postfix `status=bounced` line or an Exim `**` line, often answering an ESMTP parameter of MAIL FROM/RCPT TO or the end of DATA.',
        howToFix:
          'Resend without the special option (delivery notifications, priority, 8-bit or binary content), or ask the receiving administrator which feature their gateway lacks.',
      },
    },
    references: [SYSTEM, IANA],
    samples: ['554 5.3.3 System not capable of selected features'],
  }),
  enhanced('X.3.4', {
    registered: true,
    associatedBasic: [552, 554],
    generic: false,
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message too big for system',
        description:
          "The message is larger than the destination's per-message limit, for technical or policy reasons. Permanent for this message as sent.",
        whenYouSeeIt:
          'Postfix smtpd and cleanup answer `552 5.3.4 Message size exceeds fixed limit` above `message_size_limit` (default 10240000 bytes), at MAIL FROM when the client declares SIZE= or after the body. Remote replies show as `status=bounced (... said: 552 5.3.4 ...)`; Exchange writes `message size exceeds fixed maximum message size`.',
        howToFix:
          'Shrink the message or send a link instead of the attachment. If your own server refused it, raise `message_size_limit` (Postfix and Exim both use that name) and the mailbox limits behind it.',
      },
    },
    references: [SYSTEM, IANA],
    samples: [
      '552 5.3.4 Message size exceeds fixed limit',
      '552 5.3.4 Message size exceeds fixed maximum message size',
    ],
  }),
  enhanced('X.3.5', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'system-error',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'System incorrectly configured',
        description:
          'The destination is set up in a way that keeps it from accepting this message, such as a broken lookup table or a routing loop of its own. The fault is on the receiving side.',
        whenYouSeeIt:
          'Postfix smtpd answers `451 4.3.5 Server configuration error` (or `421 4.3.5`) when a table or restriction it needs is broken; remote replies such as `451 4.3.5 Server configuration problem` appear on `status=deferred` lines.',
        howToFix:
          'If your Postfix sent it, look for `warning:` or `fatal:` lines from smtpd or cleanup at the same moment (a missing map, a bad restriction). If it is remote, the queue retries; contact the receiving postmaster when it lasts.',
      },
    },
    references: [SYSTEM, IANA],
    samples: ['451 4.3.5 Server configuration problem', '451 4.3.5 Server configuration error'],
  }),
  enhanced('X.3.6', {
    registered: true,
    associatedBasic: [250, 251],
    generic: false,
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Requested priority changed',
        description:
          'Accepted, but the MT-PRIORITY level asked for was not honoured; the reply text begins with the priority actually used (RFC 6710). A success with a warning.',
        whenYouSeeIt: 'Only where the MT-PRIORITY extension is in use, as a `250 2.3.6 ...` acceptance; rare.',
        howToFix: 'Nothing to do unless the priority matters; then ask the receiving side about its priority policy.',
      },
    },
    references: [rfc(6710), IANA],
    samples: ['250 2.3.6 0 Requested priority was changed'],
  }),

  // X.4.x: network and routing
  enhanced('X.4.0', {
    registered: true,
    associatedBasic: [],
    generic: true,
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Other network or routing status',
        description:
          'A network or routing problem that no more specific code describes. Postfix also uses 5.4.0 for a message that exceeded the hop limit, which is really a loop.',
        whenYouSeeIt:
          'Postfix logs `dsn=4.4.0` for unusual connection failures and `dsn=5.4.0 ... too many hops` when a message carries more Received: headers than `hopcount_limit` (default 50). From remote servers it comes as a 4xx or 5xx reply with 4.4.0 or 5.4.0.',
        howToFix:
          'Read the text: a hop-count bounce is a forwarding loop to untangle; other 4.4.0 failures are network trouble that retries usually clear.',
      },
    },
    references: [NETWORK, IANA],
    samples: ['451 4.4.0 Network error, try again later'],
  }),
  enhanced('X.4.1', {
    registered: true,
    associatedBasic: [451],
    generic: false,
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'No answer from host',
        description:
          'The outbound connection attempt got no answer: the remote host is down, busy, unreachable, or refuses the TCP connection. Transient by definition. Exchange Online reuses 5.4.1 for recipient and relay refusals.',
        whenYouSeeIt:
          'Postfix writes it itself, with no remote reply: `dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.1]:25: Connection timed out)`, `Connection refused` or `No route to host`; Exim logs `== ... defer (110): Connection timed out` or `(111): Connection refused`. Microsoft 365 sends `550 5.4.1 Recipient address rejected: Access denied` (unknown recipient) and `550 5.4.1 Relay Access Denied` — not network errors.',
        howToFix:
          "If every destination times out, outbound port 25 is blocked (common at cloud and residential providers): test with `telnet mx-host 25` and use the provider's relay or ask for the block to be lifted. If one destination refuses, its server is down or misconfigured. IPv6 'No route to host' goes away with `inet_protocols = ipv4` or `smtp_address_preference`.",
      },
    },
    references: [NETWORK, IANA, SMTP_CONNECT, MICROSOFT_NDR],
    samples: ['451 4.4.1 No answer from host', '550 5.4.1 Recipient address rejected: Access denied'],
  }),
  enhanced('X.4.2', {
    registered: true,
    associatedBasic: [421],
    generic: false,
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Bad connection',
        description:
          'The connection was made but the transaction could not finish, because of a timeout or because the connection broke. Transient by definition.',
        whenYouSeeIt:
          'Postfix writes it itself: `dsn=4.4.2, status=deferred (lost connection with mx.example.net[...] while sending RCPT TO)` or `(conversation with ... timed out while receiving the initial server greeting)`; Exim logs `== ... SMTP timeout after ...` or `Remote host closed connection in response to ...`. Remote replies: Gmail `451 4.4.2 Timeout - closing connection`, Postfix smtpd `421 4.4.2 ... Error: timeout exceeded`.',
        howToFix:
          "The queue retries. If one destination keeps dropping you at the same stage, suspect its rate limiting or a silent policy block, or MTU and firewall trouble on the path. A timeout after the final dot ('message may be sent more than once') can cause duplicates.",
      },
    },
    references: [NETWORK, IANA],
    samples: [
      '451 4.4.2 Timeout - closing connection. For more information, go to About SMTP error messages. https://support.google.com/a/answer/3221692',
      '421 4.4.2 mx.example.com Error: timeout exceeded',
    ],
  }),
  enhanced('X.4.3', {
    registered: true,
    associatedBasic: [451, 550],
    generic: false,
    reason: 'network',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Directory server failure',
        description:
          'A directory server needed for routing, almost always DNS, failed or could not be reached. Transient in the registry; SPF temporary errors now use X.7.24 instead.',
        whenYouSeeIt:
          'Postfix logs `dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.cz type=MX: Host not found, try again)` when a lookup times out or gets SERVFAIL, and 5.4.3 when the DNS failure is reported as permanent. Exim: `== ... host lookup did not complete`.',
        howToFix:
          "If many domains show it, your resolver is failing: check /etc/resolv.conf (also the copy in Postfix's chroot), the local cache and DNSSEC validation. If only one domain does, its name servers are broken; the queue retries and only that domain's DNS admin can fix it.",
      },
    },
    references: [NETWORK, IANA, SMTP_ADDR],
    samples: ['451 4.4.3 Directory server failure, try again later'],
  }),
  enhanced('X.4.4', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'host-unknown',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Unable to route',
        description:
          'No next hop can be found because DNS has no usable routing data: the domain does not exist, or it has no MX, A or AAAA records. 5.4.4 is final; 4.4.4 is the temporary form.',
        whenYouSeeIt:
          'Postfix: `dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=example.cz type=A: Host not found)` or `Host found but no data record of requested type`; `dsn=4.4.4 ... unable to find primary relay for ...` on a backup MX. Exim: `** ... Unrouteable address` or `all relevant MX records point to non-existent hosts`.',
        howToFix:
          'Check the recipient domain for typos and whether it still exists; remove dead domains from your lists. If the domain is real, its owner must publish MX records whose host names have A/AAAA records.',
      },
    },
    references: [NETWORK, IANA, SMTP_ADDR],
    samples: ['550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', '550 5.4.4 Unable to route'],
  }),
  enhanced('X.4.5', {
    registered: true,
    associatedBasic: [451],
    generic: false,
    reason: 'system-error',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mail system congestion',
        description:
          'The receiving mail system is overloaded and cannot take the message now. Transient by definition; Gmail also reuses 5.4.5 for sending-account caps.',
        whenYouSeeIt:
          "Remote replies such as Gmail's `421 4.4.5 Server busy, try again later` on Postfix `status=deferred` lines or Exim `==` lines. Gmail's `550 5.4.5 Daily user sending limit exceeded` is a quota on your sending account, not congestion.",
        howToFix:
          'Let the queue back off and retry; if it recurs for one destination, lower your concurrency to it (Postfix `<transport>_destination_concurrency_limit`). For the Gmail daily cap, wait about 24 hours and spread the sending.',
      },
    },
    references: [NETWORK, IANA, GMAIL_ERRORS],
    samples: ['421 4.4.5 Server busy, try again later.'],
  }),
  enhanced('X.4.6', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Routing loop detected',
        description:
          'The message was forwarded too many times, because routing tables point back at each other or a user forwarding rule loops.',
        whenYouSeeIt:
          'Postfix: `dsn=5.4.6 ... mail for example.com loops back to myself` (the MX points here but the domain is not configured here) or `mail forwarding loop for tom@example.com` from local(8) or pipe(8). Exim: `Too many "Received" headers - suspected mail loop`. Remote: Gmail `554 5.4.6 Message exceeded 50 hops`, Exchange `Hop count exceeded - possible mail loop`.',
        howToFix:
          "For 'loops back to myself', list the domain in `mydestination`, `virtual_mailbox_domains` or `relay_domains`, or fix the MX (behind NAT, set `proxy_interfaces`). For forwarding loops, break the alias, .forward or Sieve redirect chain; retrying cannot help.",
      },
    },
    references: [NETWORK, IANA, SMTP_ADDR],
    samples: [
      '554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop. For more information, go to Gmail Help. https://support.google.com/mail/?p=MailLoop',
      '554 5.4.6 Hop count exceeded - possible mail loop',
    ],
  }),
  enhanced('X.4.7', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'expired',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Delivery time expired',
        description:
          'The message was too old for the system reporting it: it stayed in a queue past its lifetime, or passed a time limit the sender set. RFC 3463 asks systems to report the underlying problem instead when they know it.',
        whenYouSeeIt:
          "Postfix ends the retries with `status=expired, returned to sender` after `maximal_queue_lifetime` (default 5 days); Exim with `** ... retry timeout exceeded` (the default retry rules give up after about 4 days). Relays report it too, e.g. Exchange's `QUEUE.Expired; message expired`: a system behind them gave up.",
        howToFix:
          'This code only ends the story: find the earlier `status=deferred` (Postfix) or `==` (Exim) lines for the same message and fix what kept failing there. Changing `maximal_queue_lifetime` or the Exim retry rules only changes when you give up.',
      },
    },
    references: [NETWORK, IANA],
    samples: ['451 4.4.7 Message delayed', '554 5.4.7 Delivery time expired'],
  }),
  enhanced('X.4.8', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'MTA-STS validation failed (Microsoft)',
        description:
          "Exchange Online did not deliver because the recipient domain's MX hosts do not match its published MTA-STS policy. Not in the IANA registry; an expired draft used 4.4.8 for 'retry over IPv4', so the meaning depends on the sender.",
        whenYouSeeIt:
          'Mostly in Microsoft 365 bounces rather than your own logs: `4.4.8`/`5.4.8` with `MX hosts of <domain> failed MTA-STS validation`, for recipients behind a misconfigured MTA-STS policy.',
        howToFix:
          'Only the recipient domain can fix it: its MTA-STS policy file (`mx:` lines) and its MX records must agree. Tell their postmaster.',
      },
    },
    references: [
      MICROSOFT_NDR,
      MICROSOFT_TABLE,
      {
        kind: 'draft',
        title: 'draft-martin-smtp-ipv6-to-ipv4-fallback',
        url: 'https://datatracker.ietf.org/doc/draft-martin-smtp-ipv6-to-ipv4-fallback/',
      },
    ],
    samples: ['451 4.4.8 MX hosts of example.com failed MTA-STS validation'],
  }),
  enhanced('X.4.14', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'loop',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Routing loop (Exchange Online)',
        description:
          "Exchange Online's code for a mail loop: after about 20 rounds through the same systems it stops the message. On-premises Exchange reports the same condition as 5.4.6. Not in the IANA registry.",
        whenYouSeeIt:
          '`554 5.4.14 Hop count exceeded - possible mail loop` or `... Routing loop detected` from Microsoft 365, typically with hybrid connectors or forwarding between a tenant and an outside server.',
        howToFix:
          'Find the chain that sends the message back: mailbox forwarding, inbox rules, a hybrid connector pointing the wrong way, or your server forwarding to a mailbox that forwards back.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['554 5.4.14 Hop count exceeded - possible mail loop'],
  }),
  enhanced('X.4.300', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'expired',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message expired (Microsoft)',
        description:
          'Exchange Online gave up because the message could not be delivered within its retry window, either because the destination never answered or because a bounce could not be returned. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.4.300 Message expired` in Microsoft 365 bounces; when you relay through Microsoft 365, the final destination behind it failed for the whole retry period.',
        howToFix:
          "Find out why the final destination was unreachable (MX, firewall, TLS); Microsoft's bounce or message trace shows the last error. Resending helps only once that is fixed.",
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.4.300 Message expired'],
  }),
  enhanced('X.4.312', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'network',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DNS query failed (Microsoft)',
        description:
          'Exchange Online could not resolve the destination: the DNS lookup for the recipient domain failed or returned no usable records (InfoNoRecords). Not in the IANA registry.',
        whenYouSeeIt:
          '`450 4.4.312 DNS query failed` while Microsoft 365 keeps retrying, `550 5.4.312 ...` when it gives up; in bounces and message traces of mail relayed through Microsoft 365.',
        howToFix:
          "Check the recipient domain's MX records and the addresses of its MX hosts from outside; the domain owner must fix them. If the domain no longer exists, remove the address.",
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['450 4.4.312 DNS query failed [Message=InfoNoRecords]'],
  }),
  enhanced('X.4.316', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'network',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Connection refused (Microsoft)',
        description:
          "Exchange Online's TCP connection to the destination was refused (socket error 10061); the 5.4.316 form means the message expired while the refusals went on. Not in the IANA registry.",
        whenYouSeeIt:
          '`450 4.4.316 Connection refused` during retries and `550 5.4.316 Message expired, connection refused(Socket error code 10061)` at the end, in Microsoft 365 bounces.',
        howToFix:
          "The destination's mail server is down, not listening on port 25 at the address its MX names, or a firewall rejects Microsoft's ranges; its administrator must fix that.",
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.4.316 Message expired, connection refused(Socket error code 10061)'],
  }),
  enhanced('X.4.317', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'STARTTLS required but failed (Microsoft)',
        description:
          'Exchange Online had to use TLS for this destination (connector setting, DANE or MTA-STS), but the destination did not offer STARTTLS or the handshake failed. Not in the IANA registry.',
        whenYouSeeIt:
          '`4.4.317`/`5.4.317` with `STARTTLS is required to send mail` in Microsoft 365 bounces and message traces.',
        howToFix:
          'The destination must offer working STARTTLS (valid certificate, current TLS versions); otherwise relax the TLS requirement of your Microsoft 365 send connector for that domain.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['451 4.4.317 STARTTLS is required to send mail'],
  }),
  enhanced('X.4.318', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'network',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Connection closed abruptly (Microsoft)',
        description:
          "Exchange Online's label (SuspiciousRemoteServerError) for a destination that closed or reset the connection abruptly; 5.4.318 means the message expired while that kept happening. Not in the IANA registry.",
        whenYouSeeIt:
          '`450 4.4.318 Connection was closed abruptly (SuspiciousRemoteServerError)` during retries, `550 5.4.318 Message expired, connection reset (SuspiciousRemoteServerError)` at the end.',
        howToFix:
          "Something at the destination drops Microsoft's connections, often a firewall, an SMTP proxy or TLS trouble; the destination's administrator has to look at their side.",
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: [
      '450 4.4.318 Connection was closed abruptly (SuspiciousRemoteServerError)',
      '550 5.4.318 Message expired, connection reset (SuspiciousRemoteServerError)',
    ],
  }),

  // X.5.x: mail delivery protocol
  enhanced('X.5.0', {
    registered: true,
    associatedBasic: [220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554],
    generic: true,
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Other protocol status',
        description:
          'Something in the SMTP conversation went wrong in a way no specific code describes. Being so vague, it is attached to unrelated things: Sendmail-style unknown recipients, protocol errors, even successes.',
        whenYouSeeIt:
          'Postfix smtpd uses `503 5.5.0 ... Improper use of SMTP command pipelining` and `554 5.5.0 Error: SMTP protocol synchronization`. Remote servers send e.g. `550 5.5.0 <u@example.com>... no such recipient` or the success `250 2.5.0 Ok, envelope id ...`.',
        howToFix:
          'Read the text: no such recipient means remove the address; a pipelining or synchronization error means a client, or a firewall rewriting SMTP, is misbehaving.',
      },
    },
    references: [PROTOCOL, IANA],
    samples: [
      '550 5.5.0 <u35df267e@ferring.com>... no such recipient - u35df267e@ferring.com',
      '554 5.5.0 Error: SMTP protocol synchronization',
    ],
  }),
  enhanced('X.5.1', {
    registered: true,
    associatedBasic: [430, 500, 501, 503, 530, 550, 554, 555],
    generic: false,
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Invalid command',
        description:
          'A command came out of sequence or is not supported, such as RCPT before MAIL, or DATA with no accepted recipient. Permanent in the registry.',
        whenYouSeeIt:
          'Postfix smtpd: `503 5.5.1 Error: need MAIL command`, `503 5.5.1 Error: need RCPT command`, `554 5.5.1 Error: no valid recipients`; postscreen `550 5.5.1 Protocol error`. In delivery logs it usually follows an earlier refusal: once every RCPT was rejected, DATA gets a 5.5.1.',
        howToFix:
          'Look at the first error of the session, not this one. If the client really sends commands in the wrong order, fix it, or the middlebox (firewall SMTP inspection) that mangles the conversation.',
      },
    },
    references: [PROTOCOL, IANA],
    samples: ['503 5.5.1 Error: need MAIL command', '550 5.5.1 Protocol error'],
  }),
  enhanced('X.5.2', {
    registered: true,
    associatedBasic: [500, 501, 502, 550, 555],
    generic: false,
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Syntax error',
        description:
          'A command could not be interpreted: an unknown verb, wrong syntax, or an argument such as a HELO name that breaks the rules. Permanent in the registry.',
        whenYouSeeIt:
          'Postfix smtpd: `500 5.5.2 Error: command not recognized` (scanners, HTTP on port 25), and by default `504 5.5.2 <WIN-9QL4SDRB93L>: Helo command rejected: need fully-qualified hostname` (`non_fqdn_reject_code`) or `Sender address rejected: need fully-qualified address`.',
        howToFix:
          'Make the client send a fully-qualified HELO name (Postfix `smtp_helo_name`/`myhostname`, Exim `helo_data`) and complete user@domain addresses. Unknown-command errors from random hosts are scanners and can be ignored.',
      },
    },
    references: [PROTOCOL, IANA],
    samples: [
      '504 5.5.2 <WIN-9QL4SDRB93L>: Helo command rejected: need fully-qualified hostname',
      '504 5.5.2 <aap@henk>: Sender address rejected: need fully-qualified address',
    ],
  }),
  enhanced('X.5.3', {
    registered: true,
    associatedBasic: [451],
    generic: false,
    reason: 'rate-limited',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Too many recipients',
        description:
          'One transaction named more recipients than the server accepts. The client is expected to split the list and send the rest later, and RFC 5321 asks for reply 452 here, so it is normally retryable.',
        whenYouSeeIt:
          "Postfix smtpd answers `452 4.5.3 Error: too many recipients` beyond `smtpd_recipient_limit` (default 1000); the Postfix client resends the refused recipients in a later transaction by itself, and Exim defers them for its next attempt. A 5.5.3 is final, e.g. Gmail's `Your message has too many recipients`; Postfix's `550 5.5.3 ... Multi-recipient bounce` is different: a null-sender message to several recipients.",
        howToFix:
          'Nothing to do for 4.5.3. For repeated deferrals or a 5.5.3, send fewer recipients per message: Postfix `smtp_destination_recipient_limit` (or `<transport>_destination_recipient_limit`), Exim `max_rcpt` on the smtp transport; split very large To/Cc lists.',
      },
    },
    references: [PROTOCOL, IANA],
    samples: [
      '452 4.5.3 Error: too many recipients',
      '550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce',
    ],
  }),
  enhanced('X.5.4', {
    registered: true,
    associatedBasic: [451, 501, 502, 503, 504, 550, 555],
    generic: false,
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Invalid command arguments',
        description:
          'A valid command had invalid arguments: out of range, an unknown option, or an extension parameter the server never advertised. Permanent in the registry.',
        whenYouSeeIt:
          'Postfix smtpd: `501 5.5.4 Syntax: MAIL FROM:<address>` and `555 5.5.4 Unsupported option: ...`; Gmail: `501 5.5.4 HELO/EHLO argument is invalid`. Shown on Postfix `status=bounced` lines or Exim `**` lines at the command named.',
        howToFix:
          'The client may use only the parameters the server listed in its EHLO reply, in exact syntax. Look for middleboxes that strip EHLO capabilities, and give the client a valid HELO name.',
      },
    },
    references: [PROTOCOL, IANA],
    samples: [
      '501 5.5.4 HELO/EHLO argument is invalid. https://support.google.com/mail/?p=helo',
      '555 5.5.4 Unsupported option: RET=HDRS',
    ],
  }),
  enhanced('X.5.5', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'protocol',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Wrong protocol version',
        description: 'The two sides could not agree on a protocol version. Practically unused with SMTP today.',
        whenYouSeeIt:
          'Very rare; a reply like `554 5.5.5 Wrong protocol version`, perhaps from a gateway in front of a non-SMTP system.',
        howToFix:
          'Check what really answers on the destination port (a proxy or non-SMTP service) and ask its administrator.',
      },
    },
    references: [PROTOCOL, IANA],
    samples: ['554 5.5.5 Wrong protocol version'],
  }),
  enhanced('X.5.6', {
    registered: true,
    associatedBasic: [500],
    generic: false,
    reason: 'protocol',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Authentication exchange line too long',
        description:
          "During AUTH the client sent a base64 response longer than the server's buffer for that SASL mechanism (RFC 4954). May be permanent or transient.",
        whenYouSeeIt:
          'Postfix smtpd answers `500 5.5.6 SASL response limit exceeded`; the sending side logs an SMTP AUTH failure against its relay, usually with large tokens such as OAuth2 or Kerberos.',
        howToFix:
          "Use a mechanism with smaller tokens, or, if the server is yours, raise Postfix's `smtpd_sasl_response_limit` (default 12288 bytes).",
      },
    },
    references: [rfc(4954, '6'), IANA],
    samples: ['500 5.5.6 SASL response limit exceeded'],
  }),

  // X.6.x: message content or media
  enhanced('X.6.0', {
    registered: true,
    associatedBasic: [],
    generic: true,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Other media or content error',
        description:
          'Something about the content made the message undeliverable, without a precise reason. In success replies it means nothing: Exchange acknowledges delivered messages with `250 2.6.0 ... Queued mail for delivery`.',
        whenYouSeeIt:
          'Failures mostly come after the body (`in reply to end of DATA command`), e.g. Gmail `554 5.6.0 Mail message is malformed`. Postfix logs the Exchange success as `status=sent (250 2.6.0 <message-id> [InternalId=...] Queued mail for delivery)`.',
        howToFix:
          'Read the text; typical causes are a broken MIME structure, bad line endings or badly encoded headers from the sending application. Nothing to do for the 2.6.0 success.',
      },
    },
    references: [CONTENT, IANA],
    samples: [
      '554 5.6.0 Mail message is malformed',
      '250 2.6.0 <1976094152.2461370843976190.JavaMail.p_prj@fg-www3> Queued mail for delivery',
    ],
  }),
  enhanced('X.6.1', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Media not supported',
        description:
          "The message's media (its content type or format) is not supported by the delivery protocol or by the next system on the path. Permanent.",
        whenYouSeeIt:
          'Rare; after the body, as `554 5.6.1 ...` on a Postfix `status=bounced ... (in reply to end of DATA command)` line or an Exim `after end of data` line.',
        howToFix:
          "Send the content in a common format (plain text or HTML, ordinary attachments), or ask the recipient's administrator which content types their gateway accepts.",
      },
    },
    references: [CONTENT, IANA],
    samples: ['554 5.6.1 Media not supported'],
  }),
  enhanced('X.6.2', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Conversion required and prohibited',
        description:
          "The content would need converting for the next hop, but conversion is forbidden, either by the sender's request in the message or by the host's policy.",
        whenYouSeeIt:
          'Rare; after the body at gateways, for instance when 8-bit content must be downgraded for a 7-bit hop and the policy forbids changing it. On the Postfix side such conversion is governed by `disable_mime_output_conversion`.',
        howToFix:
          'Send content that needs no conversion: encode 8-bit parts as quoted-printable or base64 before sending.',
      },
    },
    references: [CONTENT, IANA],
    samples: ['554 5.6.2 Conversion required and prohibited'],
  }),
  enhanced('X.6.3', {
    registered: true,
    associatedBasic: [554],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Conversion required but not supported',
        description:
          'The content must be converted to travel further, but no host on the path can do it; the classic case is 8-bit content for a hop without 8BITMIME that nobody can downgrade.',
        whenYouSeeIt:
          'Bounces like `554 5.6.3 Conversion required but not supported` after DATA; a sending MTA may also produce it when the next hop lacks 8BITMIME and it cannot convert.',
        howToFix:
          'Send 7-bit-clean content (quoted-printable or base64 for 8-bit parts), or make sure every hop announces 8BITMIME.',
      },
    },
    references: [CONTENT, IANA],
    samples: ['554 5.6.3 Conversion required but not supported'],
  }),
  enhanced('X.6.4', {
    registered: true,
    associatedBasic: [250],
    generic: false,
    reason: 'delivered',
    whoMustAct: 'nobody',
    hardness: 'none',
    texts: {
      en: {
        title: 'Conversion with loss performed',
        description:
          'Delivered, but a conversion on the way lost some data; a warning for the sender. It is an error only if the sender had forbidden lossy conversion.',
        whenYouSeeIt:
          'In success replies such as `250 2.6.4 MIME header conversion with loss performed`; almost never as a failure.',
        howToFix:
          'Nothing to do for the delivery. If fidelity matters, send content that needs no conversion (RFC 2047-encoded headers, 7-bit-safe bodies).',
      },
    },
    references: [CONTENT, IANA],
    samples: ['250 2.6.4 MIME header conversion with loss performed'],
  }),
  enhanced('X.6.5', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Conversion failed',
        description:
          'A required conversion was attempted and did not succeed. The registry allows a permanent or a transient form.',
        whenYouSeeIt:
          'Rare; after the body at a converting gateway, `554 5.6.5 Conversion failed` or a 4.6.5 deferral.',
        howToFix:
          'Find the part the gateway could not convert (character set, transfer encoding, attachment type) and send it in a simpler form.',
      },
    },
    references: [CONTENT, IANA],
    samples: ['554 5.6.5 Conversion failed'],
  }),
  enhanced('X.6.6', {
    registered: true,
    associatedBasic: [554],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message content not available',
        description:
          'The content could not be fetched from a remote system. It belongs to BURL submission, where the submission server pulls the body from an IMAP server (RFC 4468).',
        whenYouSeeIt:
          'Only in message submission by mail clients using BURL; not in ordinary Postfix or Exim server-to-server delivery.',
        howToFix:
          'Check the trust set-up between the submission server and the IMAP server, or have the client submit the message in full.',
      },
    },
    references: [rfc(4468), IANA],
    samples: ['554 5.6.6 Message content not available'],
  }),
  enhanced('X.6.7', {
    registered: true,
    associatedBasic: [553, 550],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Non-ASCII address not permitted',
        description:
          'A MAIL or RCPT command carried an internationalized (UTF-8) address without SMTPUTF8, or such addresses are not allowed for this sender or recipient (RFC 6531). RFC 5336 first used the number for a missing ALT-ADDRESS.',
        whenYouSeeIt:
          'Postfix smtpd answers `553 5.6.7 Must declare SMTPUTF8 to send unicode address` when a client sends a UTF-8 address without the SMTPUTF8 parameter; remote 550/553 5.6.7 replies appear on `status=bounced` lines.',
        howToFix:
          'Enable SMTPUTF8 end to end (Postfix `smtputf8_enable`) or use an ASCII address for that recipient; a client that sends UTF-8 addresses without declaring SMTPUTF8 must be fixed.',
      },
    },
    references: [rfc(6531), IANA],
    samples: ['553 5.6.7 Must declare SMTPUTF8 to send unicode address'],
  }),
  enhanced('X.6.8', {
    registered: true,
    associatedBasic: [252, 553, 550],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'UTF-8 reply required',
        description:
          'Showing the mailbox name would need a UTF-8 reply, but the client did not say it can take one (RFC 6531). Mostly an answer to VRFY or EXPN.',
        whenYouSeeIt: 'Rare in delivery logs; a 553 or 550 reply with 5.6.8 to an address query.',
        howToFix: 'Use a client that announces SMTPUTF8, or query the ASCII form of the address.',
      },
    },
    references: [rfc(6531), IANA],
    samples: ['553 5.6.8 UTF-8 string reply is required, but not permitted by the SMTP client'],
  }),
  enhanced('X.6.9', {
    registered: true,
    associatedBasic: [550],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'UTF-8 headers cannot be delivered',
        description:
          "The message has UTF-8 header fields and at least one recipient's path cannot carry them, so it is refused after the final dot of DATA (RFC 6531).",
        whenYouSeeIt:
          '`550 5.6.9 ...` in reply to end of DATA on Postfix lines, `after end of data:` on Exim lines: the next hop lacks SMTPUTF8.',
        howToFix:
          'Send ASCII-only headers to those recipients (encode display names and subjects per RFC 2047), or ask the receiving side to enable SMTPUTF8.',
      },
    },
    references: [rfc(6531), IANA],
    samples: ['550 5.6.9 UTF-8 header message cannot be transferred to one or more recipients'],
  }),
  enhanced('X.6.10', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Deprecated duplicate of X.6.8',
        description:
          'Registered by RFC 6531 as a duplicate of X.6.8 and deprecated; it means the same: a UTF-8 reply would be required but the client does not permit it.',
        whenYouSeeIt: 'Practically never; a server that sends it means exactly what X.6.8 means.',
        howToFix: 'As for X.6.8: use an SMTPUTF8-capable client or the ASCII form of the address.',
      },
    },
    references: [rfc(6531), IANA],
    samples: ['553 5.6.10 UTF-8 string reply is required, but not permitted by the SMTP client'],
  }),
  enhanced('X.6.11', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'content',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Bare line feeds in message (Microsoft)',
        description:
          'Exchange Online refused the message for invalid characters: bare LF line endings instead of CRLF. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.6.11 ... invalid characters` after end of DATA when delivering to Microsoft 365, usually from a script or application that writes Unix line endings straight into SMTP.',
        howToFix:
          'Make the sender use CRLF line endings, or submit through a local MTA that normalises them. Postfix itself refuses such input with `521 5.5.2 bare <LF> received` when `smtpd_forbid_bare_newline` is enabled.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.6.11 Message rejected: invalid characters (bare line feed) in message'],
  }),

  // X.7.x: security or policy
  enhanced('X.7.0', {
    registered: true,
    associatedBasic: [220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550],
    generic: true,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Other security or policy status',
        description:
          'A security or policy problem that fits no specific code, or one the server chose not to explain. Among the commonest codes: TLS and AUTH trouble, connection limits and reputation deferrals all use it.',
        whenYouSeeIt:
          'Postfix smtpd: `454 4.7.0 TLS not available due to local problem`, `454 4.7.0 Temporary authentication failure`, `530 5.7.0 Must issue a STARTTLS command first`, `421 4.7.0 <host> Error: too many connections from <ip>` (anvil limits). Gmail uses `421 4.7.0` for reputation and rate deferrals.',
        howToFix:
          'Read the text; it names the real issue. For too many connections, lower your concurrency to that host; for a STARTTLS demand, enable TLS on the client (`smtp_tls_security_level = may` or stricter); for reputation, see the provider entry.',
      },
    },
    references: [SECURITY, IANA],
    samples: [
      '421 4.7.0 mx.smtp.cz Error: too many connections from 81.95.98.2',
      '530 5.7.0 Must issue a STARTTLS command first',
    ],
  }),
  enhanced('X.7.1', {
    registered: true,
    associatedBasic: [451, 454, 502, 503, 533, 550, 551],
    generic: true,
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Delivery not authorized',
        description:
          'The sender may not send to this destination. It covers relay denial, blocklist hits, access-list rejections, spam verdicts and recipient restrictions; the registry calls it permanent, yet 4.7.1 is widely used for temporary refusals.',
        whenYouSeeIt:
          'Postfix smtpd: `554 5.7.1 <x>: Relay access denied`, `554 5.7.1 Service unavailable; Client host [ip] blocked using zen.spamhaus.org`, `553 5.7.1 ... Sender address rejected: not owned by user`, `450 4.7.1 Error: too much mail from <ip>` (anvil); greylisting daemons `451 4.7.1 ... Please try later`. Remote replies are just as varied.',
        howToFix:
          'Always read the text: relay denial needs SMTP AUTH or correct MX/`relay_domains`, a blocklist hit needs the listing cleared, greylisting and rate limits need only time. mailtriage classifies 4.7.1 and 5.7.1 by that text.',
      },
    },
    references: [SECURITY, IANA, SMTPD_CHECK],
    samples: ['554 5.7.1 <smtp@example.com>: Relay access denied', '450 4.7.1 Error: too much mail from 81.95.98.2'],
  }),
  enhanced('X.7.2', {
    registered: true,
    associatedBasic: [550],
    generic: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailing list expansion prohibited',
        description:
          'The sender may not post to this mailing list (a closed or moderated list). Permanent. Yahoo reuses 5.7.2 for a permanent block of the sending IP.',
        whenYouSeeIt:
          '`550 5.7.2 ...` when sending to a list address, at RCPT TO or after DATA. From Yahoo, `553 5.7.2 [TSS09] ...` or `[TSS11]` means your IP is blocked for now and retries will not help.',
        howToFix:
          "Ask the list owner to let you post (subscribe, or add you as an allowed sender). For Yahoo's TSS09/TSS11, fix your sending practices and then contact Yahoo's postmaster.",
      },
    },
    references: [SECURITY, IANA],
    samples: ['550 5.7.2 Mailing list expansion prohibited'],
  }),
  enhanced('X.7.3', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Security conversion not possible',
        description:
          'Delivery needed a conversion from one secure-messaging protocol to another, and it could not be done. Microsoft 365 reuses 5.7.3 for failed SMTP AUTH.',
        whenYouSeeIt:
          'Practically only as the Microsoft reuse: `SASL authentication failed; server smtp.office365.com[...] said: 535 5.7.3 Authentication unsuccessful` when Postfix relays through Microsoft 365 with wrong credentials or with SMTP AUTH disabled.',
        howToFix:
          "For Microsoft: check the credentials in `smtp_sasl_password_maps` (or Exim's client authenticator), and that SMTP AUTH is enabled for the tenant and mailbox and not blocked by Security Defaults or MFA.",
      },
    },
    references: [SECURITY, IANA, MICROSOFT_NDR],
    samples: ['535 5.7.3 Authentication unsuccessful'],
  }),
  enhanced('X.7.4', {
    registered: true,
    associatedBasic: [504],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Security features not supported',
        description:
          'The message or session needed a security feature, such as TLS or a secure authentication method, that the delivery path could not support.',
        whenYouSeeIt:
          'Postfix logs `dsn=4.7.4, status=deferred (TLS is required, but was not offered by host mx.example.net[...])` when `smtp_tls_security_level` is `encrypt` or stricter (or a TLS policy says so) and the server does not offer STARTTLS. Gmail answers `504 5.7.4 Unrecognized authentication type` to an unsupported AUTH mechanism.',
        howToFix:
          'Ask the destination to enable STARTTLS, or relax the requirement for that destination only (an entry in `smtp_tls_policy_maps`). For the AUTH case, choose a mechanism the server advertises.',
      },
    },
    references: [SECURITY, IANA, SMTP_PROTO],
    samples: ['504 5.7.4 Unrecognized authentication type'],
  }),
  enhanced('X.7.5', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Cryptographic failure',
        description:
          'A system entitled to validate or decrypt could not, because a key or certificate was missing or invalid. In SMTP logs it means a TLS certificate or handshake problem.',
        whenYouSeeIt:
          'Postfix: `dsn=4.7.5, status=deferred (Server certificate not verified)` at the verify, secure or dane levels, `Cannot start TLS: handshake failure`, or `TLS is required, but our TLS engine is unavailable` (a local problem). Microsoft 365 uses 4.7.5/5.7.5 with `Remote certificate failed MTA-STS validation`.',
        howToFix:
          "Check the destination's certificate chain, name and expiry (`openssl s_client -starttls smtp -connect host:25`) and your CA settings (`smtp_tls_CAfile`/`smtp_tls_CApath`); the TLS warning lines just before show protocol or cipher mismatches.",
      },
    },
    references: [SECURITY, IANA, SMTP_PROTO],
    samples: ['451 4.7.5 Remote certificate failed MTA-STS validation'],
  }),
  enhanced('X.7.6', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Cryptographic algorithm not supported',
        description:
          'Validation or decryption was impossible because the system doing it does not support the algorithm used.',
        whenYouSeeIt:
          'Rare in MTA logs; can come from message-level signing or encryption gateways (S/MIME, PGP) after DATA.',
        howToFix:
          'Use a more widely supported algorithm in your signing or encryption set-up, or ask the receiving administrator which ones their gateway accepts.',
      },
    },
    references: [SECURITY, IANA],
    samples: ['554 5.7.6 Cryptographic algorithm not supported'],
  }),
  enhanced('X.7.7', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message integrity failure',
        description:
          'The message could not be validated because it was corrupted or altered on the way. The registry allows it as a permanent, transient or even success code.',
        whenYouSeeIt: 'Rare; from signature-checking gateways after DATA.',
        howToFix:
          'Find what changes the message after signing (footers added by a relay, line rewrapping, content filters) and sign after the last change.',
      },
    },
    references: [SECURITY, IANA],
    samples: ['554 5.7.7 Message integrity failure'],
  }),
  enhanced('X.7.8', {
    registered: true,
    associatedBasic: [535, 554],
    generic: false,
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Authentication credentials invalid',
        description:
          'The AUTH exchange failed because the user name, password or token is wrong or insufficient (RFC 4954).',
        whenYouSeeIt:
          "As a client, Postfix logs `SASL authentication failed; server smtp.example.com[...] said: 535 5.7.8 ...` and defers the mail. As a server, smtpd answers `535 5.7.8 Error: authentication failed: ...` and warns `SASL LOGIN authentication failed`; Exim's server reply `535 Incorrect authentication data` carries no enhanced code. Gmail: `535 5.7.8 Username and Password not accepted`.",
        howToFix:
          "As a client, fix the credentials for that relay in `smtp_sasl_password_maps` (run `postmap` afterwards) or in Exim's client authenticator; Gmail needs an app password or OAuth2. As a server, many failures from one IP are password guessing: rate-limit or ban it (fail2ban, postscreen).",
      },
    },
    references: [rfc(4954, '6'), IANA],
    samples: [
      '535 5.7.8 Error: authentication failed: authentication failure',
      '535 5.7.8 Username and Password not accepted',
    ],
  }),
  enhanced('X.7.9', {
    registered: true,
    associatedBasic: [534],
    generic: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Authentication mechanism too weak',
        description:
          'The chosen AUTH mechanism is weaker than the server allows for this user, and the client should try a stronger one (RFC 4954). Yahoo reuses 5.7.9 to refuse incoming mail that fails its policy or authentication checks.',
        whenYouSeeIt:
          "With AUTH: `534 5.7.9 ...`, e.g. Gmail's `534 5.7.9 Application-specific password required`. On delivery to Yahoo: `554 5.7.9 Message not accepted for policy reasons` or `550 5.7.9 ... requires all senders to authenticate with either SPF or DKIM`, which concern SPF, DKIM and DMARC, not AUTH.",
        howToFix:
          "For AUTH, use a stronger mechanism, an app password or OAuth2. For Yahoo's reuse, make SPF and DKIM pass and align with the From: domain; mailtriage's Yahoo rules read those texts.",
      },
    },
    references: [rfc(4954, '6'), IANA],
    samples: ['534 5.7.9 Application-specific password required', '554 5.7.9 Message not accepted for policy reasons'],
  }),
  enhanced('X.7.10', {
    registered: true,
    associatedBasic: [523],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Encryption needed',
        description:
          'A strong privacy layer (TLS) is required before the requested mechanism, typically a cleartext AUTH such as PLAIN or LOGIN, may be used (RFC 5248). Postfix 3.12 also uses 4.7.10/5.7.10 when a REQUIRETLS policy cannot be met.',
        whenYouSeeIt:
          'Replies like `523 5.7.10 Encryption Needed` to AUTH on an unencrypted session; in Postfix 3.12 delivery logs for REQUIRETLS messages.',
        howToFix:
          'Start TLS before AUTH on the client (Postfix `smtp_tls_security_level = encrypt` for that relay, Exim `hosts_require_tls`), or use a mechanism that does not expose the password.',
      },
    },
    references: [rfc(5248), IANA],
    samples: ['523 5.7.10 Encryption Needed'],
  }),
  enhanced('X.7.11', {
    registered: true,
    associatedBasic: [524, 538],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Encryption required for mechanism',
        description:
          'The selected AUTH mechanism may only be used on an encrypted connection. RFC 4954 keeps the code for history: modern servers do not advertise such mechanisms before TLS.',
        whenYouSeeIt:
          '`538 5.7.11 Encryption required for requested authentication mechanism` (or 524) in answer to AUTH, from older servers.',
        howToFix:
          'Run STARTTLS before AUTH; in Postfix, require TLS for that relay through `smtp_tls_policy_maps` or `smtp_tls_security_level = encrypt`.',
      },
    },
    references: [rfc(4954, '6'), IANA],
    samples: ['538 5.7.11 Encryption required for requested authentication mechanism'],
  }),
  enhanced('X.7.12', {
    registered: true,
    associatedBasic: [422, 432],
    generic: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Password transition needed',
        description:
          'The user must authenticate once with PLAIN (over TLS) so the server can enable the requested mechanism for later sessions (RFC 4954). Exchange Online reuses 5.7.12 for recipients that only take mail from inside their organisation.',
        whenYouSeeIt:
          '`432 4.7.12 A password transition is needed` in answer to AUTH; from Microsoft 365, `550 5.7.12 ... sender was not authenticated by organization`.',
        howToFix:
          "Authenticate once with PLAIN over TLS, or choose another mechanism. For the Microsoft variant, the recipient's administrator must allow external senders for that recipient.",
      },
    },
    references: [rfc(4954, '6'), IANA, MICROSOFT_NDR],
    samples: ['432 4.7.12 A password transition is needed'],
  }),
  enhanced('X.7.13', {
    registered: true,
    associatedBasic: [525],
    generic: false,
    reason: 'suspended',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'User account disabled',
        description:
          'Authentication worked, but the account is disabled (unpaid, abuse, break-in) until an administrator re-enables it (RFC 5248). Some providers also use it for disabled recipient accounts.',
        whenYouSeeIt:
          '`525 5.7.13 ...` in answer to AUTH when your relay or ESP account has been suspended; as a delivery reply, for a recipient whose account is disabled.',
        howToFix:
          'Contact the provider of the sending account to have it re-enabled. For a disabled recipient, stop sending until the person confirms the account is active again.',
      },
    },
    references: [rfc(5248), IANA],
    samples: ['525 5.7.13 User Account Disabled'],
  }),
  enhanced('X.7.14', {
    registered: true,
    associatedBasic: [535, 554],
    generic: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Trust relationship required',
        description:
          'The submission server needs a configured trust relationship with a third-party server to fetch the content (BURL); it replaces X.7.8 for that case (RFC 5248). Gmail reuses 5.7.14 for sign-ins it blocks as suspicious.',
        whenYouSeeIt:
          "In practice Gmail's `534 5.7.14 Please log in through your web browser`, when a relay account signs in from an unfamiliar network or client.",
        howToFix:
          'For Gmail, sign in through the web once from the sending network, review the security alert, and use an app password or OAuth2 for SMTP relaying.',
      },
    },
    references: [rfc(5248), IANA, GMAIL_ERRORS],
    samples: ['534 5.7.14 Please log in through your web browser'],
  }),
  enhanced('X.7.15', {
    registered: true,
    associatedBasic: [450, 550],
    generic: false,
    reason: 'policy',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Priority level too low',
        description:
          "The message's MT-PRIORITY level is below what the server accepts now, for example while it only takes high-priority traffic (RFC 6710). May be temporary.",
        whenYouSeeIt: 'Only where MT-PRIORITY is in use: `450 4.7.15 ...` or `550 5.7.15 ...`.',
        howToFix: 'Retry later, or send with a higher priority if you are entitled to one.',
      },
    },
    references: [rfc(6710), IANA],
    samples: ['450 4.7.15 Priority Level is too low'],
  }),
  enhanced('X.7.16', {
    registered: true,
    associatedBasic: [552],
    generic: false,
    reason: 'message-too-large',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Message too big for priority',
        description:
          'The message is larger than the server accepts at the requested MT-PRIORITY level (RFC 6710); this may be temporary.',
        whenYouSeeIt: 'Only with MT-PRIORITY: `552 5.7.16 ...` or a 4.7.16 deferral.',
        howToFix:
          'Send the message smaller or with a different priority, or retry when the server accepts larger messages again.',
      },
    },
    references: [rfc(6710), IANA],
    samples: ['552 5.7.16 Message is too big for the specified priority'],
  }),
  enhanced('X.7.17', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'has-moved',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Mailbox owner changed',
        description:
          'The message required that the mailbox be held by the same owner since a given date (RRVS, Require-Recipient-Valid-Since), and the receiver knows it changed hands since then (RFC 7293).',
        whenYouSeeIt:
          'Only for mail sent with RRVS, which is rare outside large senders: `550 5.7.17 Mailbox owner has changed`.',
        howToFix: 'Remove the address: it now belongs to someone else. Ask the person you meant for a current address.',
      },
    },
    references: [rfc(7293), IANA],
    samples: ['550 5.7.17 Mailbox owner has changed'],
  }),
  enhanced('X.7.18', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'has-moved',
    whoMustAct: 'our-side',
    hardness: 'hard',
    texts: {
      en: {
        title: 'Domain owner changed',
        description:
          "As X.7.17, but for the whole domain: the recipient's domain changed owner after the date the RRVS requirement named (RFC 7293).",
        whenYouSeeIt: 'Only for mail sent with RRVS: `550 5.7.18 Domain owner has changed`.',
        howToFix: 'Remove the addresses at that domain; the organisation you knew no longer receives mail there.',
      },
    },
    references: [rfc(7293), IANA],
    samples: ['550 5.7.18 Domain owner has changed'],
  }),
  enhanced('X.7.19', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'RRVS test cannot be completed',
        description:
          'The receiver could not evaluate the RRVS requirement because it never recorded when the mailbox came into its current hands (RFC 7293).',
        whenYouSeeIt: 'Only for mail sent with RRVS: `550 5.7.19 RRVS test cannot be completed`.',
        howToFix:
          'Decide whether the message may go out again without RRVS protection; the receiver cannot give the assurance you asked for.',
      },
    },
    references: [rfc(7293), IANA],
    samples: ['550 5.7.19 RRVS test cannot be completed'],
  }),
  enhanced('X.7.20', {
    registered: true,
    associatedBasic: [550],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'No passing DKIM signature',
        description:
          "The message had no DKIM signature that verified, and the receiver's policy requires one (RFC 7372).",
        whenYouSeeIt:
          'After the body: `550 5.7.20 ...` in reply to end of DATA on Postfix lines, `after end of data:` on Exim `**` lines.',
        howToFix:
          "Sign outgoing mail with DKIM (an OpenDKIM or rspamd milter for Postfix, the smtp transport's `dkim_*` options in Exim) and make sure nothing alters the message after signing.",
      },
    },
    references: [rfc(7372, '3.1'), IANA],
    samples: ['550 5.7.20 No passing DKIM signature found'],
  }),
  enhanced('X.7.21', {
    registered: true,
    associatedBasic: [550],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'No acceptable DKIM signature',
        description:
          'Valid DKIM signatures were present, but none the receiver accepts, for example from an unrelated domain or with a key it considers too weak (RFC 7372).',
        whenYouSeeIt:
          'After the body: `550 5.7.21 ...` on Postfix `status=bounced ... (in reply to end of DATA command)` lines or Exim `**` lines.',
        howToFix:
          'Sign with your own domain and a current key (2048-bit RSA is the common choice), in addition to any signature your mail provider adds.',
      },
    },
    references: [rfc(7372, '3.1'), IANA],
    samples: ['550 5.7.21 No acceptable DKIM signature found'],
  }),
  enhanced('X.7.22', {
    registered: true,
    associatedBasic: [550],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'No author-matched DKIM signature',
        description:
          'Valid DKIM signatures exist, but none comes from the domain in the From: header, so the author is not vouched for (a special case of X.7.21, RFC 7372).',
        whenYouSeeIt:
          'After the body: `550 5.7.22 ...` on Postfix or Exim failure lines, typically for mail sent through a provider that signs with its own domain.',
        howToFix:
          'Sign with the From: domain (d= equal to it or to its parent), which is also what DMARC alignment needs; with an email provider, publish the key it gives you (often a CNAME) for your domain.',
      },
    },
    references: [rfc(7372, '3.1'), IANA],
    samples: ['550 5.7.22 No valid author-matched DKIM signature found'],
  }),
  enhanced('X.7.23', {
    registered: true,
    associatedBasic: [550],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'SPF validation failed',
        description:
          'SPF returned fail for the sending IP and local policy rejects on that; RFC 7372 registered it to replace 5.7.1 for this case. Gmail reuses 4.7.23 for a sending IP without a proper PTR record.',
        whenYouSeeIt:
          'At MAIL FROM, RCPT TO or after DATA: `550 5.7.23 ...`; Microsoft: `550 5.7.23 The message was rejected because of Sender Policy Framework violation`. From Gmail, `421 4.7.23` is about reverse DNS, not SPF.',
        howToFix:
          "Add the sending IP, or your provider's include, to the SPF record of the envelope-sender domain; forwarded mail needs SRS. For Gmail's 4.7.23, fix the PTR record of the sending IP.",
      },
    },
    references: [rfc(7372, '3.2'), rfc(7208), IANA],
    samples: ['550 5.7.23 The message was rejected because of Sender Policy Framework violation'],
  }),
  enhanced('X.7.24', {
    registered: true,
    associatedBasic: [451, 550],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'SPF validation error',
        description:
          'Evaluating SPF ended in an error: a temporary DNS problem (temperror, with 451) or a broken record (permerror, with 550). It replaces 4.4.3 and 5.5.2 for these cases (RFC 7372). Gmail uses it for SPF records with suspicious entries.',
        whenYouSeeIt:
          "`451 4.7.24 ...` on Postfix `status=deferred` lines or `550 5.7.24 ...` on bounces; Gmail's text reads `The SPF record of the sending domain has one or more suspicious entries`.",
        howToFix:
          'Validate the SPF record: syntax, more than 10 DNS-querying terms, lookups that return nothing, unreachable name servers; remove overly broad terms such as `+all` or huge IP ranges.',
      },
    },
    references: [rfc(7372, '3.2'), rfc(7208), IANA, GMAIL_ERRORS],
    samples: [
      '451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
    ],
  }),
  enhanced('X.7.25', {
    registered: true,
    associatedBasic: [550],
    generic: false,
    reason: 'require-ptr',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Reverse DNS validation failed',
        description:
          "The client's IP failed the receiver's reverse-DNS check: there is no PTR record, or its name does not resolve back to the same IP (RFC 7372).",
        whenYouSeeIt:
          'Postfix smtpd: `450 4.7.25 Client host rejected: cannot find your hostname, [ip]` for reject_unknown_client_hostname (4.7.1 before Postfix 3.0), or 550 5.7.25 when the reject code is set to 550. Gmail: `550 5.7.25 ... does not have a PTR record`; Microsoft: `must have a reverse DNS record` for IPv6 senders.',
        howToFix:
          'Ask whoever owns the sending IP (hosting provider or ISP) for a PTR record whose name resolves back to that IP, and use that name as your HELO name.',
      },
    },
    references: [rfc(7372, '3.3'), IANA, SMTPD_CHECK],
    samples: [
      '450 4.7.25 Client host rejected: cannot find your hostname, [93.184.216.34]',
      '550 5.7.25 Client host rejected: cannot find your hostname, [192.0.2.246]',
    ],
  }),
  enhanced('X.7.26', {
    registered: true,
    associatedBasic: [550],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Multiple authentication checks failed',
        description:
          'More than one authentication check failed and the receiver does not say which (RFC 7372). Gmail uses it for unauthenticated mail and for DMARC rejections.',
        whenYouSeeIt:
          "Usually after DATA. Gmail: `421 4.7.26 This mail has been rate limited because it is unauthenticated`, `550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy`.",
        howToFix:
          'Make SPF and DKIM pass on every sending path and align at least one with the From: domain; check forwarders, mailing lists and third-party services that send as your domain.',
      },
    },
    references: [rfc(7372, '3.4'), IANA, GMAIL_ERRORS],
    samples: [
      '421 4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
    ],
  }),
  enhanced('X.7.27', {
    registered: true,
    associatedBasic: [550],
    generic: false,
    reason: 'not-accept',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sender domain has null MX',
        description:
          "The envelope sender's domain publishes a null MX, so it could never receive this message's bounces, and the receiver refuses it (RFC 7505). Gmail reuses 4.7.27/5.7.27 with another meaning: SPF did not pass.",
        whenYouSeeIt:
          "Postfix smtpd: `550 5.7.27 <x>: Sender address rejected: Domain example.com does not accept mail (nullMX)` (reject_unknown_sender_domain). From Gmail the same number reads `Your email has been rate limited because SPF authentication didn't pass` — an SPF problem, which mailtriage's Gmail rules recognise.",
        howToFix:
          "Send with an envelope sender (return-path) whose domain can receive mail; a no-reply domain still needs a working MX for bounces. For Gmail's meaning, fix SPF for the return-path domain.",
      },
    },
    references: [rfc(7505, '4.2'), IANA, SMTPD_CHECK, GMAIL_ERRORS],
    samples: [
      '550 5.7.27 <noreply@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)',
    ],
  }),
  enhanced('X.7.28', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'rate-limited',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mail flood detected',
        description:
          'The message looks like part of a flood of similar abusive messages (registered from draft-levine-mailbomb-header, never an RFC). Gmail uses it for an unusual rate of mail from your IP, netblock or domains, or many messages sharing one Message-ID; Orange and Free use it for throttling.',
        whenYouSeeIt:
          'Gmail: `421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address ...` on Postfix `status=deferred` lines and Exim `==` lines, and `550 5.7.28 There is an unusual rate of unsolicited mail ...` once it becomes a block.',
        howToFix:
          'Slow down and spread the volume, warm up new IPs and domains gradually, clean your lists, watch complaint rates in Google Postmaster Tools, and give every message its own Message-ID.',
      },
    },
    references: [
      {
        kind: 'draft',
        title: 'draft-levine-mailbomb-header',
        url: 'https://datatracker.ietf.org/doc/draft-levine-mailbomb-header/',
      },
      IANA,
      GMAIL_ERRORS,
    ],
    samples: [
      '421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address 192.0.2.25. To protect our users from spam, mail has been temporarily rate limited.',
      '550 5.7.28 There is an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.',
    ],
  }),
  enhanced('X.7.29', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'ARC validation failure',
        description:
          'The message failed ARC (Authenticated Received Chain) validation, which a receiver may signal with 5.7.29 (RFC 8617). Gmail reuses 4.7.29/5.7.29 for something else: the message was not sent over TLS.',
        whenYouSeeIt:
          "Rare with the registry meaning (forwarded mail with broken ARC seals). From Gmail: `421 4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection` — your server delivered without STARTTLS.",
        howToFix:
          "For ARC, the forwarding system that sealed the message must fix its ARC signing. For Gmail's meaning, enable opportunistic TLS outbound (Postfix `smtp_tls_security_level = may`; Exim tries STARTTLS unless `hosts_avoid_tls` matches) and check that it succeeds.",
      },
    },
    references: [rfc(8617, '5.2.2'), IANA, GMAIL_ERRORS],
    samples: ['550 5.7.29 ARC validation failure'],
  }),
  enhanced('X.7.30', {
    registered: true,
    associatedBasic: [],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'REQUIRETLS support required',
        description:
          'The message was sent with REQUIRETLS, but a hop on the path does not support it, so it could not be passed on safely (RFC 8689). Gmail reuses 4.7.30/5.7.30 to say DKIM did not pass.',
        whenYouSeeIt:
          "Postfix 3.12 logs `dsn=5.7.30 ... Sender requested REQUIRETLS, but TLS service was not offered by host ...`. From Gmail: `421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message` — a DKIM problem.",
        howToFix:
          "For REQUIRETLS, the next hop must support TLS and REQUIRETLS, or the sender must drop the requirement. For Gmail's meaning, sign with a valid DKIM key for your domain.",
      },
    },
    references: [rfc(8689), IANA, GMAIL_ERRORS],
    samples: ['550 5.7.30 REQUIRETLS support required'],
  }),
  enhanced('X.7.31', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DMARC record missing (Gmail, unsure)',
        description:
          "Google's sender-guidelines FAQ names 4.7.31 for bulk mail whose From: domain has no DMARC record or no usable policy, while Google's live error list uses 4.7.40/5.7.40 for that case; treat both alike. Not in the IANA registry.",
        whenYouSeeIt:
          'Only from Gmail (replies ending in `gsmtp`), on `status=deferred` lines for bulk mail from a domain without a `_dmarc` record.',
        howToFix:
          'Publish a DMARC record for the From: domain (at least `v=DMARC1; p=none`) and align SPF or DKIM with that domain.',
      },
    },
    references: [
      GMAIL_ERRORS,
      {
        kind: 'other',
        title: 'DMARCPal: Gmail bulk sender error codes explained',
        url: 'https://dmarcpal.com/learn/gmail-bulk-sender-error-codes-explained',
      },
    ],
    // Constructed: the wording Google attaches to 4.7.31 is not documented; this mirrors 4.7.40.
    samples: ["421 4.7.31 Your email has been rate limited because the sending domain doesn't have a DMARC record."],
  }),
  enhanced('X.7.32', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'From: domain not aligned (Gmail)',
        description:
          'Gmail found that the From: header domain matches neither the SPF-authenticated nor the DKIM-signing organisational domain, so DMARC alignment fails (bulk-sender rules). Not in the IANA registry.',
        whenYouSeeIt:
          "From Gmail: `421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain`; 5.7.32 once it blocks.",
        howToFix:
          'Sign DKIM with the From: domain, or send with a return-path in the same organisational domain so SPF aligns; check every third-party service that sends as your domain.',
      },
    },
    references: [GMAIL_ERRORS, GMAIL_TABLE],
    samples: [
      "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
    ],
  }),
  enhanced('X.7.40', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DMARC record missing (Gmail)',
        description:
          "Gmail's bulk-sender rules require a DMARC record on the sending domain; 4.7.40 defers and 5.7.40 blocks mail from domains without one, or whose record has no policy. Not in the IANA registry; Google's FAQ also mentions 4.7.31 for this.",
        whenYouSeeIt:
          "From Gmail: `421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy`.",
        howToFix:
          'Publish `_dmarc.<your domain>` with at least `v=DMARC1; p=none`, then make SPF or DKIM align with the From: domain.',
      },
    },
    references: [GMAIL_ERRORS, GMAIL_TABLE],
    samples: [
      '421 4.7.40 Your email has been rate limited because the sending domain doesn’t have a DMARC record, or the DMARC record doesn’t specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain.',
    ],
  }),
  enhanced('X.7.57', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'security',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Client not authenticated (Microsoft)',
        description:
          'Microsoft 365 client submission (smtp.office365.com) refused mail from a client that did not authenticate. Not in the IANA registry.',
        whenYouSeeIt:
          'Postfix relaying to smtp.office365.com:587 without working SASL: `status=bounced (host smtp.office365.com[...] said: 530 5.7.57 Client not authenticated to send mail. ... (in reply to MAIL FROM command))`.',
        howToFix:
          'Turn on SMTP AUTH for the relay (Postfix `smtp_sasl_auth_enable = yes`, credentials in `smtp_sasl_password_maps`, `smtp_tls_security_level = encrypt`) and make sure SMTP AUTH is allowed for that mailbox; or use a Microsoft 365 connector for the server IP.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: [
      '530 5.7.57 Client not authenticated to send mail. [BN1P110CA0052.NAMP110.PROD.OUTLOOK.COM 2023-11-29T14:52:57.126Z 08DBE7319275F6BA]',
    ],
  }),
  enhanced('X.7.64', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'relay-denied',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Tenant attribution failed (Microsoft)',
        description:
          'Exchange Online could not attribute incoming mail to your tenant through its inbound connector, so it treats it as relaying. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.64 TenantAttribution; Relay Access Denied` when your on-premises Postfix or Exim relays through Microsoft 365 and the connector (certificate or IP) no longer matches.',
        howToFix:
          'Fix the Microsoft 365 inbound connector: the sending IP range or the TLS certificate name it expects must match your server (and its `smtp_tls_cert_file` when certificate-based).',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.64 TenantAttribution; Relay Access Denied'],
  }),
  enhanced('X.7.124', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sender not allowed by group (Microsoft)',
        description:
          'A Microsoft 365 distribution group accepts mail only from listed senders, and you are not on the list. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.124 ... Sender not in allowed-senders list` when sending to a group address at a Microsoft 365 organisation.',
        howToFix: "Ask the group's owner or the recipient's administrator to add your address to the allowed senders.",
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.124 Sender not in allowed-senders list'],
  }),
  enhanced('X.7.133', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Group rejects outside senders (Microsoft)',
        description:
          'The Microsoft 365 group only accepts mail from senders inside its organisation. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.133 ... sender not authenticated for group` when writing to a group address from outside.',
        howToFix: "Only the recipient organisation's administrator or the group owner can allow external senders.",
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.133 Sender not authenticated for group'],
  }),
  enhanced('X.7.134', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mailbox rejects outside senders (Microsoft)',
        description:
          'The Microsoft 365 mailbox is set to refuse mail from outside its organisation. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.134 ... sender was not authenticated for mailbox` for mail from your server to that mailbox.',
        howToFix: "Only the recipient's administrator can allow external senders for that mailbox.",
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.134 Sender was not authenticated for mailbox'],
  }),
  enhanced('X.7.135', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Public folder rejects outside senders (Microsoft)',
        description:
          'The Microsoft 365 public folder accepts mail only from inside its organisation. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.135 ... sender was not authenticated for public folder` for mail to a public-folder address.',
        howToFix: "Only the recipient's administrator can open the public folder to external senders.",
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.135 Sender was not authenticated for public folder'],
  }),
  enhanced('X.7.136', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'policy',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Mail user rejects outside senders (Microsoft)',
        description:
          'The Microsoft 365 mail user (a contact-like recipient) accepts mail only from inside its organisation. Not in the IANA registry.',
        whenYouSeeIt: '`550 5.7.136 ... sender was not authenticated` for mail to such a recipient.',
        howToFix: "Only the recipient's administrator can allow external senders for that recipient.",
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.136 Sender was not authenticated'],
  }),
  enhanced('X.7.139', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'login-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'SMTP AUTH disabled (Microsoft)',
        description:
          'Microsoft 365 refused SMTP AUTH because it is disabled for the tenant or mailbox, or blocked by Security Defaults or multi-factor rules. Not in the IANA registry.',
        whenYouSeeIt:
          'Postfix relaying through smtp.office365.com: `SASL authentication failed; server smtp.office365.com[...] said: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant`.',
        howToFix:
          'Enable authenticated SMTP for that mailbox (and the tenant) where policy allows, or move to OAuth2 or a Microsoft 365 connector based on your IP or certificate.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant'],
  }),
  enhanced('X.7.321', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DANE: STARTTLS not supported (Microsoft)',
        description:
          'Exchange Online validated the destination with DANE (DNSSEC-signed TLSA records), but the destination did not offer STARTTLS. Not in the IANA registry.',
        whenYouSeeIt:
          '`4.7.321`/`5.7.321` with `starttls-not-supported:` in Microsoft 365 bounces for mail sent through Microsoft 365.',
        howToFix:
          'The destination must offer STARTTLS, since its TLSA records promise TLS; otherwise it must withdraw the TLSA records.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.321 starttls-not-supported: the destination did not offer STARTTLS'],
  }),
  enhanced('X.7.322', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DANE: certificate expired (Microsoft)',
        description:
          'The destination presented an expired certificate during a DANE-validated connection from Exchange Online. Not in the IANA registry.',
        whenYouSeeIt: '`5.7.322` with `certificate-expired:` in Microsoft 365 bounces.',
        howToFix: 'The destination must renew its certificate and update its TLSA records to match.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.322 certificate-expired: the destination certificate has expired'],
  }),
  enhanced('X.7.323', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DANE: TLSA record invalid (Microsoft)',
        description:
          "The destination's certificate does not match its DNSSEC-signed TLSA record, or the record itself is misconfigured. Not in the IANA registry.",
        whenYouSeeIt: '`4.7.323`/`5.7.323` with `tlsa-invalid:` in Microsoft 365 bounces.',
        howToFix:
          'The destination must publish TLSA records matching its current certificate (publish the new one before rolling the certificate).',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.323 tlsa-invalid: the certificate does not match the TLSA record'],
  }),
  enhanced('X.7.324', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DANE: DNSSEC invalid (Microsoft)',
        description:
          'The destination domain claimed DNSSEC-signed records, but Exchange Online could not validate them as authentic. Not in the IANA registry.',
        whenYouSeeIt: '`4.7.324`/`5.7.324` with `dnssec-invalid:` in Microsoft 365 bounces.',
        howToFix: 'The destination must repair its DNSSEC chain (DS records at the parent, unexpired signatures).',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.324 dnssec-invalid: the DNSSEC records could not be validated'],
  }),
  enhanced('X.7.325', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'tls-failure',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DANE: certificate name mismatch (Microsoft)',
        description:
          "The names in the destination's certificate (CN and SAN) match neither the domain nor the MX host Exchange Online connected to. Not in the IANA registry.",
        whenYouSeeIt: '`4.7.325`/`5.7.325` with `certificate-host-mismatch:` in Microsoft 365 bounces.',
        howToFix:
          'The destination must use a certificate that names its MX host (or adjust its TLSA records accordingly).',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.325 certificate-host-mismatch: the certificate does not name the MX host'],
  }),
  enhanced('X.7.500', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sending pattern throttled (Microsoft)',
        description:
          'Exchange Online Protection is holding back mail from an IP whose sending pattern is new or has changed (the 4.7.500 to 4.7.699 family, tagged ASxxx). Not in the IANA registry.',
        whenYouSeeIt:
          'Postfix `status=deferred (host ...protection.outlook.com[...] said: 451 4.7.500 Server busy. Please try again later from [ip]. (AS761) ...)`, often when a new IP starts sending to Outlook.com or Microsoft 365.',
        howToFix:
          'Let the queue retry and ramp volume up slowly; keep SPF, DKIM and DMARC passing. A Microsoft 365 customer receiving your mail can add an inbound connector for your IPs.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761)'],
  }),
  enhanced('X.7.501', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Sending account banned (Microsoft)',
        description:
          'Microsoft 365 banned the sending account after detecting spam from it (the 5.7.501 to 5.7.503 family). Not in the IANA registry.',
        whenYouSeeIt:
          'When relaying through Microsoft 365: `550 5.7.501 Access denied, spam abuse detected` on every message from that account.',
        howToFix:
          'Treat the account as compromised: reset its credentials and remove whatever sent the spam, then ask Microsoft support to restore sending.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.501 Access denied, spam abuse detected'],
  }),
  enhanced('X.7.506', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Bad HELO (Microsoft)',
        description:
          'The client introduced itself (HELO/EHLO) as the server it is connecting to, a spambot trait that Exchange Online refuses. Not in the IANA registry.',
        whenYouSeeIt: '`550 5.7.506 Access denied, bad HELO` on Postfix or Exim delivery attempts to Microsoft 365.',
        howToFix:
          'Send your own fully-qualified host name in HELO (Postfix `smtp_helo_name`, default `$myhostname`; Exim `helo_data`).',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.506 Access denied, bad HELO'],
  }),
  enhanced('X.7.507', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP blocked by recipient (Microsoft)',
        description:
          "The recipient's Microsoft 365 organisation has blocked the IP you send from. Not in the IANA registry.",
        whenYouSeeIt: '`550 5.7.507 Access denied, rejected by recipient` for mail to one organisation only.',
        howToFix: 'Contact the recipient organisation and ask them to lift the block on your IP.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.507 Access denied, rejected by recipient'],
  }),
  enhanced('X.7.509', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'DMARC failed (Microsoft)',
        description:
          'The From: domain failed DMARC and its policy says reject, so Microsoft 365 refused the message. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification` after the body.',
        howToFix:
          'Make SPF or DKIM pass and align with the From: domain for this sending path (forwarders and third-party senders included).',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification'],
  }),
  enhanced('X.7.510', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'No mail over IPv6 (Microsoft)',
        description: 'The recipient organisation does not accept email over IPv6. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.510 Access denied, [example.com] does not accept email over IPv6` when your server connects to Microsoft 365 over IPv6.',
        howToFix:
          'Deliver to that domain over IPv4 (Postfix `smtp_address_preference = ipv4`, set on a dedicated transport if only this destination needs it).',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.510 Access denied, [example.com] does not accept email over IPv6'],
  }),
  enhanced('X.7.511', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Banned sender (Microsoft)',
        description: 'Microsoft has banned the IP you send from. Not in the IANA registry.',
        whenYouSeeIt: '`550 5.7.511 Access denied, banned sender` on all deliveries to Microsoft-hosted domains.',
        howToFix:
          'Fix what caused the ban, then email Microsoft delisting with the full bounce text and the IP, as their NDR documentation describes.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.511 Access denied, banned sender'],
  }),
  enhanced('X.7.512', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'not-compliant',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'From: header invalid (Microsoft)',
        description:
          'The message has no valid From: address as RFC 5322 §3.6.2 requires, and Microsoft 365 refuses it. Not in the IANA registry.',
        whenYouSeeIt: '`550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant` after the body.',
        howToFix:
          'Make the sending application write a single valid From: header, such as `From: Name <user@example.com>`.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant'],
  }),
  enhanced('X.7.513', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'blocked',
    whoMustAct: 'their-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Recipient custom blocklist (Microsoft)',
        description:
          "The recipient's Microsoft 365 organisation put your IP on its own blocklist. Not in the IANA registry.",
        whenYouSeeIt:
          '`550 5.7.513 Service unavailable, Client host [ip] blocked by example.com using Customer Block list` for one organisation.',
        howToFix: 'Contact the recipient organisation directly and ask them to remove your IP from their list.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: [
      '550 5.7.513 Service unavailable, Client host [192.0.2.10] blocked by example.com using Customer Block list',
    ],
  }),
  enhanced('X.7.515', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'auth-failure',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Authentication level not met (Microsoft)',
        description:
          "Outlook.com's rules for high-volume senders (enforced since May 2025): the From: domain must pass SPF, DKIM and DMARC. Not in the IANA registry.",
        whenYouSeeIt:
          "`550 5.7.515 Access denied, sending domain EXAMPLE.JP doesn't meet the required authentication level.` for mail to Outlook.com and Hotmail addresses.",
        howToFix:
          'Publish a DMARC record (at least `p=none`) and make SPF and DKIM pass and align with the From: domain.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ["550 5.7.515 Access denied, sending domain EXAMPLE.JP doesn't meet the required authentication level."],
  }),
  enhanced('X.7.520', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'External forwarding blocked (Microsoft)',
        description:
          "The forwarding organisation's outbound anti-spam policy forbids automatic forwarding to outside addresses (AS(7555)). Not in the IANA registry.",
        whenYouSeeIt:
          '`550 5.7.520 Access denied, Your organization does not allow external forwarding` in bounces for mail a Microsoft 365 mailbox tried to forward to you or elsewhere.',
        howToFix:
          "The forwarding tenant's administrator must allow forwarding for that mailbox in an outbound anti-spam policy, or the user removes the forward.",
      },
    },
    references: [MICROSOFT_NDR],
    samples: ['550 5.7.520 Access denied, Your organization does not allow external forwarding.'],
  }),
  enhanced('X.7.650', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Rate limited by IP reputation (Microsoft)',
        description:
          'Outlook.com is throttling your IP because of its reputation (often tagged S775). Not in the IANA registry.',
        whenYouSeeIt:
          '`status=deferred (host outlook-com.olc.protection.outlook.com[...] said: 451 4.7.650 The mail server [ip] has been temporarily rate limited due to IP reputation. ... (in reply to MAIL FROM command))`.',
        howToFix:
          'Lower volume to Outlook.com, clean lists, keep authentication passing, and watch the IP in Microsoft SNDS; warm new IPs up gradually.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: [
      '451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
    ],
  }),
  enhanced('X.7.652', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'too-many-connections',
    whoMustAct: 'retry',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Too many connections (Microsoft)',
        description:
          'Outlook.com refused a connection because your IP already has too many open (often tagged S3115). Not in the IANA registry.',
        whenYouSeeIt:
          '`451 4.7.652 The mail server [ip] has exceeded the maximum number of connections. (S3115)` on Postfix `status=deferred` lines or Exim `==` lines.',
        howToFix:
          'Lower concurrency to Outlook.com (a dedicated Postfix transport with a small `_destination_concurrency_limit`); the queue retries the rest.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['451 4.7.652 The mail server [192.0.2.251] has exceeded the maximum number of connections. (S3115)'],
  }),
  enhanced('X.7.703', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'policy',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Blocked by own tenant list (Microsoft)',
        description:
          'Your own Microsoft 365 organisation blocked the message through an entry in its Tenant Allow/Block List. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.703 ... blocked by your organization using Tenant Allow Block List` when relaying through Microsoft 365.',
        howToFix: 'Review and edit the Tenant Allow/Block List entries in Microsoft Defender.',
      },
    },
    references: [MICROSOFT_NDR],
    samples: ['550 5.7.703 Message blocked by your organization using Tenant Allow Block List'],
  }),
  enhanced('X.7.705', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'blocked',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Tenant blocked for spam (Microsoft)',
        description:
          'Most outgoing traffic from the Microsoft 365 tenant was judged suspicious, and the whole tenant lost the ability to send. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.705 Access denied, tenant has exceeded threshold` on everything relayed through that tenant.',
        howToFix: 'Close the compromise or open relay behind it, then contact Microsoft support to unblock the tenant.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.705 Access denied, tenant has exceeded threshold'],
  }),
  enhanced('X.7.708', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'bad-reputation',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'IP not trusted for sending (Microsoft)',
        description:
          "Microsoft 365 refuses outbound traffic from the tenant's sending IP because of low reputation, often for new tenants. Not in the IANA registry.",
        whenYouSeeIt:
          '`550 5.7.708 Access denied, traffic not accepted from this IP` when relaying through Microsoft 365.',
        howToFix: 'Send from validated domains only and contact Microsoft support to review the tenant.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.708 Access denied, traffic not accepted from this IP'],
  }),
  enhanced('X.7.750', {
    registered: false,
    associatedBasic: [],
    generic: false,
    reason: 'sender-rejected',
    whoMustAct: 'our-side',
    hardness: 'soft',
    texts: {
      en: {
        title: 'Unregistered sending domain (Microsoft)',
        description:
          'The Microsoft 365 tenant sends too much mail from domains it has not added and verified. Not in the IANA registry.',
        whenYouSeeIt:
          '`550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains` when relaying through Microsoft 365.',
        howToFix:
          'Add and verify every domain you send from in the tenant, or stop using unverified envelope or From: domains.',
      },
    },
    references: [MICROSOFT_NDR, MICROSOFT_TABLE],
    samples: ['550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains'],
  }),
];

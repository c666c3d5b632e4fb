/**
 * (event, catalog) → what it means for the report: an outcome (delivered, deferred, bounced,
 * ...), the reply class, a reason from the taxonomy, who must act, hard or soft, and the id of
 * the catalog entry whose hint applies. Pure.
 *
 * Retry semantics come from the MTA's verdict, not from the reply text: Postfix `deferred` and
 * Exim `==` are transient even for a 5xx greeting (smtp_skip_5xx_greeting), `bounced` and `**`
 * are final.
 */
import { lookupReply, type MatchLayer, type ReplyQuery } from '../catalog/lookup.js';
import { REASON_INFO, type Reason } from '../catalog/reasons.js';
import type { Provider } from '../catalog/types.js';
import { enhancedClassOf, replyClassOf } from '../parse/reply.js';
import type { DeliveryEvent, Hardness, MailEvent, Outcome, Reply, ReplyClass, WhoMustAct } from '../types.js';

export interface Classification {
  outcome: Outcome | null;
  /** Class of the reply (or of the DSN when there is no reply). */
  replyClass: ReplyClass | null;
  reason: Reason;
  whoMustAct: WhoMustAct;
  hardness: Hardness;
  /** Catalog entry whose texts explain this event (`gmail.dmarc-policy`, `enhanced.X.4.1`). */
  hintId: string | null;
  /** How the catalog decided (provider, enhanced, text, basic, class) or `verdict` for MTA facts. */
  layer: MatchLayer | 'verdict';
  provider: Provider | null;
}

const NOTHING: Classification = {
  outcome: null,
  replyClass: null,
  reason: 'other',
  whoMustAct: 'nobody',
  hardness: 'none',
  hintId: null,
  layer: 'verdict',
  provider: null,
};

/** Classify an event; events that carry no delivery meaning get `outcome: null`. */
export function classifyEvent(event: MailEvent): Classification {
  switch (event.kind) {
    case 'delivery':
      return classifyDelivery(event);
    case 'reject':
      return classifyProblem(
        event.action === 'reject_warning'
          ? 'warned'
          : event.action === 'hold'
            ? 'held'
            : event.action === 'discard'
              ? 'discarded'
              : 'rejected',
        event.reply,
        {
          code: null,
          enhanced: null,
          text: event.detail,
          speaker: 'local',
          stage: event.stage,
          remoteHost: null,
          verdictClass: event.action === 'temporary' ? 'transient' : 'permanent',
        },
      );
    case 'expired':
      return verdict('expired', 'expired', 'permanent');
    case 'remote-reply':
      return classifyProblem(null, event.reply, {
        code: null,
        enhanced: null,
        text: event.detail,
        speaker: 'remote',
        stage: event.reply?.stage ?? null,
        remoteHost: event.remote?.name ?? null,
      });
    case 'auth-failure':
      return { ...verdict(null, 'login-failure', 'permanent'), hintId: 'reason.login-failure' };
    default:
      return NOTHING;
  }
}

/** The verdicts met on every other line (deliveries), built once: classifications are never changed. */
const DELIVERED = verdict('delivered', 'delivered', 'success');
const FORWARDED = verdict('forwarded', 'forwarded', 'success');

function verdict(outcome: Outcome | null, reason: Reason, replyClass: ReplyClass | null): Classification {
  const info = REASON_INFO[reason];
  return {
    outcome,
    replyClass,
    reason,
    whoMustAct: info.whoMustAct,
    hardness: outcome === 'delivered' || outcome === 'forwarded' ? 'none' : info.hardness,
    hintId: null,
    layer: 'verdict',
    provider: null,
  };
}

function classifyDelivery(event: DeliveryEvent): Classification {
  const remoteHost = event.reply?.host ?? event.relayPeer?.name ?? null;
  switch (event.status) {
    case 'sent':
      return event.forwarded ? FORWARDED : DELIVERED;
    case 'deliverable':
      // Address-verification probes and `exim -N`: no mail moved.
      return { ...NOTHING, replyClass: 'success', reason: 'delivered' };
    case 'expired':
      return verdict('expired', 'expired', 'permanent');
    case 'undeliverable':
      return { ...classifyProblem(null, event.reply, fallbackQuery(event, remoteHost)), outcome: null };
    case 'deferred':
    case 'softbounce':
      return classifyProblem('deferred', event.reply, {
        ...fallbackQuery(event, remoteHost),
        verdictClass: 'transient',
      });
    case 'bounced':
      return classifyProblem('bounced', event.reply, {
        ...fallbackQuery(event, remoteHost),
        verdictClass: 'permanent',
      });
  }
}

function fallbackQuery(event: DeliveryEvent, remoteHost: string | null): ReplyQuery {
  return {
    code: null,
    enhanced: event.dsn,
    text: event.detail,
    speaker: 'remote',
    stage: event.reply?.stage ?? null,
    remoteHost,
  };
}

/**
 * Classify a problem from its reply, or from the explanation text and DSN when there is none.
 * Transient outcomes are soft whatever the catalog says about the permanent form.
 */
function classifyProblem(outcome: Outcome | null, reply: Reply | null, fallback: ReplyQuery): Classification {
  const query: ReplyQuery =
    reply === null
      ? fallback
      : {
          code: reply.code,
          enhanced: reply.enhanced ?? (reply.code === null ? fallback.enhanced : null),
          text: reply.text,
          speaker: reply.speaker,
          stage: reply.stage ?? fallback.stage,
          remoteHost: reply.host ?? fallback.remoteHost,
          verdictClass: fallback.verdictClass ?? null,
        };
  const match = lookupReply(query);
  const replyClass =
    query.code !== null ? replyClassOf(query.code) : query.enhanced !== null ? enhancedClassOf(query.enhanced) : null;
  const entry = match.entry;
  const info = REASON_INFO[match.reason];
  const transient = outcome === 'deferred' || replyClass === 'transient';
  const hardness: Hardness = transient ? 'soft' : (entry?.hardness ?? info.hardness);
  // An entry written for replies from other servers, matched on a refusal by our own server:
  // the side that has to change something is the client that was refused.
  const entrySpeaker = entry !== null && 'speaker' in entry ? (entry as { speaker?: string }).speaker : undefined;
  const flipped =
    query.speaker === 'local' && entrySpeaker !== 'local' && (entry?.whoMustAct ?? info.whoMustAct) === 'our-side';
  return {
    outcome,
    replyClass,
    reason: match.reason,
    whoMustAct: flipped ? 'their-side' : (entry?.whoMustAct ?? info.whoMustAct),
    hardness: hardness === 'none' && outcome !== null && outcome !== 'delivered' ? 'soft' : hardness,
    hintId: entry?.id ?? `reason.${match.reason}`,
    layer: match.layer,
    provider: match.provider,
  };
}

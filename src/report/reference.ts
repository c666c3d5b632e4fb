/**
 * The reference pages: `explain`, `compare` and `catalog` rendered as text, Markdown or JSON,
 * in English or Turkish. Modelled on the structure of a reference page that explains one code
 * and compares two (description, when you see it, how to fix, key differences, which applies
 * when); every sentence comes from our own catalog data. Pure.
 */
import type { Reason, ReasonInfo } from '../catalog/reasons.js';
import type { BasicCodeEntry, EnhancedCodeEntry, EntryBase, EntryText, Lang, MessageRule } from '../catalog/types.js';
import type { Explanation } from '../classify/explain.js';
import type { ReplyClass } from '../types.js';
import { safe } from './text.js';

export type ReferenceFormat = 'text' | 'json' | 'markdown';

interface Labels {
  description: string;
  whenYouSeeIt: string;
  howToFix: string;
  keyDifferences: string;
  whichWhen: string;
  learnMore: string;
  class: string;
  reason: string;
  whoMustAct: string;
  hardness: string;
  references: string;
  samples: string;
  matched: string;
  fallback: string;
  classNames: Record<ReplyClass, string>;
  act: Record<EntryBase['whoMustAct'], string>;
  hard: Record<EntryBase['hardness'], string>;
  nonStandard: string;
  versus: string;
  youMeet: string;
  forCode: string;
}

const LABELS: Record<Lang, Labels> = {
  en: {
    description: 'Description',
    whenYouSeeIt: 'When you see it',
    howToFix: 'How to fix',
    keyDifferences: 'Key differences',
    whichWhen: 'Which applies when',
    learnMore: 'Learn more',
    class: 'Class',
    reason: 'Reason',
    whoMustAct: 'Who must act',
    hardness: 'Hard or soft',
    references: 'References',
    samples: 'Seen as',
    matched: 'Matched',
    fallback: '',
    classNames: {
      success: '2xx positive completion',
      intermediate: '3xx positive intermediate',
      transient: '4xx transient negative (retry)',
      permanent: '5xx permanent negative (do not retry unchanged)',
    },
    act: {
      nobody: 'nobody',
      retry: 'nobody: retrying fixes it',
      'our-side': 'our side (the sender)',
      'their-side': 'their side (the recipient)',
    },
    hard: { hard: 'hard (retrying cannot help)', soft: 'soft (may clear)', none: 'not a failure' },
    nonStandard: 'non-standard',
    versus: 'vs',
    youMeet: 'You meet',
    forCode: 'For',
  },
  tr: {
    description: 'Açıklama',
    whenYouSeeIt: 'Gördüğünüzde',
    howToFix: 'Nasıl Düzeltilir',
    keyDifferences: 'Temel Farklar',
    whichWhen: 'Hangisini Ne Zaman Kullanmalı',
    learnMore: 'Daha Fazla Öğren',
    class: 'Sınıf',
    reason: 'Neden',
    whoMustAct: 'Kim harekete geçmeli',
    hardness: 'Kalıcı mı geçici mi',
    references: 'Kaynaklar',
    samples: 'Günlükte görünüşü',
    matched: 'Eşleşen kural',
    fallback: '(Bu kayıt için Türkçe metin yok; İngilizcesi gösteriliyor.)',
    classNames: {
      success: '2xx olumlu tamamlanma',
      intermediate: '3xx olumlu ara yanıt',
      transient: '4xx geçici olumsuz (yeniden denenir)',
      permanent: '5xx kalıcı olumsuz (değiştirmeden yeniden denemeyin)',
    },
    act: {
      nobody: 'kimse',
      retry: 'kimse: yeniden deneme çözer',
      'our-side': 'bizim taraf (gönderen)',
      'their-side': 'karşı taraf (alıcı)',
    },
    hard: { hard: 'kalıcı (yeniden denemek işe yaramaz)', soft: 'geçici (düzelebilir)', none: 'hata değil' },
    nonStandard: 'standart dışı',
    versus: 've',
    youMeet: 'Karşılaştığınız durum',
    forCode: 'Kod',
  },
};

function textsOf(entry: EntryBase, lang: Lang): { text: EntryText; fellBack: boolean } {
  const localized = lang === 'en' ? undefined : entry.texts[lang];
  return localized === undefined
    ? { text: entry.texts.en, fellBack: lang !== 'en' }
    : { text: localized, fellBack: false };
}

function classOf(entry: EntryBase): ReplyClass | null {
  if ('class' in entry) return (entry as BasicCodeEntry).class;
  return null;
}

/** The short label of an entry: `251`, `X.7.26`, `gmail.dmarc-policy`. */
export function entryLabel(entry: EntryBase): string {
  if ('subject' in entry) return (entry as EnhancedCodeEntry).code;
  if ('status' in entry && 'code' in entry) return String((entry as BasicCodeEntry).code);
  return entry.id;
}

interface Section {
  heading: string;
  body: string[];
}

function entrySections(entry: EntryBase, lang: Lang, reasons: Record<Reason, ReasonInfo>): Section[] {
  const l = LABELS[lang];
  const { text, fellBack } = textsOf(entry, lang);
  const facts: string[] = [];
  const cls = classOf(entry);
  if (cls !== null) facts.push(`${l.class}: ${l.classNames[cls]}`);
  const basic = entry as BasicCodeEntry;
  if ('status' in entry && basic.status === 'non-standard') {
    facts.push(`${l.nonStandard}${basic.standsFor !== undefined ? ` (~ ${basic.standsFor})` : ''}`);
  }
  const reasonInfo = reasons[entry.reason];
  facts.push(`${l.reason}: ${lang === 'tr' ? reasonInfo.titleTr : reasonInfo.title} (${entry.reason})`);
  facts.push(`${l.whoMustAct}: ${l.act[entry.whoMustAct]}`);
  facts.push(`${l.hardness}: ${l.hard[entry.hardness]}`);
  const sections: Section[] = [
    { heading: l.description, body: [text.description] },
    { heading: l.whenYouSeeIt, body: [text.whenYouSeeIt] },
    { heading: l.howToFix, body: [text.howToFix] },
    { heading: '', body: facts },
  ];
  if (entry.samples.length > 0)
    sections.push({ heading: l.samples, body: entry.samples.slice(0, 2).map((s) => `  ${s}`) });
  sections.push({ heading: l.references, body: entry.references.map((r) => `${r.title}: ${r.url}`) });
  if (fellBack && l.fallback !== '') sections.unshift({ heading: '', body: [l.fallback] });
  return sections;
}

function renderSections(title: string, sections: Section[], format: ReferenceFormat): string {
  const out: string[] = [];
  if (format === 'markdown') {
    out.push(`## ${title}`, '');
    for (const s of sections) {
      if (s.heading !== '') out.push(`### ${s.heading}`, '');
      for (const line of s.body)
        out.push(s.heading === '' ? `- ${line}` : line.startsWith('  ') ? `    ${line.trim()}` : line);
      out.push('');
    }
  } else {
    out.push(title, '='.repeat(Math.min(100, title.length)), '');
    for (const s of sections) {
      if (s.heading !== '') out.push(s.heading);
      for (const line of s.body) out.push(s.heading === '' ? line : `  ${line}`);
      out.push('');
    }
  }
  return out.join('\n');
}

function titleOf(entry: EntryBase, lang: Lang): string {
  return `${entryLabel(entry)} ${textsOf(entry, lang).text.title}`;
}

export function renderExplanation(
  e: Explanation,
  lang: Lang,
  format: ReferenceFormat,
  reasons: Record<Reason, ReasonInfo>,
): string {
  if (format === 'json') return `${JSON.stringify(explanationJson(e), null, 2)}\n`;
  const l = LABELS[lang];
  const parts: string[] = [];
  if (e.match !== null) {
    const matchLine = [
      `${l.matched}: ${e.match.entry?.id ?? '(none)'} · ${e.match.layer}`,
      e.match.provider !== null ? `provider ${e.match.provider}` : '',
      `${l.reason}: ${e.match.reason}`,
    ]
      .filter((x) => x !== '')
      .join(' · ');
    const head = e.reply !== null ? [`${safe(replyLine(e.reply))}`, matchLine] : [matchLine];
    parts.push(
      renderSections(
        safe(e.query.length > 90 ? `${e.query.slice(0, 89)}…` : e.query),
        [{ heading: '', body: head }],
        format,
      ),
    );
    if (e.match.entry !== null && e.match.entry !== e.basic && e.match.entry !== e.enhanced) {
      parts.push(renderSections(titleOf(e.match.entry, lang), entrySections(e.match.entry, lang, reasons), format));
    }
  }
  if (e.basic !== null)
    parts.push(renderSections(titleOf(e.basic, lang), entrySections(e.basic, lang, reasons), format));
  if (e.enhanced !== null)
    parts.push(renderSections(titleOf(e.enhanced, lang), entrySections(e.enhanced, lang, reasons), format));
  return `${parts.join('\n').trimEnd()}\n`;
}

function replyLine(reply: NonNullable<Explanation['reply']>): string {
  return [reply.code, reply.enhanced, reply.text].filter((x) => x !== null && x !== '').join(' ');
}

function explanationJson(e: Explanation): unknown {
  return {
    query: e.query,
    basic: e.basic,
    enhanced: e.enhanced,
    match: e.match === null ? null : { ...e.match, entry: e.match.entry?.id ?? null },
    reply: e.reply,
  };
}

/** `compare A B`: both entries, then the differences and which applies when. */
export function renderComparison(
  a: EntryBase,
  b: EntryBase,
  lang: Lang,
  format: ReferenceFormat,
  reasons: Record<Reason, ReasonInfo>,
): string {
  if (format === 'json') return `${JSON.stringify({ a, b, differences: differences(a, b, 'en') }, null, 2)}\n`;
  const l = LABELS[lang];
  const ta = textsOf(a, lang).text;
  const tb = textsOf(b, lang).text;
  const la = entryLabel(a);
  const lb = entryLabel(b);
  const title = `SMTP ${la} ${ta.title} ${l.versus} ${lb} ${tb.title}`;
  const ca = classOf(a);
  const cb = classOf(b);
  const summary =
    ca !== null && cb !== null
      ? lang === 'tr'
        ? `${la} bir ${l.classNames[ca]} yanıtıdır; ${lb} ise bir ${l.classNames[cb]} yanıtıdır.`
        : `${la} is a ${l.classNames[ca]} reply, while ${lb} is a ${l.classNames[cb]} reply.`
      : '';
  const parts = [
    renderSections(
      title,
      [{ heading: '', body: [summary, ta.description, tb.description].filter((x) => x !== '') }],
      format,
    ),
  ];
  parts.push(renderSections(`${la} ${ta.title}`, entrySections(a, lang, reasons).slice(0, 3), format));
  parts.push(renderSections(`${lb} ${tb.title}`, entrySections(b, lang, reasons).slice(0, 3), format));
  const diff = differences(a, b, lang).map((d, i) => `${i + 1}. ${d}`);
  parts.push(renderSections(l.keyDifferences, [{ heading: '', body: diff }], format));
  const which = [
    `${l.forCode} ${la} (${ta.title}): ${ta.howToFix}`,
    `${l.forCode} ${lb} (${tb.title}): ${tb.howToFix}`,
  ];
  parts.push(renderSections(l.whichWhen, [{ heading: '', body: which }], format));
  const refs = [...a.references, ...b.references].map((r) => `${r.title}: ${r.url}`);
  parts.push(renderSections(l.learnMore, [{ heading: '', body: [...new Set(refs)] }], format));
  return `${parts.join('\n').trimEnd()}\n`;
}

function differences(a: EntryBase, b: EntryBase, lang: Lang): string[] {
  const l = LABELS[lang];
  const ta = textsOf(a, lang).text;
  const tb = textsOf(b, lang).text;
  const la = entryLabel(a);
  const lb = entryLabel(b);
  const ca = classOf(a);
  const cb = classOf(b);
  const out: string[] = [];
  if (ca !== null && cb !== null) {
    out.push(
      ca === cb
        ? lang === 'tr'
          ? `${la} ve ${lb} aynı sınıftadır: ${l.classNames[ca]}.`
          : `${la} and ${lb} are in the same class: ${l.classNames[ca]}.`
        : lang === 'tr'
          ? `${la} ${l.classNames[ca]}; ${lb} ${l.classNames[cb]}.`
          : `${la} is ${l.classNames[ca]}; ${lb} is ${l.classNames[cb]}.`,
    );
  }
  out.push(`SMTP ${la}: ${ta.description}`);
  out.push(`SMTP ${lb}: ${tb.description}`);
  out.push(`${l.youMeet} (${la}): ${ta.whenYouSeeIt}`);
  out.push(`${l.youMeet} (${lb}): ${tb.whenYouSeeIt}`);
  if (a.whoMustAct !== b.whoMustAct) {
    out.push(`${l.whoMustAct}: ${la} → ${l.act[a.whoMustAct]}; ${lb} → ${l.act[b.whoMustAct]}.`);
  }
  return out;
}

/** The whole catalog. */
export function renderCatalog(
  data: { basic: readonly BasicCodeEntry[]; enhanced: readonly EnhancedCodeEntry[]; rules: readonly MessageRule[] },
  lang: Lang,
  format: ReferenceFormat,
  reasons: Record<Reason, ReasonInfo>,
): string {
  if (format === 'json') {
    return `${JSON.stringify({ basicCodes: data.basic, enhancedCodes: data.enhanced, rules: data.rules, reasons }, null, 2)}\n`;
  }
  const parts: string[] = [];
  for (const entry of [...data.basic, ...data.enhanced, ...data.rules]) {
    parts.push(renderSections(titleOf(entry, lang), entrySections(entry, lang, reasons), format));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

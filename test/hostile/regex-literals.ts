/**
 * Finds every regular-expression literal in TypeScript source (a small tokenizer: strings,
 * template literals, comments, and the division-or-regex decision by the previous token), and
 * builds adversarial strings for a regex out of its own characters.
 */

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** After these a `/` starts a regex, not a division. */
const REGEX_AFTER_WORDS = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'instanceof',
  'yield',
  'await',
]);

function isIdentifierChar(c: string): boolean {
  return /[A-Za-z0-9_$]/.test(c);
}

/** Every regex literal of `text` (a TypeScript file), with its 1-based line. */
export function regexLiterals(file: string, text: string): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  // true: a `/` here is a division (the previous token was a value).
  let afterValue = false;
  // Brace depths at which an enclosing template literal resumes (`${ ... }`).
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  const n = text.length;
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;

  const skipString = (quote: string) => {
    i++;
    while (i < n && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  /** Scan template text from `i` until `${` (returns true) or the closing backtick (false). */
  const skipTemplate = (): boolean => {
    while (i < n) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return false;
      } else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        return true;
      } else i++;
    }
    return false;
  };

  while (i < n) {
    const c = text[i] ?? '';
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      skipString(c);
      afterValue = true;
      continue;
    }
    if (c === '`') {
      i++;
      if (skipTemplate()) {
        templates.push(depth);
        depth++;
        afterValue = false;
      } else afterValue = true;
      continue;
    }
    if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth - 1) {
      templates.pop();
      depth--;
      i++;
      if (skipTemplate()) {
        templates.push(depth);
        depth++;
        afterValue = false;
      } else afterValue = true;
      continue;
    }
    if (c === '/') {
      if (afterValue) {
        i++;
        afterValue = false;
        continue;
      }
      // A regex literal: up to the first `/` outside a class; never across a line break.
      let j = i + 1;
      let inClass = false;
      let ok = false;
      while (j < n && text[j] !== '\n') {
        const d = text[j];
        if (d === '\\') j += 2;
        else if (d === '[') {
          inClass = true;
          j++;
        } else if (d === ']') {
          inClass = false;
          j++;
        } else if (d === '/' && !inClass) {
          ok = true;
          break;
        } else j++;
      }
      if (!ok) {
        i++;
        continue;
      }
      let k = j + 1;
      while (k < n && /[a-z]/.test(text[k] ?? '')) k++;
      found.push({ file, line: lineAt(i), source: text.slice(i + 1, j), flags: text.slice(j + 1, k) });
      i = k;
      afterValue = true;
      continue;
    }
    if (isIdentifierChar(c)) {
      let j = i;
      while (j < n && isIdentifierChar(text[j] ?? '')) j++;
      afterValue = !REGEX_AFTER_WORDS.has(text.slice(i, j));
      i = j;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === ')' || c === ']') afterValue = true;
    else if (!/\s/.test(c)) afterValue = false;
    i++;
  }
  return found;
}

const ESCAPE_SAMPLES: Record<string, string[]> = {
  d: ['0', '9'],
  D: ['x'],
  s: [' ', '\t', '\n'],
  S: ['x'],
  w: ['a', '_', '0'],
  W: ['!', ' '],
  n: ['\n'],
  r: ['\r'],
  t: ['\t'],
  f: ['\f'],
  v: ['\v'],
  '0': ['\u0000'],
};

/** The characters a regex mentions (literals, escapes, class members and range ends). */
export function alphabetOf(source: string): string[] {
  const chars = new Set<string>();
  let previous = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (e === 'x') {
        chars.add(String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 4), 16)));
        i += 3;
      } else if (e === 'u' && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        chars.add(String.fromCodePoint(Number.parseInt(source.slice(i + 3, close), 16)));
        i = close;
      } else if (e === 'u') {
        chars.add(String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 6), 16)));
        i += 5;
      } else if (e === 'p' || e === 'P') {
        chars.add('a');
        chars.add('é');
        i = source.indexOf('}', i);
      } else {
        for (const s of ESCAPE_SAMPLES[e] ?? (e === 'b' || e === 'B' ? [] : [e])) chars.add(s);
        i++;
      }
      previous = '';
      continue;
    }
    if (c === '-' && previous !== '' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
      // A range: add its middle too.
      const end = source[i + 1] ?? '';
      const mid = Math.floor((previous.charCodeAt(0) + end.charCodeAt(0)) / 2);
      chars.add(String.fromCharCode(mid));
    }
    if (c === '.') chars.add('x');
    if (!'[]()|*+?{}^$'.includes(c) || c === '-') chars.add(c);
    previous = c;
  }
  chars.add('a');
  chars.add(' ');
  chars.add('\n');
  return [...chars].slice(0, 32);
}

export interface Attack {
  label: string;
  text: string;
}

/**
 * Strings that make a backtracking regex go quadratic or exponential if it can: each character of
 * its alphabet repeated, pairs of them alternating, the whole alphabet cycled and the regex's
 * own text repeated, each `length` long and ended by a character that makes the match fail.
 */
export function attacksFor(source: string, length: number): Attack[] {
  const alphabet = alphabetOf(source);
  const attacks: Attack[] = [];
  const add = (label: string, unit: string) => {
    if (unit === '') return;
    const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    attacks.push({ label: `${label} + "\\u0000!"`, text: `${body}\u0000!` });
    attacks.push({ label: `${label} + "\\n"`, text: `${body}\n` });
  };
  for (const c of alphabet) add(`${JSON.stringify(c)} × ${length}`, c);
  for (let a = 0; a < alphabet.length; a++) {
    const next = alphabet[(a + 1) % alphabet.length] ?? '';
    const far = alphabet[(a + 5) % alphabet.length] ?? '';
    add(`${JSON.stringify((alphabet[a] ?? '') + next)} repeated`, (alphabet[a] ?? '') + next);
    add(`${JSON.stringify((alphabet[a] ?? '') + far)} repeated`, (alphabet[a] ?? '') + far);
  }
  add('the alphabet cycled', alphabet.join(''));
  add('its own source repeated', source.replace(/\\(.)/g, '$1'));
  return attacks;
}

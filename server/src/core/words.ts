import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl.js';
import type { Language } from './types';

/** A distinct word of a language, kept once with its stem: a word met again costs one look-up. */
export interface Word {
  readonly norm: string;
  readonly stem: string;
  /** Its names as a feature of the learned layer, alone and as the first of a pair: made once, so their hash is too. */
  readonly feature: string;
  readonly pairHead: string;
  /** Its general polarity (polarity.ts), worked out when first asked: a word met again is not looked up again. */
  polarity?: number;
  /** Its rows in the learned model that last read it (learned/model.ts: wordRows), with that model. */
  rows?: WordRows;
  /** What the matchers that read it worked out for it (matcher.ts: lookupOf): each matcher's key, then its look-up. */
  lookups?: unknown[];
}

/** Where a word's features start in a learned model's table: alone (-1 for none) and as the first of a pair. */
export interface WordRows {
  readonly model: object;
  readonly feature: number;
  readonly pairs: ReadonlyMap<string, number> | undefined;
}

/** A word of a sentence, normalised for lexicon look-up. */
export interface Token {
  /** Lower case, curly apostrophes straightened. */
  norm: string;
  stem: string;
  word: Word;
  /** Offset of the word in the sentence text. */
  at: number;
  /** The punctuation (if any) between this token and the next: clause boundaries live there. */
  after: string;
}

// Snowball's Dutch and English stemmers as nlp.js ships them, one language a module: the same stems
// as the all-languages snowball-stemmers package (compared on 10,722 words), with 0.6 MB less code in each bundle.
const stemmers = { nl: new StemmerNl(), en: new StemmerEn() };
const wordTables = { nl: new Map<string, Word>(), en: new Map<string, Word>() };

/** Counts words the way the labels do: runs of letters or digits (`[\p{L}\p{N}]+`). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const info = charAt(text, i);
    const word = kindIn(info) !== other;
    if (word && !inWord) count++;
    inWord = word;
    i += sizeOf(info);
  }
  return count;
}

// The stems of the built-in lexicons' words, worked out when the bundle is built (esbuild.mjs runs
// this module's own `stem` over them): building a language's matchers stemmed some 2,000 words with
// not yet compiled code, a tenth of a one-file CLI run. Unbundled (tests), they are stemmed here.
declare const KRACHT_LEXICON_STEMS: string | undefined;
const prebuiltStems: Record<Language, Record<string, string>> | null =
  typeof KRACHT_LEXICON_STEMS === 'string'
    ? (JSON.parse(KRACHT_LEXICON_STEMS) as Record<Language, Record<string, string>>)
    : null;

// Dutch plurals in "-ies" and "-'s" keep their "s" in Snowball ("ruzies", "emoties", "collega's"): stemmed without it,
// they find their singular ("ruzie", "emotie").
function snowball(norm: string, language: Language): string {
  if (language === 'nl' && norm.length >= 5 && (norm.endsWith('ies') || norm.endsWith("'s")))
    return stemmers.nl.stemWord(norm.slice(0, norm.endsWith('ies') ? -1 : -2));
  return stemmers[language].stemWord(norm);
}

/** The one record of a lower-case word in a language, made (and stemmed) when first met. */
export function wordOf(norm: string, language: Language): Word {
  const table = wordTables[language];
  let word = table.get(norm);
  if (word === undefined) {
    const stem = prebuiltStems?.[language][norm] ?? snowball(norm, language);
    // Every field there from the start: one shape for every word, so that reading one stays a single look-up.
    word = {
      norm,
      stem,
      feature: `w:${language}:${stem}`,
      pairHead: `b:${language}:${stem}_`,
      polarity: undefined,
      rows: undefined,
      lookups: undefined,
    };
    if (table.size > 50_000) table.clear();
    table.set(norm, word);
  }
  return word;
}

/** The Snowball stem of a lower-case word. */
export function stem(word: string, language: Language): string {
  // Building the matchers stems every lexicon word: from the built table, without a word record each.
  return prebuiltStems?.[language][word] ?? wordOf(word, language).stem;
}

/** Every word stemmed so far in a language, with its stem: what the build stores for the lexicons. */
export function stemsSoFar(language: Language): Record<string, string> {
  return Object.fromEntries(Array.from(wordTables[language].values(), (word) => [word.norm, word.stem]));
}

// What a character is to the tokenizer, by UTF-16 code unit: 0 not yet known, then letter, number or
// other. Filled as characters are met, from the same Unicode classes the word pattern uses.
const letter = 1;
const number = 2;
const other = 3;
const kinds = new Uint8Array(0x10000);

function kindOf(code: number): number {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
      ? letter
      : code >= 48 && code <= 57
        ? number
        : other;
  let kind = kinds[code]!;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = /\p{L}/u.test(char) ? letter : /\p{N}/u.test(char) ? number : other;
    kinds[code] = kind;
  }
  return kind;
}

// With a kind, `charAt` says whether the character is a letter or number beyond the BMP (two code units).
const astral = 4;
const kindIn = (info: number): number => info & 3;
const sizeOf = (info: number): number => (info & astral ? 2 : 1);

/**
 * The kind of the character at `i`, with `astral` for a surrogate pair: one number, so reading a character allocates
 * nothing.
 */
function charAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const char = text.slice(i, i + 2);
      return /\p{L}/u.test(char) ? letter | astral : /\p{N}/u.test(char) ? number | astral : other;
    }
  }
  return kindOf(code);
}

/** Whether a letter (`\p{L}`) starts at `i`; false past the end. */
export function isLetterAt(text: string, i: number): boolean {
  return i < text.length && kindIn(charAt(text, i)) === letter;
}

/** Whether a letter (`\p{L}`) ends just before `i`, a surrogate pair read whole; false at the start. */
export function isLetterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const code = text.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return kindIn(charAt(text, i - 2)) === letter;
  }
  return kindIn(charAt(text, i - 1)) === letter;
}

const isApostrophe = (code: number): boolean => code === 39 /* ' */ || code === 0x2019; /* ’ */

/**
 * The end of a word starting at `i`, or -1 if none starts there. The words of the pattern
 * `[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|['’]\p{L}+`: hyphens and apostrophes inside a word keep it
 * whole ("burn-outklachten", "oud-collega's", "don't"), and a leading apostrophe takes letters ("'s").
 * Read by hand: the pattern's match objects were most of what tokenizing allocated.
 */
function wordEnd(text: string, i: number): number {
  let info = charAt(text, i);
  if (kindIn(info) === other) {
    if (!isApostrophe(text.charCodeAt(i))) return -1;
    let end = i + 1;
    while (end < text.length) {
      const next = charAt(text, end);
      if (kindIn(next) !== letter) break;
      end += sizeOf(next);
    }
    // "'s ochtends", "'t", "'n": a clitic of one or two small letters; "'Ik kan dit'" opens a quotation instead.
    const clitic = text.slice(i + 1, end);
    return end > i + 1 && clitic.length <= 2 && clitic === clitic.toLowerCase() ? end : -1;
  }
  let end = i;
  for (;;) {
    // A run of letters and numbers.
    while (kindIn(info) !== other) {
      end += sizeOf(info);
      if (end >= text.length) return end;
      info = charAt(text, end);
    }
    // A hyphen or apostrophe continues the word only when a letter or number follows it.
    const separator = text.charCodeAt(end);
    if (!(separator === 45 /* - */ || isApostrophe(separator)) || end + 1 >= text.length) return end;
    const after = charAt(text, end + 1);
    if (kindIn(after) === other) return end;
    end += 1;
    info = after;
  }
}

/** Splits sentence text into tokens; "'s" and "don't" stay whole, so negation is seen. */
export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (let i = 0; i < text.length;) {
    const end = wordEnd(text, i);
    if (end < 0) {
      i++;
      continue;
    }
    const lower = text.slice(i, end).toLowerCase();
    const word = wordOf(lower.includes('’') ? lower.replace(/’/gu, "'") : lower, language);
    if (tokens.length > 0) tokens[tokens.length - 1]!.after = between(text, previousEnd, i);
    tokens.push({ norm: word.norm, stem: word.stem, word, at: i, after: '' });
    previousEnd = end;
    i = end;
  }
  if (tokens.length > 0) tokens[tokens.length - 1]!.after = between(text, previousEnd, text.length);
  return tokens;
}

/** The text between two words, trimmed; most often a single space, which needs no slice. */
function between(text: string, start: number, end: number): string {
  if (end - start === 1 && text.charCodeAt(start) === 32) return '';
  return text.slice(start, end).trim();
}

/** White space as `\s` sees it, without a regular expression per character. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

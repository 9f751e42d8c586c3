import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl.js';
import type { Language } from './types';

/** A word of a sentence, normalised for lexicon look-up. */
export interface Token {
  /** Lower case, curly apostrophes straightened. */
  norm: string;
  stem: string;
  /** Offset of the word in the sentence text. */
  at: number;
  /** The punctuation (if any) between this token and the next: clause boundaries live there. */
  after: string;
}

// Snowball's Dutch and English stemmers as nlp.js ships them, one language a module: the same stems
// as the all-languages snowball-stemmers package (compared on 10,722 words), with 0.6 MB less code in each bundle.
const stemmers = { nl: new StemmerNl(), en: new StemmerEn() };
const stemCache = { nl: new Map<string, string>(), en: new Map<string, string>() };

/** Counts words the way the labels do: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

// The stems of the built-in lexicons' words, worked out when the bundle is built (esbuild.mjs runs
// this module's own `stem` over them): building a language's matchers stemmed some 2,000 words with
// not yet compiled code, a tenth of a one-file CLI run. Unbundled (tests), they are stemmed here.
declare const KRACHT_LEXICON_STEMS: string | undefined;
const prebuiltStems: Record<Language, Record<string, string>> | null =
  typeof KRACHT_LEXICON_STEMS === 'string' ? (JSON.parse(KRACHT_LEXICON_STEMS) as Record<Language, Record<string, string>>) : null;

/** The Snowball stem of a lower-case word, cached because reports repeat their words. */
export function stem(word: string, language: Language): string {
  const cache = stemCache[language];
  let result = cache.get(word);
  if (result === undefined) {
    result = prebuiltStems?.[language][word] ?? stemmers[language].stemWord(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, result);
  }
  return result;
}

/** Every word stemmed so far in a language, with its stem: what the build stores for the lexicons. */
export function stemsSoFar(language: Language): Record<string, string> {
  return Object.fromEntries(stemCache[language]);
}

// Hyphens and apostrophes inside a word keep it whole: "burn-outklachten", "oud-collega's", "don't".
const tokenPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|['’][\p{L}]+/gu;

/** Splits sentence text into tokens; "'s" and "don't" stay whole, so negation is seen. */
export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(tokenPattern)) {
    const norm = match[0].toLowerCase().replace(/’/gu, "'");
    if (tokens.length > 0) tokens[tokens.length - 1]!.after = text.slice(previousEnd, match.index).trim();
    tokens.push({ norm, stem: stem(norm, language), at: match.index, after: '' });
    previousEnd = match.index + match[0].length;
  }
  if (tokens.length > 0) tokens[tokens.length - 1]!.after = text.slice(previousEnd).trim();
  return tokens;
}

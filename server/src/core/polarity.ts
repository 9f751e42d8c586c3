import type { Language } from './types';
import type { Token } from './words';
import { lazy } from './lazy';
import { functionWords } from '../lexicons';

// General polarity from open lexicons: pattern's Dutch list (public domain, keyed by Snowball stem,
// scores -1..1) and VADER's English list (vader-sentiment, Apache-2.0 with a NOTICE, shipped in
// dist/THIRD-PARTY-NOTICES.txt; keyed by word, scores -4..4). They only fill in where
// Kracht's own coaching lexicon is silent, and count for less.
// Each list loads with the first report in its language: a Dutch report never builds VADER's
// 7,500 entries, and a one-file run does not pay for the list it does not use.
/* eslint-disable @typescript-eslint/no-require-imports */
// As maps: a plain object of thousands of keys is a slow dictionary to look a word up in.
const dutchList = lazy(() => asMap(require('@nlpjs/lang-nl/src/sentiment/pattern_nl.json') as Record<string, number>));
const englishList = lazy(() =>
  asMap((require('vader-sentiment/src/vader_lexicon.js') as { lexicon: Record<string, number> }).lexicon),
);
/* eslint-enable @typescript-eslint/no-require-imports */

const minimum = 0.5;

// Words these general lists score that say nothing about a person's strengths or problems
// (lexicons/<lang>/function-words.json).
const domainNeutral = functionWords.polarityNeutral;

/** The general polarity of a word from -1 to 1, or 0 when it is unknown or too weak to count. */
export function polarity(token: Token, language: Language): number {
  // A word's record belongs to one language's table (words.ts: wordOf), so its score is that language's.
  return (token.word.polarity ??= scoreOf(token, language));
}

function scoreOf(token: Pick<Token, 'norm' | 'stem'>, language: Language): number {
  if (token.norm.length < 3 || domainNeutral.has(token.norm)) return 0;
  const list = language === 'nl' ? dutchList() : englishList();
  const score =
    language === 'nl' ? (list.get(token.stem) ?? list.get(token.norm) ?? 0) : (list.get(token.norm) ?? 0) / 4;
  return Math.abs(score) >= minimum ? score : 0;
}

function asMap(list: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(list));
}

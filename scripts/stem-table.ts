// Run by esbuild.mjs at build time, never shipped: the stems of every built-in lexicon word,
// found by building each language's matchers with the analysis's own stemmer.
import { MatcherMemo } from '../server/src/core/label-cache';
import type { Language } from '../server/src/core/types';
import { stemsSoFar } from '../server/src/core/words';

export function lexiconStems(): Record<Language, Record<string, string>> {
  const languages: Language[] = ['nl', 'en'];
  for (const language of languages) new MatcherMemo().matchersFor(language, {});
  return { nl: stemsSoFar('nl'), en: stemsSoFar('en') };
}

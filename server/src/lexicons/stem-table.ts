// Run by esbuild.mjs at build time, never shipped: the stems of every built-in lexicon word,
// found by building each language's matchers with the analysis's own stemmer.
import { matchersFor } from '../core/pipeline';
import type { Language } from '../core/types';
import { stemsSoFar } from '../core/words';

export function lexiconStems(): Record<Language, Record<string, string>> {
  const languages: Language[] = ['nl', 'en'];
  for (const language of languages) matchersFor(language, {});
  return { nl: stemsSoFar('nl'), en: stemsSoFar('en') };
}

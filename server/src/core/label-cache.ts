import { labelSentence, type LabelContext, type Matchers } from './label';
import { Matcher } from './matcher';
import type { Settings } from './settings';
import type { Language } from './types';
import { countWords } from './words';
import { lexicon } from '../lexicons';

// What a typed report keeps between keystrokes: matchers per lexicon setting and labels per sentence.

const matcherCache = new Map<string, Matchers>();
const lexiconKeys = new WeakMap<Settings['lexicon'], string>();

/** The matchers of a language with the user's extra terms, built once per distinct setting. */
export function matchersFor(language: Language, extra: Settings['lexicon']): Matchers {
  const key = `${language}\u0000${lexiconKey(extra)}`;
  let matchers = matcherCache.get(key);
  if (!matchers) {
    const base = lexicon(language);
    const compounds = language === 'nl' ? new Set(['strength', 'weakness']) : new Set<string>();
    matchers = { valence: new Matcher(language, base.valence, compounds), focus: new Matcher(language, base.focus), signals: new Matcher(language, base.signals) };
    for (const [cls, terms] of Object.entries(extra)) {
      const group = cls in base.focus ? matchers.focus : cls in base.signals ? matchers.signals : matchers.valence;
      for (const term of terms) group.add(cls, userTerm(term));
    }
    if (matcherCache.size > 16) matcherCache.clear();
    matcherCache.set(key, matchers);
  }
  return matchers;
}

// Labels by document context, then by language and what came before, then by sentence text: a
// keystroke re-labels only the sentence it touches. The sentence texts come from the per-block
// sentence cache, so the same string objects return and V8 need not hash them again.
export type CachedLabels = ReturnType<typeof labelSentence> & { words: number };
export type LabelCache = Map<string, Map<string, CachedLabels>>;
const labelCaches = new Map<string, LabelCache>();
const labelCacheSize = 20_000;

/** Empties the label caches: for benchmarks that measure a cold analysis. */
export function clearLabelCaches(): void {
  labelCaches.clear();
}

/** The label cache for one document context (perspective, names, lexicon). */
export function labelCacheFor(documentKey: string): LabelCache {
  let cache = labelCaches.get(documentKey);
  if (!cache) {
    if (labelCaches.size >= 16) labelCaches.delete(labelCaches.keys().next().value!);
    cache = new Map();
    labelCaches.set(documentKey, cache);
  }
  return cache;
}

/**
 * Labels a sentence, from the cache when the same text was labelled in the same context; the full
 * context is built only when the labeller must run. The result is shared: never mutate it.
 */
export function cachedLabels(text: string, language: Language, place: LabelVariant, caches: LabelCache, context: () => LabelContext): CachedLabels {
  // The labeller reads a sentence after one that ends in a colon as spelling that one out.
  const variant = variants[language][place];
  let cache = caches.get(variant);
  if (!cache) caches.set(variant, (cache = new Map()));
  let labels = cache.get(text);
  if (!labels) {
    labels = labelled(text, context());
    if (cache.size >= labelCacheSize) cache.delete(cache.keys().next().value!);
    cache.set(text, labels);
  }
  return labels;
}

export function labelled(text: string, context: LabelContext): CachedLabels {
  return Object.assign(labelSentence(text, context), { words: countWords(text) });
}

// The label cache's variants (see cachedLabels), as constants rather than strings built per sentence.
const variants = { nl: { plain: 'nl', afterColon: 'nl:', advice: 'nl:advice' }, en: { plain: 'en', afterColon: 'en:', advice: 'en:advice' } } as const;

/** Where a sentence stands, as far as its labels go: anywhere, spelling out a colon line, or an item of a list of tips. */
export type LabelVariant = 'plain' | 'afterColon' | 'advice';


/** A stable key for the user's extra lexicon, computed once per settings object. */
export function lexiconKey(extra: Settings['lexicon']): string {
  let key = lexiconKeys.get(extra);
  if (key === undefined) {
    key = JSON.stringify(extra);
    lexiconKeys.set(extra, key);
  }
  return key;
}

/** A user's entry is a plain word or phrase with an optional trailing `*`: gaps are not theirs to use. */
function userTerm(term: string): string {
  return term.replace(/\.\.\.|…/gu, ' ').replace(/\*(?=.)/gu, '');
}

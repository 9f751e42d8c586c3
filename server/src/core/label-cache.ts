import { labelSentence, type LabelContext, type Matchers } from './label';
import { Matcher } from './matcher';
import type { Settings } from './settings';
import type { Language } from './types';
import { countWords } from './words';
import { lexicon } from '../lexicons';
import { lazy } from './lazy';

// What a typed report keeps between keystrokes: matchers per lexicon setting and labels per sentence.

/** A language's matchers for the built-in lexicon: built once, the same for every report. */
const builtIn = { nl: lazy(() => buildMatchers('nl', {})), en: lazy(() => buildMatchers('en', {})) };

function buildMatchers(language: Language, extra: Settings['lexicon']): Matchers {
  const base = lexicon(language);
  const compounds = language === 'nl' ? new Set(['strength', 'weakness']) : new Set<string>();
  // A Dutch compound ending in a work product is one ("opbouwschema", "wandelschema", "weekplanning").
  const productCompounds = language === 'nl' ? new Set(['product']) : new Set<string>();
  const matchers = {
    valence: new Matcher(language, base.valence, compounds),
    focus: new Matcher(language, base.focus),
    signals: new Matcher(language, base.signals, productCompounds, /* splitInfinitives */ false),
  };
  for (const [cls, terms] of Object.entries(extra)) {
    const group = cls in base.focus ? matchers.focus : cls in base.signals ? matchers.signals : matchers.valence;
    for (const term of terms) group.add(cls, userTerm(term));
  }
  return matchers;
}

// Labels by document context, then by language and what came before, then by sentence text: a
// keystroke re-labels only the sentence it touches. The sentence texts come from the per-block
// sentence cache, so the same string objects return and V8 need not hash them again.
export type CachedLabels = ReturnType<typeof labelSentence> & { words: number };
export type LabelCache = Map<string, Map<string, CachedLabels>>;
const labelCacheSize = 20_000;

/**
 * The matchers of each user lexicon met, built once per distinct setting: a document's session holds one,
 * and so does a run that reads many reports once with the same settings (building them cost a fifth of a report).
 */
export class MatcherMemo {
  private readonly matchers = new Map<string, Matchers>();
  private lexicon: { extra: Settings['lexicon']; key: string } | null = null;

  /** The matchers of a language with the user's extra terms: the built-in ones when there are none. */
  matchersFor(language: Language, extra: Settings['lexicon']): Matchers {
    if (Object.keys(extra).length === 0) return builtIn[language]();
    const key = `${language}\u0000${this.lexiconKey(extra)}`;
    let matchers = this.matchers.get(key);
    if (!matchers) {
      if (this.matchers.size >= 4) this.matchers.clear();
      this.matchers.set(key, (matchers = buildMatchers(language, extra)));
    }
    return matchers;
  }

  /** A stable key for the user's extra lexicon, computed once per settings object. */
  lexiconKey(extra: Settings['lexicon']): string {
    if (this.lexicon?.extra !== extra) this.lexicon = { extra, key: JSON.stringify(extra) };
    return this.lexicon.key;
  }
}

/** What a document being typed keeps for its labels: the matchers of its settings and its sentences' labels. */
export class LabelMemo extends MatcherMemo {
  private readonly caches = new Map<string, LabelCache>();

  /** The label cache for one document context (perspective, names, lexicon). */
  cacheFor(documentKey: string): LabelCache {
    let cache = this.caches.get(documentKey);
    if (!cache) {
      if (this.caches.size >= 4) this.caches.delete(this.caches.keys().next().value!);
      cache = new Map();
      this.caches.set(documentKey, cache);
    }
    return cache;
  }
}

/**
 * Labels a sentence, from the cache when the same text was labelled in the same context; the full
 * context is built only when the labeller must run. The result is shared: never mutate it.
 */
export function cachedLabels(
  text: string,
  language: Language,
  place: LabelVariant,
  caches: LabelCache,
  context: () => LabelContext,
): CachedLabels {
  // The labeller reads a sentence after one that ends in a colon as spelling that one out.
  // A learning item's variant holds its heading (rare enough to build its key per sentence).
  const variant = isLearning(place) ? `${language}:${place}` : variants[language][place];
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

function isLearning(place: LabelVariant): place is `learning:${string}` {
  return place.startsWith('learning:');
}

// A log line's time stamp ("10:02 Client reports …", "[14.30] Belde …") says when, not who or what: read after it.
const timeStamp = /^\[?(?:[01]?\d|2[0-3])[:.][0-5]\d\]?(?:\s*[-–—|:])?\s+(?=\S)/u;

export function labelled(text: string, context: LabelContext): CachedLabels {
  const stamp = timeStamp.exec(text);
  const read = stamp ? text.slice(stamp[0].length) : text;
  return Object.assign(labelSentence(read, context), { words: countWords(text) });
}

// The label cache's variants (see cachedLabels), as constants rather than strings built per sentence.
const variants = {
  nl: {
    plain: 'nl',
    afterColon: 'nl:',
    advice: 'nl:advice',
    interpretation: 'nl:interpretation',
    own: 'nl:own',
    ownAfterColon: 'nl:own:',
    step: 'nl:step',
    stepAfterColon: 'nl:step:',
    wentWell: 'nl:went-well',
    wentWellAfterColon: 'nl:went-well:',
    quoted: 'nl:quoted',
    coachLine: 'nl:coach-line',
    coacheeLine: 'nl:coachee-line',
  },
  en: {
    plain: 'en',
    afterColon: 'en:',
    advice: 'en:advice',
    interpretation: 'en:interpretation',
    own: 'en:own',
    ownAfterColon: 'en:own:',
    step: 'en:step',
    stepAfterColon: 'en:step:',
    wentWell: 'en:went-well',
    wentWellAfterColon: 'en:went-well:',
    quoted: 'en:quoted',
    coachLine: 'en:coach-line',
    coacheeLine: 'en:coachee-line',
  },
} as const;

/**
 * Where a sentence stands, as far as its labels go: anywhere, spelling out a colon line, an item of a list of tips, a
 * note to self under the coach's own heading, a step under agreements, a block quote in the first person, or on a
 * dialogue line of the coach's or the coachee's.
 */
export type LabelVariant =
  | 'plain'
  | 'afterColon'
  | 'advice'
  | 'interpretation'
  | 'own'
  | 'ownAfterColon'
  | 'step'
  | 'stepAfterColon'
  | 'wentWell'
  | 'wentWellAfterColon'
  | 'quoted'
  | 'coachLine'
  | 'coacheeLine'
  | `learning:${string}`;

/** A sentence's variant, the most telling place first. */
export function variantOf(place: {
  lineSpeaker: 'coach' | 'coachee' | undefined;
  quoteBlock: boolean;
  adviceItem: boolean;
  interpretationItem: boolean;
  learningItem: string | undefined;
  ownNote: boolean;
  stepItem: boolean;
  wentWellItem: boolean;
  afterColon: boolean;
}): LabelVariant {
  if (place.lineSpeaker) return place.lineSpeaker === 'coach' ? 'coachLine' : 'coacheeLine';
  if (place.quoteBlock) return 'quoted';
  if (place.adviceItem) return 'advice';
  if (place.learningItem !== undefined) return `learning:${place.learningItem}`;
  if (place.ownNote) return place.afterColon ? 'ownAfterColon' : 'own';
  if (place.stepItem) return place.afterColon ? 'stepAfterColon' : 'step';
  if (place.wentWellItem) return place.afterColon ? 'wentWellAfterColon' : 'wentWell';
  return place.interpretationItem ? 'interpretation' : place.afterColon ? 'afterColon' : 'plain';
}

/** A user's entry is a plain word or phrase with an optional trailing `*`: gaps are not theirs to use. */
function userTerm(term: string): string {
  // A user's term is plain words: no gap, inner prefix, label colon or opening caret of the built-in syntax.
  return term
    .replace(/\.\.\.|…/gu, ' ')
    .replace(/\*(?=.)/gu, '')
    .replace(/\^/gu, '')
    .replace(/:(?=\s|$)/gu, '');
}

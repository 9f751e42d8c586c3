import type { Clause } from '../clauses';
import type { Hit, Matcher } from '../matcher';
import type { Language, Perspective } from '../types';
import type { Token } from '../words';
import type { SignalDecider } from '../signals';
import type { DialogueLetters } from '../dialogue-letters';

/** The matchers of one language: valence, focus and signal lexicons. */
export interface Matchers {
  valence: Matcher;
  focus: Matcher;
  signals: Matcher;
}

/** What the labeller knows beyond the sentence itself. */
export interface LabelContext {
  language: Language;
  matchers: Matchers;
  /** The signal rules' decisions, asked of every sentence with a cue. */
  signals: readonly SignalDecider[];
  perspective: Perspective;
  /** Lower-case names that stand for the coachee or people in their world. */
  names: ReadonlySet<string>;
  /** Who a transcript's short speaker labels stand for ("C:" beside the coachee's "J:"). */
  letters?: DialogueLetters;
  /** The sentence spells out a line ending in a colon: right after it, or as an item of its list. */
  afterColon?: boolean;
  /** The sentence is an item of a list that a line announcing advice introduces ("Ik gaf haar drie tips:"). */
  adviceItem?: boolean;
  /** The sentence stands under a heading or colon line of the coach's interpretations ("Hypothesen"). */
  interpretationItem?: boolean;
  /** The sentence is an item of a list under a heading or colon line of learning points ("Leerpunten"): its words. */
  learningItem?: string;
  /** The sentence stands under a heading or colon line of the coach's own reflection ("Voor mezelf", "Mijn rol"). */
  ownNote?: boolean;
  /** The sentence stands under a heading or colon line of steps or agreements ("Afspraken", "Homework"). */
  stepItem?: boolean;
  /** The sentence is an item of a list under a heading or colon line of what went well ("Wins", "Wat ging goed"). */
  wentWellItem?: boolean;
  /** The sentence stands in a block quote that speaks in the first person: someone else's words. */
  quoteBlock?: boolean;
  /** The sentence goes on a dialogue line whose speaker label ("Client:", "Me:") an earlier sentence opened. */
  lineSpeaker?: 'coach' | 'coachee';
}

export type Person = 'coach' | 'coachee' | 'third' | 'shared';

/** A sentence as the labeller reads it: tokens, lexicon hits, clauses, quotations. */
export interface Parsed {
  text: string;
  tokens: Token[];
  valence: ValenceHit[];
  focus: Hit[];
  signals: Hit[];
  clauses: Clause[];
  /** Token indices inside quotation marks, and who speaks them (rule 27). */
  quoted: ReadonlySet<number>;
  speaker: Person;
  /** A tip in a list of the coach's tips (LabelContext.adviceItem), a question excepted. */
  adviceItem: boolean;
  /** One of the coach's interpretations (LabelContext.interpretationItem), a question excepted. */
  interpretationItem: boolean;
  /** A note to self under the coach's own heading (LabelContext.ownNote). */
  ownNote: boolean;
}

/** The words a hit or span covers, as they stand in the sentence. */
/** The focus-lexicon classes of a negation: "niet", "never", "no longer", "niet meer". */
export const negatingClasses: ReadonlySet<string> = new Set(['negator', 'no-longer']);

/** The focus-lexicon classes that name a person, the coachee's possessive included. */
export const personNamingClasses: ReadonlySet<string> = new Set([
  'coach',
  'coachee',
  'addressee',
  'third',
  'shared',
  'possessive-coachee',
]);

export function words(parsed: Parsed, hit: { first: number; last: number }): string {
  const start = parsed.tokens[hit.first]!.at;
  const lastToken = parsed.tokens[hit.last]!;
  return parsed.text.slice(start, lastToken.at + lastToken.norm.length);
}

/** A span of up to three words as it stands; a longer one by its ends, its middle left out: "kan … niet". */
export function spanEnds(parsed: Parsed, first: number, last: number): string {
  const word = (t: number): string =>
    parsed.text.slice(parsed.tokens[t]!.at, parsed.tokens[t]!.at + parsed.tokens[t]!.norm.length);
  return last - first <= 2
    ? parsed.text.slice(parsed.tokens[first]!.at, parsed.tokens[last]!.at + parsed.tokens[last]!.norm.length)
    : `${word(first)} … ${word(last)}`;
}

/** A valence hit as the labeller reads it: `doing` when the word is also a verb of doing ("tried", "aangepakt"). */
export type ValenceHit = Hit & { doing?: boolean };

/**
 * Keeps, of overlapping hits of the same group, the longest ("zonder resultaat" over "resultaat"). A strength
 * that is also a verb of doing (an agency hit on the same words) is marked: it is no strength in the coach's clause.
 * A step's split verb ("zocht … uit") hides nothing it spans: alone it says nothing (rule 10), so the words
 * between stay ("Ze zocht zelf een goede oplossing uit").
 */
export function longestOnly(hits: Hit[]): ValenceHit[] {
  const kept: ValenceHit[] = [];
  for (const hit of hits) {
    if (hit.cls === 'feeling' || hit.cls === 'neutralizer') {
      kept.push(hit);
      continue;
    }
    const at = kept.findIndex(
      (k) =>
        k.cls !== 'feeling' &&
        k.cls !== 'neutralizer' &&
        k.cls !== 'happened' &&
        k.first <= hit.first &&
        k.last >= hit.last,
    );
    if (at < 0) kept.push(hit);
    else if (
      hit.cls === 'agency' &&
      kept[at]!.cls === 'strength' &&
      kept[at]!.first === hit.first &&
      kept[at]!.last === hit.last
    )
      kept[at] = { ...kept[at]!, doing: true };
  }
  return kept;
}

export function inClause(hit: Hit, clause: Clause): boolean {
  return hit.first >= clause.first && hit.first <= clause.last;
}

export function has(hits: Hit[], cls: string): Hit | undefined {
  return hits.find((hit) => hit.cls === cls);
}
export function findLastIndex<T>(items: readonly T[], predicate: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!, i)) return i;
  return -1;
}

/** Whether a hit opens the sentence or a main clause, after at most one word ("so here's my summary"). */
export function opensMainClause(parsed: Parsed, hit: Hit): boolean {
  const clause = parsed.clauses.find((c) => hit.first >= c.first && hit.first <= c.last);
  return (
    clause !== undefined && (clause.kind === 'main' || clause.kind === 'contrast') && hit.first - clause.first <= 1
  );
}

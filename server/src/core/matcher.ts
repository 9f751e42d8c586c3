import type { Token, Word } from './words';
import type { Language } from './types';
import { dutchVerbForms } from './dutch-verb-forms';
import { anchored, parseTerm, partMatches, type Part } from './term-parts';
import { matchFrom, termWords, type TermWords } from './match-from';

/** A lexicon hit: which class, which entry, and which tokens it covered. */
export interface Hit {
  cls: string;
  term: string;
  /** Index of the first and last token covered (inclusive). */
  first: number;
  last: number;
}

/** One empty list of hits for every sentence without hits of a kind: frozen, so that no caller can fill it. */
export const noHits = Object.freeze([]) as unknown as Hit[];

interface Entry {
  cls: string;
  term: string;
  parts: Part[];
}

/**
 * What a matcher worked out for one word: the entries that can start there, and its compound head once asked.
 * An entry whose second part is a word is filed under that word's keys (`bySecond`): it can match only where the
 * next token has one of them, and most of a word's entries are such pairs whose second word is not there.
 */
interface Lookup {
  /** The entries tried at every token of this word, in the order found. */
  general: readonly Ranked[];
  bySecond: Map<string, Ranked[]> | null;
  /** Before a next word that is some pair's second, once worked out. Both null until needed: numbers, names. */
  beforeWord: Map<Word, readonly Ranked[]> | null;
  /** Every entry, in order: before a word of degree, which a pair's second word may follow. */
  all: readonly Ranked[] | null;
  compound: Entry | null | undefined;
}

// How many matchers' look-ups a word keeps: a language's three and a few for a lexicon the user changed.
const keptLookups = 6;

/** An entry with its place among the word's entries: hits found at one token keep that order. */
interface Ranked {
  entry: Entry;
  rank: number;
}

/**
 * Matches lexicon terms against tokens in linear time per entry start: words
 * match by normalised form or Snowball stem (short words by form only), `word*`
 * by prefix, and `a ... b` lets up to eight tokens stand between a and b. No
 * term ever becomes a regular expression.
 */
export class Matcher {
  private readonly byKey = new Map<string, Entry[]>();
  private readonly byPrefix = new Map<string, Entry[]>();
  // What each word met so far can start, kept on the word under this key (reports repeat their words): a term
  // added makes a new key, and every word works its look-up out again.
  private key: object = {};
  private readonly words: TermWords;

  /**
   * @param compoundClasses classes whose one-word terms also match as the head of a Dutch compound
   *   ("burn-outklachten" ends in "klachten", "impostersyndroom" in "syndroom").
   */
  constructor(
    private readonly language: Language,
    classes: Record<string, readonly string[]>,
    private readonly compoundClasses: ReadonlySet<string> = new Set(),
    // Signal cues are infinitives of the coach's plans ("wegwerken"): split by "te" they are anyone's act.
    private readonly splitInfinitives = true,
  ) {
    this.words = termWords(language);
    for (const [cls, terms] of Object.entries(classes)) for (const term of terms) this.add(cls, term);
  }

  /** Adds one term; returns false when it has no words to match. */
  add(cls: string, term: string): boolean {
    // A Dutch separable verb joined or split by "te": "stelt … uit", "omdat ze het uitstelt", "uit te stellen".
    if (this.language === 'nl') for (const form of dutchVerbForms(term, this.splitInfinitives)) this.add(cls, form);
    const parts = parseTerm(term, this.language);
    if (parts.length === 0 || parts[0]!.kind === 'gap') return false;
    const entry: Entry = { cls, term, parts };
    this.key = {};
    const head = parts[0]!;
    if (head.kind === 'prefix') push(this.byPrefix, head.norm.slice(0, 2), entry);
    else {
      push(this.byKey, head.norm, entry);
      if (head.stem !== '' && head.stem !== head.norm) push(this.byKey, head.stem, entry);
      if (head.addressed !== '') push(this.byKey, head.addressed, entry);
    }
    return true;
  }

  /** The longest one-word term of a compound class that a word ends in, leaving a modifier of 3+ letters. */
  private compoundHead(word: string): Entry | null {
    for (let cut = 4; word.length - cut >= 5; cut++) {
      const head = word.slice(cut);
      // Verb forms are not compound heads ("bij-gehaald", "formu-leerde"), nor "krachten" (staff: "leerkrachten").
      if (head.startsWith('ge') || /(de|te)$/u.test(head) || head === 'krachten') continue;
      // Nor a present-tense verb whose stem is a term too: "vert-rouwt" is no "rouwt", a compound ends in no verb.
      if (head.endsWith('t') && this.byKey.has(head.slice(0, -1))) continue;
      // The head must be the term itself, not a string that happens to equal its stem ("katheteri-seren" is no
      // "sereen", stem "seren").
      const entry = this.byKey
        .get(head)
        ?.find(
          (e) =>
            e.parts.length === 1 &&
            e.parts[0]!.kind === 'word' &&
            e.parts[0]!.norm === head &&
            this.compoundClasses.has(e.cls),
        );
      if (entry) return entry;
    }
    return null;
  }

  /** Every hit in the tokens, longest first at each position. */
  find(tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      let matched = false;
      const lookup = this.lookupOf(token.word);
      const next = tokens[i + 1];
      // A word of degree or an inverted subject may stand before a pair's second word: every entry is tried.
      const between =
        next !== undefined && (this.words.intensifiers.has(next.norm) || this.words.inverted.has(next.norm));
      const candidates = between ? everyEntry(lookup) : candidatesAt(lookup, next);
      for (const { entry } of candidates) {
        if (!anchored(entry.parts[0]!, token, i)) continue;
        const last = entry.parts.length === 1 ? i : matchFrom(entry.parts, tokens, i + 1, 1, this.words);
        if (last >= 0) {
          insertInOrder(hits, { cls: entry.cls, term: entry.term, first: i, last });
          matched = true;
        }
      }
      if (!matched && this.compoundClasses.size > 0) {
        if (lookup.compound === undefined) lookup.compound = this.compoundHead(token.norm);
        const head = lookup.compound;
        if (head) insertInOrder(hits, { cls: head.cls, term: head.term, first: i, last: i });
      }
    }
    return hits;
  }

  /**
   * This matcher's look-up for a word: kept on the word beside the few other matchers' (a language has three, and a
   * changed lexicon makes new ones), so that a word met again costs no hashing into a table of every word.
   */
  private lookupOf(word: Word): Lookup {
    const kept = word.lookups;
    if (kept !== undefined)
      for (let i = 0; i < kept.length; i += 2) if (kept[i] === this.key) return kept[i + 1] as Lookup;
    const lookup = fileBySecond(this.candidatesFor(word));
    // Matchers of lexicons since replaced leave their look-ups behind: past a few, the word starts again.
    if (kept === undefined || kept.length >= 2 * keptLookups) word.lookups = [this.key, lookup];
    else kept.push(this.key, lookup);
    return lookup;
  }

  /**
   * The entries that start at a word: filed under its form, its stem or its first two letters, each once,
   * and only those whose first part this word matches, so that a sentence's words try no entry twice over.
   */
  private candidatesFor(word: Word): readonly Entry[] {
    const all = [
      ...(this.byKey.get(word.norm) ?? []),
      ...(word.stem !== word.norm ? (this.byKey.get(word.stem) ?? []) : []),
      ...(this.byPrefix.get(word.norm.slice(0, 2)) ?? []),
    ];
    return [...new Set(all)].filter((entry) => partMatches(entry.parts[0]!, word));
  }
}

/** Files a word's entries: those whose second part is a word under its form, stem and addressed form. */
function fileBySecond(entries: readonly Entry[]): Lookup {
  const general: Ranked[] = [];
  const bySecond = new Map<string, Ranked[]>();
  entries.forEach((entry, rank) => {
    const second = entry.parts[1];
    if (second?.kind !== 'word') {
      general.push({ entry, rank });
      return;
    }
    // The keys partMatches compares: the next token's form with these two, its stem with the part's stem.
    const ranked = { entry, rank };
    for (const key of new Set([second.norm, second.addressed, second.stem]))
      if (key !== '') push(bySecond, key, ranked);
  });
  return { general, bySecond: bySecond.size > 0 ? bySecond : null, beforeWord: null, all: null, compound: undefined };
}

/** Every entry of a word, in the order found. */
function everyEntry(lookup: Lookup): readonly Ranked[] {
  if (lookup.bySecond === null) return lookup.general;
  lookup.all ??= [...new Set([...lookup.general, ...[...lookup.bySecond.values()].flat()])].sort(
    (a, b) => a.rank - b.rank,
  );
  return lookup.all;
}

/** The entries of a word worth trying before `next`: every one but the pairs whose second word `next` is not. */
function candidatesAt(lookup: Lookup, next: Token | undefined): readonly Ranked[] {
  const { bySecond } = lookup;
  if (next === undefined || bySecond === null) return lookup.general;
  const known = lookup.beforeWord?.get(next.word);
  if (known !== undefined) return known;
  const byForm = bySecond.get(next.norm);
  const byStem = next.stem === next.norm ? undefined : bySecond.get(next.stem);
  if (byForm === undefined && byStem === undefined) return lookup.general;
  const all = [...new Set([...lookup.general, ...(byForm ?? []), ...(byStem ?? [])])].sort((a, b) => a.rank - b.rank);
  (lookup.beforeWord ??= new Map()).set(next.word, all);
  return all;
}

/**
 * Adds a hit to hits sorted by start, then longest first, equal ones in the order found: what a stable
 * sort would give. Hits arrive by start already, so only those starting at the same word move; sorting
 * every sentence's hits allocated more than finding them.
 */
function insertInOrder(hits: Hit[], hit: Hit): void {
  let at = hits.length;
  while (at > 0 && hits[at - 1]!.first === hit.first && hits[at - 1]!.last < hit.last) at--;
  if (at === hits.length) hits.push(hit);
  else hits.splice(at, 0, hit);
}

function push<T>(map: Map<string, T[]>, key: string, entry: T): void {
  if (!map.get(key)?.push(entry)) map.set(key, [entry]);
}

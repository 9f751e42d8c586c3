import type { Language } from '../types';
import nlSections from '../../lexicons/nl/sections.json';
import enSections from '../../lexicons/en/sections.json';

/** What a heading says its section holds: learning points, what went well, next steps, … */
export type SectionKind =
  | 'learning'
  | 'went-well'
  | 'question'
  | 'steps'
  | 'advice'
  | 'reflection'
  | 'interpretation'
  | 'observations'
  | 'other';

const { compoundHeads: nlCompoundHeads, ...nlPhrases } = nlSections;
const sectionPhrases: Record<Language, Readonly<Record<string, readonly string[]>>> = { nl: nlPhrases, en: enSections };
// Dutch compounds name a kind of their last part: "Slaaptips" are tips, "Vervolgafspraken" agreements.
const compoundHeads: Readonly<Record<string, readonly string[]>> = nlCompoundHeads;
const compoundModifier = 3;

interface Phrase {
  kind: SectionKind;
  length: number;
  /** Its place in the lexicons: of two phrases as long, the first listed wins. */
  order: number;
}

interface Table {
  words: ReadonlyMap<string, Phrase>;
  phrases: readonly (Phrase & { text: string })[];
  /** The longer phrases by their first word, each as its words. */
  byFirstWord: ReadonlyMap<string, readonly (Phrase & { words: readonly string[] })[]>;
}

// Phrases are looked up per word of the heading, a longer one by its first word: every phrase searched for in
// every heading cost a fiftieth of a report read once (test/unit/learned/section-kind.test.ts holds the two equal).
const table: Readonly<Table> = buildTable();

function buildTable(): Table {
  const words = new Map<string, Phrase>();
  const phrases: (Phrase & { text: string })[] = [];
  const byFirstWord = new Map<string, (Phrase & { words: readonly string[] })[]>();
  let order = 0;
  for (const byKind of Object.values(sectionPhrases)) {
    for (const [kind, list] of Object.entries(byKind)) {
      for (const text of list) {
        const phrase = { kind: kind as SectionKind, length: text.length, order: order++ };
        if (text.includes(' ')) {
          phrases.push({ ...phrase, text: ` ${text} ` });
          const split = text.split(' ');
          const list = byFirstWord.get(split[0]!) ?? [];
          list.push({ ...phrase, words: split });
          byFirstWord.set(split[0]!, list);
        } else if (!words.has(text)) words.set(text, phrase);
      }
    }
  }
  return { words, phrases, byFirstWord };
}

/**
 * The kind of a section by its heading: the longest phrase of either language it holds as whole words, or a Dutch
 * compound ends in.
 */
export function sectionKind(heading: string | null): SectionKind {
  if (heading === null) return 'other';
  const text = paddedHeading(heading);
  const words = text.slice(1, -1).split(' ');
  let best: Phrase | undefined;
  const consider = (phrase: Phrase | undefined): void => {
    if (
      phrase &&
      (!best || phrase.length > best.length || (phrase.length === best.length && phrase.order < best.order))
    )
      best = phrase;
  };
  words.forEach((word, at) => {
    consider(table.words.get(word));
    for (const phrase of table.byFirstWord.get(word) ?? [])
      if (phrase.words.every((part, k) => words[at + k] === part)) consider(phrase);
  });
  let kind: SectionKind = best?.kind ?? 'other';
  let length = best?.length ?? 0;
  for (const [headKind, heads] of Object.entries(compoundHeads)) {
    for (const head of heads) {
      if (head.length <= length) continue;
      if (words.some((word) => word.length >= head.length + compoundModifier && word.endsWith(head))) {
        kind = headKind as SectionKind;
        length = head.length;
      }
    }
  }
  return kind;
}

/** Whether a short text is a section phrase and nothing else ("Context.", "Wat ging goed."): a heading run in. */
export function isSectionPhrase(text: string): boolean {
  const padded = paddedHeading(text);
  const inner = padded.slice(1, -1);
  return table.words.has(inner) || table.phrases.some((phrase) => phrase.text === padded);
}

/** A heading as the phrases are looked for in it: lower case, words and digits only, one space apart and around. */
export function paddedHeading(heading: string): string {
  const words = heading
    .toLowerCase()
    .replace(/[’]/gu, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return ` ${words} `;
}

import type { Token } from './words';
import type { Language } from './types';
import { functionWordsIn } from '../lexicons';
import { anchored, partMatches, type Part } from './term-parts';

// How many tokens "..." may skip: a Dutch separable verb's particle is usually close.
const maxGap = 8;
const gapStops = /[:;|]/u;
const clauseMarks = /[,;:.!?]/u;
const commaMarks = /[,;.!?]/u;

/** The words of a language a term's match reads by their grammar: split verb particles and words of degree. */
export interface TermWords {
  particles: ReadonlySet<string>;
  intensifiers: ReadonlySet<string>;
  /** Clause openers a split verb's particle is not looked for past. */
  particleStops: ReadonlySet<string>;
  /** Subject pronouns Dutch V2 order puts between a term's first two words ("vroeg ze mij", "moet hij leren"). */
  inverted: ReadonlySet<string>;
  /** Coordinators after which a verb may keep its subject before it: a pronoun after it may be an object. */
  plainOrder: ReadonlySet<string>;
  /** Pronouns that are only ever subjects. */
  nominative: ReadonlySet<string>;
}

export function termWords(language: Language): TermWords {
  const words = functionWordsIn[language];
  return {
    particles: words.splitVerbParticles,
    intensifiers: words.intensifiers,
    particleStops: words.particleGapStops,
    inverted: words.invertedSubjects,
    plainOrder: words.plainOrderCoordinators,
    nominative: words.nominativePronouns,
  };
}

/**
 * The index of the last token of a match of `parts` from `fromPart` on, starting at token `start`, or -1. Words of
 * degree may stand between two words of a term ("went very well", "ging heel goed"), not across punctuation.
 */
export function matchFrom(
  parts: readonly Part[],
  tokens: readonly Token[],
  start: number,
  fromPart: number,
  words: TermWords,
): number {
  const { particles, intensifiers, particleStops } = words;
  let t = start;
  let gap = false;
  for (let p = fromPart; p < parts.length; p++) {
    const part = parts[p]!;
    if (part.kind === 'gap') {
      gap = true;
      continue;
    }
    if (t >= tokens.length) return -1;
    // Words side by side in a term stand side by side in the sentence, no comma between: "spreekt … aan op" is not in
    // "spreekt hem aan, op een moment dat …" ("asked me: what …" goes on past a colon).
    if (!gap && p > 0 && commaMarks.test(tokens[t - 1]!.after)) return -1;
    if (gap) {
      let found = -1;
      for (let k = t; k < tokens.length && k <= t + maxGap; k++) {
        // A split verb's particle is not looked for past a colon or semicolon ("schreef ik: \"… blokkeert op");
        // a question after "asked me:" still is.
        if (particles.has(part.norm) && gapStops.test(tokens[k - 1]!.after)) break;
        if (partMatches(part, tokens[k]!) && anchored(part, tokens[k]!, k)) {
          found = k;
          break;
        }
        // Nor past a clause Dutch places after the particle ("vroeg wat hem tegenhield om het gesprek aan te gaan").
        if (particles.has(part.norm) && particleStops.has(tokens[k]!.norm)) break;
      }
      if (found < 0) return -1;
      t = found;
      gap = false;
    } else if (p === 1 && invertedBefore(parts, tokens, t, words)) {
      t++;
    } else if (!partMatches(part, tokens[t]!) || !anchored(part, tokens[t]!, t)) {
      // At most two words of degree ("heel erg"), inside the term's clause.
      let skip = t;
      while (
        skip < t + 2 &&
        skip + 1 < tokens.length &&
        intensifiers.has(tokens[skip]!.norm) &&
        !clauseMarks.test(tokens[skip - 1]!.after) &&
        !clauseMarks.test(tokens[skip]!.after)
      )
        skip++;
      if (skip === t || !partMatches(part, tokens[skip]!) || !anchored(part, tokens[skip]!, skip)) return -1;
      t = skip;
    }
    t++;
  }
  return t - 1;
}

/**
 * Whether the token at `t` is a subject inverted after a term's first word, the term's second word after it: only after
 * something put first ("Daarna vroeg ze mij"), not at the start, nor an object after "en" ("en wil je graag … geven").
 */
function invertedBefore(parts: readonly Part[], tokens: readonly Token[], t: number, words: TermWords): boolean {
  const [first, part] = [parts[0]!, parts[1]!];
  const after = tokens[t + 1];
  const fronted = tokens[t - 2];
  return (
    words.inverted.has(tokens[t]!.norm) &&
    // "zich terugtrekt" in "dat je je terugtrekt": a pronoun the term's first word matches is that word, not a subject.
    !partMatches(first, tokens[t]!) &&
    after !== undefined &&
    fronted !== undefined &&
    (!words.plainOrder.has(fronted.norm) || words.nominative.has(tokens[t]!.norm)) &&
    !/[.!?]/u.test(fronted.after) &&
    !commaMarks.test(tokens[t]!.after) &&
    !partMatches(part, tokens[t]!) &&
    partMatches(part, after) &&
    anchored(part, after, t + 1)
  );
}

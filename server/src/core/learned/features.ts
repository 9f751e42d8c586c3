import type { Clause } from '../clauses';
import type { Hit } from '../matcher';
import { polarity } from '../polarity';
import type { Focus, Language, SignalName, Valence } from '../types';
import type { Token } from '../words';
import { endsAsQuestion } from '../label/coach-question';
import {
  adviceNamedOnly,
  behaviourClasses,
  coacheeWordAt,
  coacheesFear,
  givenNot,
  judgedByPointer,
  pointsBack,
} from '../signal-guards';

/** What the learned layer reads of one sentence: the mechanisms' findings, not the raw text alone. */
export interface FeatureInput {
  language: Language;
  text: string;
  tokens: readonly Token[];
  valenceHits: readonly Hit[];
  focusHits: readonly Hit[];
  signalHits: readonly Hit[];
  clauses: readonly Clause[];
  /** The person acting in each clause, as the focus rules found it. */
  persons: readonly (string | null)[];
  quoted: boolean;
  /** The tokens inside quotation marks: a signal cue there is the speaker's words, not the coach's act (rule 27). */
  quotedTokens: ReadonlySet<number>;
  /** The signal cues the mechanisms set aside (aside-cues.ts: asideCues). */
  asideCues?: ReadonlySet<Hit>;
  /** How the report speaks of the coachee: in the third person, addressed as "je"/"you", … */
  perspective: string;
  rules: {
    valence: Valence;
    focus: Focus;
    signals: readonly SignalName[];
    valenceRule: string;
    focusRule: string;
    valenceNegated?: boolean;
  };
}

/**
 * A sentence's features: names of binary facts, each with the span of tokens it stands on (-1 for a fact
 * of the whole sentence), so that a learned decision can name the words that weighed most — read from
 * the text only then, not made into strings for every sentence.
 */
export interface Features {
  /** Features of one piece: constants, or strings kept with a word (its `feature`). */
  names: string[];
  /** Per name, its first and last token (-1, -1 for none). */
  nameSpans: number[];
  /**
   * Features of two pieces, flat: a constant prefix and an atom (a lexicon class, a person, a stem), so
   * that looking one up hashes no new string. `vh|p:coach:` + `strength`; a word pair is its first
   * word's pair head and its second word's stem (`b:nl:ik_` + `merk`).
   */
  parts: string[];
  /** Per part, its first and last token (-1, -1 for none). */
  partSpans: number[];
  /** The sentence and its tokens, to read a span's words from. */
  text: string;
  tokens: readonly (Pick<Token, 'at' | 'norm'> & Partial<Pick<Token, 'word'>>)[];
  /**
   * Where each token's word (`word.feature`, span the token) and each pair of words (`word.pairHead` + the next
   * word's stem, span both) stand among the features: after this many names and after every part. Kept as the
   * tokens, not as names, so that the model finds a word's rows once per word (model.ts: wordRows), not per sentence.
   * A list of names made by hand leaves it out: its tokens are then no features.
   */
  wordsAfter?: number;
  /** Where the sentence stands in its report (learned/context.ts): facts without words of their own. */
  context?: readonly string[];
}

/** The words of a feature's span, as they stand in the sentence; '' for a fact of the whole sentence. */
export function spanWords(features: Features, first: number, last: number): string {
  if (first < 0) return '';
  const end = features.tokens[last]!;
  return features.text.slice(features.tokens[first]!.at, end.at + end.norm.length);
}

/** Every feature's full name, parts joined (for training), in the order the sentence gave them. */
export function featureNames(features: Features): string[] {
  const { names: own, wordsAfter, tokens } = features;
  const words = wordsAfter === undefined ? [] : tokens.map((token) => token.word!.feature);
  const names = [...own.slice(0, wordsAfter ?? own.length), ...words, ...own.slice(wordsAfter ?? own.length)];
  names.push(...(features.context ?? []));
  for (let i = 0; i < features.parts.length; i += 2) names.push(features.parts[i]! + features.parts[i + 1]!);
  if (wordsAfter !== undefined)
    for (let i = 0; i + 1 < tokens.length; i++) names.push(tokens[i]!.word!.pairHead + tokens[i + 1]!.word!.stem);
  return names;
}

/** The prefixes of a two-piece feature for each value of a small closed set, made once. */
function prefixes<K extends string>(keys: readonly K[], make: (key: K) => string): Readonly<Record<K, string>> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, string>;
}

const persons = ['coach', 'coachee', 'third', 'shared', 'none'] as const;
const clauseKinds = ['main', 'subordinate', 'contrast', 'concessive'] as const;
const perspectives = ['coach', 'third-person', 'addressed'] as const;
const valences = ['strength', 'weakness', 'neutral'] as const;
const byPerson = prefixes(persons, (p) => `vh|p:${p}:`);
const byKind = prefixes(clauseKinds, (k) => `vh|k:${k}:`);
const byPerspective = prefixes(perspectives, (p) => `rs|persp:${p}:`);
const byValence = prefixes(valences, (v) => `rv:${v}|rf:`);

// Negators that turn a lexicon word they stand next to (the rules' own scope handling is richer; this
// only tells the model that a negation was near).
const negationClasses = new Set(['negator', 'no-longer']);

/** The features of one sentence, in a fixed order (the same input gives the same list). */
export function sentenceFeatures(input: FeatureInput): Features {
  const names: string[] = [];
  const nameSpans: number[] = [];
  const parts: string[] = [];
  const partSpans: number[] = [];
  // A feature met twice is counted twice (a word used twice weighs more); no set to keep them unique.
  const add = (name: string, first = -1, last = first): void => {
    names.push(name);
    nameSpans.push(first, last);
  };
  const part = (prefix: string, atom: string, first = -1, last = first): void => {
    parts.push(prefix, atom);
    partSpans.push(first, last);
  };
  const { tokens, clauses, rules } = input;
  const clauseOf = (token: number): number => clauses.findIndex((c) => token >= c.first && token <= c.last);
  const lastClause = clauses.length - 1;
  const perspective = (
    input.perspective in byPerspective ? input.perspective : 'third-person'
  ) as keyof typeof byPerspective;
  add('bias');
  part('rv:', rules.valence);
  part('rf:', rules.focus);
  part(byValence[rules.valence], rules.focus);
  for (const signal of rules.signals) part('rs:', signal);
  const valenceRule = ruleKind(rules.valenceRule);
  const focusRule = ruleKind(rules.focusRule);
  part('vrule:', valenceRule);
  part('frule:', focusRule);
  // Which label a mechanism gave, not only that it fired: a perception frame hands focus on, or not.
  add(`rv:${rules.valence}|vrule:${valenceRule}`);
  // The rules turned a word by a negation ("twijfelde niet"): a bag of words cannot see that.
  if (rules.valenceNegated) part('rv:negated:', rules.valence);
  add(`rf:${rules.focus}|frule:${focusRule}`);
  part('persp:', perspective);
  for (const signal of rules.signals) part(byPerspective[perspective], signal);
  const negations = input.focusHits.filter((hit) => negationClasses.has(hit.cls));
  for (const hit of input.valenceHits) {
    const clause = clauseOf(hit.first);
    const negated = negations.some(
      (n) =>
        clauseOf(n.first) === clause &&
        Math.abs(n.first - hit.first) <= 4 &&
        (n.first < hit.first || input.language === 'nl'),
    );
    // A step's verb says something only when negated (a step not taken); alone it is everyday noise.
    if (hit.cls === 'happened' && !negated) continue;
    const person = (input.persons[clause] ?? 'none') as keyof typeof byPerson;
    part('vh:', hit.cls, hit.first, hit.last);
    part(negated ? 'vh:neg:' : 'vh:pos:', hit.cls, hit.first, hit.last);
    part(byPerson[person] ?? byPerson.none, hit.cls, hit.first, hit.last);
    if (clause === lastClause && clauses.length > 1) part('vh:last:', hit.cls, hit.first, hit.last);
    const kind = clauses[clause]?.kind ?? 'main';
    if (kind !== 'main') part(byKind[kind], hit.cls, hit.first, hit.last);
  }
  for (const hit of input.focusHits) part('fh:', hit.cls, hit.first, hit.last);
  // A signal cue right after a negation ("niets aangeraden", "did not advise") is not the behaviour.
  for (const hit of input.signalHits) {
    const negated = negations.some(
      (n) => (n.last < hit.first && hit.first - n.last <= 2) || givenNot(input.tokens, hit, n),
    );
    const quoted = input.quotedTokens.has(hit.first);
    const aside = input.asideCues?.has(hit) === true;
    // "die drie tips", "that advice came too early": behaviour named as a thing told elsewhere (rule 29).
    const back = behaviourClasses.has(hit.cls) && (pointsBack(input.tokens, hit) || judgedByPointer(input.tokens, hit));
    const theirs = coacheesFear(tokens, hit, (at) => coacheeWordAt(input.focusHits, at));
    // "Ik heb hem tips gegeven.": advice named, nothing it says (signal-guards.ts: adviceNamedOnly).
    const named = hit.cls === 'advice' && adviceNamedOnly(input.tokens, hit);
    const prefix = negated
      ? 'sh:neg:'
      : aside
        ? 'sh:aside:'
        : back
          ? 'sh:back:'
          : theirs
            ? 'sh:theirs:'
            : named
              ? 'sh:named:'
              : 'sh:';
    part(prefix, hit.cls, hit.first, hit.last);
    if (quoted) part('sh:quoted:', hit.cls, hit.first, hit.last);
  }
  input.persons.forEach((person, i) => {
    if (person === null) return;
    part('p:', person);
    if (i === 0) part('p0:', person);
    if (i === lastClause) part('plast:', person);
    if (clauses[i]!.kind === 'contrast') part('pcontrast:', person);
  });
  if (input.quoted) add('quoted');
  if (endsAsQuestion(input.text)) add('question');
  if (tokens.length > 0 && tokens[0]!.after.includes(':')) part('label:', tokens[0]!.stem, 0);
  add(tokens.length <= 5 ? 'len:s' : tokens.length <= 12 ? 'len:m' : tokens.length <= 25 ? 'len:l' : 'len:xl');
  let positive = 0;
  let negative = 0;
  const lang = input.language;
  // The words themselves, and their pairs, are features by the tokens (see Features.wordsAfter).
  const wordsAfter = names.length;
  tokens.forEach((token) => {
    const score = polarity(token, lang);
    if (score > 0) positive++;
    else if (score < 0) negative++;
  });
  if (positive > 0) add('pol:+');
  if (negative > 0) add('pol:-');
  if (positive > negative) add('pol:net+');
  if (negative > positive) add('pol:net-');
  return { names, nameSpans, parts, partSpans, text: input.text, tokens, wordsAfter };
}

/** A rule's reason without the words it quotes ("clause after “maar”" → "clause after"). */
export function ruleKind(rule: string): string {
  const quote = rule.indexOf('“');
  return quote < 0 ? rule : rule.slice(0, quote).trim();
}

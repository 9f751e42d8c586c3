import type { Clause } from '../clauses';
import type { Hit } from '../matcher';
import { polarity } from '../polarity';
import type { Focus, Language, SignalName, Valence } from '../types';
import type { Token } from '../words';

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
  /** How the report speaks of the coachee: in the third person, addressed as "je"/"you", … */
  perspective: string;
  rules: { valence: Valence; focus: Focus; signals: readonly SignalName[]; valenceRule: string; focusRule: string };
}

/**
 * A sentence's features: names of binary facts, each paired with the words it stands on (empty for a
 * fact of the whole sentence), so that a learned decision can name the words that weighed most.
 */
export interface Features {
  names: string[];
  words: string[];
  /**
   * Word pairs, each as its first word's pair head and its second word's stem (`b:nl:ik_merk` is
   * `b:nl:ik_` + `merk`): both strings are kept with the word, so looking a pair up hashes nothing new.
   */
  pairs: string[];
  /** The sentence's words in order: pair k is words k and k + 1, named only when it explains a label. */
  tokens: readonly string[];
  /** Where the sentence stands in its report (learned/context.ts): facts without words of their own. */
  context?: readonly string[];
}

/** Every feature's full name, pairs joined (for training). */
export function featureNames(features: Features): string[] {
  const names = [...features.names, ...(features.context ?? [])];
  for (let i = 0; i < features.pairs.length; i += 2) names.push(features.pairs[i]! + features.pairs[i + 1]!);
  return names;
}

// Negators that turn a lexicon word they stand next to (the rules' own scope handling is richer; this
// only tells the model that a negation was near).
const negationClasses = new Set(['negator', 'no-longer']);

/** The features of one sentence, in a fixed order (the same input gives the same list). */
export function sentenceFeatures(input: FeatureInput): Features {
  const names: string[] = [];
  const words: string[] = [];
  const pairs: string[] = [];
  // A feature met twice is counted twice (a word used twice weighs more); no set to keep them unique.
  const add = (name: string, word = ''): void => {
    names.push(name);
    words.push(word);
  };
  const { tokens, clauses, rules } = input;
  const surface = (hit: { first: number; last: number }): string => {
    const last = tokens[hit.last]!;
    return input.text.slice(tokens[hit.first]!.at, last.at + last.norm.length);
  };
  const clauseOf = (token: number): number => clauses.findIndex((c) => token >= c.first && token <= c.last);
  const lastClause = clauses.length - 1;
  add('bias');
  add(`rv:${rules.valence}`);
  add(`rf:${rules.focus}`);
  add(`rv:${rules.valence}|rf:${rules.focus}`);
  for (const signal of rules.signals) add(`rs:${signal}`);
  add(`vrule:${ruleKind(rules.valenceRule)}`);
  add(`frule:${ruleKind(rules.focusRule)}`);
  // Which label a mechanism gave, not only that it fired: a perception frame hands focus on, or not.
  add(`rv:${rules.valence}|vrule:${ruleKind(rules.valenceRule)}`);
  add(`rf:${rules.focus}|frule:${ruleKind(rules.focusRule)}`);
  add(`persp:${input.perspective}`);
  for (const signal of rules.signals) add(`rs:${signal}|persp:${input.perspective}`);
  const negations = input.focusHits.filter((hit) => negationClasses.has(hit.cls));
  for (const hit of input.valenceHits) {
    const clause = clauseOf(hit.first);
    const negated = negations.some((n) => clauseOf(n.first) === clause && Math.abs(n.first - hit.first) <= 4 && (n.first < hit.first || input.language === 'nl'));
    const person = input.persons[clause] ?? 'none';
    const word = surface(hit);
    add(`vh:${hit.cls}`, word);
    add(`vh:${hit.cls}${negated ? ':neg' : ':pos'}`, word);
    add(`vh:${hit.cls}|p:${person}`, word);
    if (clause === lastClause && clauses.length > 1) add(`vh:${hit.cls}:last`, word);
    const kind = clauses[clause]?.kind ?? 'main';
    if (kind !== 'main') add(`vh:${hit.cls}|k:${kind}`, word);
  }
  for (const hit of input.focusHits) add(`fh:${hit.cls}`, surface(hit));
  for (const hit of input.signalHits) add(`sh:${hit.cls}`, surface(hit));
  input.persons.forEach((person, i) => {
    if (person === null) return;
    add(`p:${person}`);
    if (i === 0) add(`p0:${person}`);
    if (i === lastClause) add(`plast:${person}`);
    if (clauses[i]!.kind === 'contrast') add(`pcontrast:${person}`);
  });
  if (input.quoted) add('quoted');
  if (/\?["'”’)]*\s*$/u.test(input.text)) add('question');
  if (tokens.length > 0 && tokens[0]!.after.includes(':')) add(`label:${tokens[0]!.stem}`, tokens[0]!.norm);
  add(`len:${tokens.length <= 5 ? 's' : tokens.length <= 12 ? 'm' : tokens.length <= 25 ? 'l' : 'xl'}`);
  let positive = 0;
  let negative = 0;
  const lang = input.language;
  tokens.forEach((token, i) => {
    add(token.word.feature, token.norm);
    const next = tokens[i + 1];
    if (next) pairs.push(token.word.pairHead, next.word.stem);
    const score = polarity(token, lang);
    if (score > 0) positive++;
    else if (score < 0) negative++;
  });
  if (positive > 0) add('pol:+');
  if (negative > 0) add('pol:-');
  if (positive > negative) add('pol:net+');
  if (negative > positive) add('pol:net-');
  return { names, words, pairs, tokens: tokens.map((token) => token.norm) };
}

/** A rule's reason without the words it quotes ("clause after “maar”" → "clause after"). */
function ruleKind(rule: string): string {
  const quote = rule.indexOf('“');
  return quote < 0 ? rule : rule.slice(0, quote).trim();
}

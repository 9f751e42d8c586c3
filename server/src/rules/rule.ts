import type { Settings } from '../core/settings';
import { messages } from '../core/messages';
import type { SignalDecider } from '../core/signals';
import type { Analysis, Language, Range, RuleKind, Sentence, Severity, SignalName } from '../core/types';

/** What a rule sees: the labelled report, by sentence and by section, and the settings. */
export interface RuleInput {
  settings: Settings;
  language: Analysis['language'];
  sentences: readonly Sentence[];
  sections: Analysis['sections'];
  /** The sentences of each section, in the order of `sections`. */
  bySection: readonly (readonly Sentence[])[];
  balance: Analysis['balance'];
  /**
   * The report's first heading or, without one, its first line of prose: where a finding about the whole report goes.
   */
  firstLine: Range;
}

/** A place a rule marks, with the words that made it fire. */
export interface Match {
  range: Range;
  cues: string[];
  /** The sentence behind the match, when there is one: its paragraph is where a reflection goes. */
  sentence?: Sentence;
  /** Extra values a message needs (a share, in per cent). */
  values?: Record<string, string>;
  /** For a balance: the sentences that weigh most. */
  related?: Sentence[];
  /** For a balance: the section it is about (index into sections), or undefined for the whole report. */
  section?: number;
}

/** A rule: an id (also its docs path and settings key), messages in both languages, one pure check. */
export interface Rule {
  id: string;
  kind: RuleKind;
  /** A signal rule's signal. */
  signal?: SignalName;
  /** A signal rule's decision per sentence (labelling rules 29-36). */
  decide?: SignalDecider['decide'];
  severity: Exclude<Severity, 'off'>;
  /** A short name, for a column or a legend ("expertrol", "expert role"): a signal rule has one. */
  title?: Record<Language, string>;
  description: Record<Language, string>;
  /** The message, given the quoted cue words and the match's values. */
  messages: Record<Language, (cues: string, values: Record<string, string>) => string>;
  /** The reflection question the article attaches to this signal. */
  question: Record<Language, string>;
  /** The matches, in an array: a generator would allocate on every step of every keystroke. */
  check(input: RuleInput): Match[];
}

/** Declares a rule; the identity function gives the object its type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Quotes cue words for a message: “a”, “b”. */
export function quote(cues: readonly string[], language: Language): string {
  // A few cue words at most: looked for in place rather than through a set.
  const unique = cues.filter((cue, index) => cues.indexOf(cue) === index);
  const quoted = unique.map((cue) => `“${balanced(cue)}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${messages[language].and} ${quoted.at(-1)}`;
}

/**
 * A cue as it can stand inside “…”: a quotation mark it opens but does not close (a cue that ends inside a
 * quotation, “vraag: "Hoe”) is left out, and so is punctuation at its ends. Its words stay as they are.
 */
export function balanced(cue: string): string {
  let text = cue;
  if ((text.match(/"/gu) ?? []).length % 2 === 1) text = text.replace(/ ?" ?/gu, ' ');
  if ((text.match(/[“”„]/gu) ?? []).length % 2 === 1) text = text.replace(/ ?[“”„] ?/gu, ' ');
  const trimmed = text.replace(/^[\s,;:]+|[\s,;:]+$/gu, '');
  return trimmed === '' ? text : trimmed;
}

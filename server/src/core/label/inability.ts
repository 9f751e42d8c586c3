import { functionWords } from '../../lexicons';
import type { Language } from '../types';
import type { Parsed } from './parsed';

const modals = functionWords.abilityModals;
const negatedModals = functionWords.negatedAbilityModals;
const negators = functionWords.abilityNegators;
const idioms = functionWords.inabilityIdioms;
const persisting = functionWords.persistsAfterInability;
const notOnly = functionWords.notOnly;

/** A negated verb of being able: the modal, the negation that belongs to it, and what that makes of it. */
export interface Inability {
  /** The first and last token of modal and negation together. */
  first: number;
  last: number;
  negation: number;
  /**
   * `cannot`: what the clause's person cannot do (rule 10, a strength missing: "Ze kan geen nee zeggen",
   * "She couldn't get through the opening bars"). `persists`: a stop that fails ("couldn't stop worrying"),
   * the negation turns nothing. `idiom`: eagerness, agreement, hindsight ("can't wait", "kan geen kwaad"),
   * left as the negation rules read it.
   */
  kind: 'cannot' | 'persists' | 'idiom';
}

/** Every negated "kan"/"could" of a sentence, each with its negation, inside one clause. */
export function inabilities(parsed: Parsed, language: Language): Inability[] {
  const { tokens, clauses } = parsed;
  const clauseOf = (t: number): number => clauses.findIndex((c) => t >= c.first && t <= c.last);
  const found: Inability[] = [];
  for (let m = 0; m < tokens.length; m++) {
    const word = tokens[m]!.norm;
    let negation = -1;
    if (negatedModals.has(word)) negation = m;
    else if (modals.has(word)) negation = negationOf(parsed, m, clauseOf(m), language);
    if (negation < 0) continue;
    if (notOnly.has(tokens[negation + 1]?.norm ?? '')) continue;
    found.push({
      first: Math.min(m, negation),
      last: Math.max(m, negation),
      negation,
      kind: kindAfter(parsed, Math.max(m, negation), clauseOf(m)),
    });
  }
  return found;
}

/**
 * English: the negation right after the modal ("could not"); Dutch: later in the clause, or just before it in a
 * subordinate one ("dat ze het niet kon").
 */
function negationOf(parsed: Parsed, modal: number, clause: number, language: Language): number {
  const { tokens, clauses } = parsed;
  const span = clauses[clause];
  if (!span) return -1;
  const isNegator = (t: number): boolean => negators.has(tokens[t]!.norm);
  if (language === 'en') return modal + 1 <= span.last && isNegator(modal + 1) ? modal + 1 : -1;
  for (let t = modal + 1; t <= Math.min(span.last, modal + 6); t++) {
    if (isNegator(t)) return t;
    if (/[,;:]/u.test(tokens[t]!.after)) break;
  }
  for (let t = modal - 1; t >= Math.max(span.first, modal - 3); t--) {
    if (/[,;:]/u.test(tokens[t]!.after)) break;
    if (isNegator(t)) return t;
  }
  return -1;
}

/** What follows the negated modal within a few words of its clause decides whether it is an inability. */
function kindAfter(parsed: Parsed, from: number, clause: number): Inability['kind'] {
  const last = Math.min(parsed.clauses[clause]?.last ?? from, from + 3);
  for (let t = from + 1; t <= last; t++) {
    const word = parsed.tokens[t]!.norm;
    if (persisting.has(word)) return 'persists';
    if (idioms.has(word)) return 'idiom';
  }
  return 'cannot';
}

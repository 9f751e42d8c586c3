// Negations that turn nothing of their own: an act replaced by another, a word of ending inside a term, the word
// "no" said.
import type { Hit } from '../matcher';
import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Parsed } from './parsed';

const alternatives = functionWords.alternativeNegators;
const beforeTheWordNo = functionWords.beforeTheWordNo;
const phraseOpeners = functionWords.infinitivePhraseOpeners;
const toInfinitive = functionWords.toInfinitive;
// As far as any negation reaches after it ("instead of sending an email", "in plaats van een mail te sturen").
const reach = 4;

/**
 * "Ze heeft de ouder zelf opgebeld in plaats van een mail te sturen", "she called the parent instead of sending an
 * email": after "in plaats van", "instead of", "rather than" stands the act not chosen for the one told. Where the
 * sentence tells an act of the coachee's before it, a doing there is no step missed (rule 10): it counts for
 * nothing, and its negation is spent. A problem or quality there still turns as under any negation ("asks for
 * help instead of struggling on alone"), and so does a doing after nothing done ("kept quiet instead of speaking up").
 */
export function replacedActs(parsed: Parsed, items: ValenceItem[], negators: readonly Hit[]): Set<number> {
  const spent = new Set<number>();
  for (const negation of negators) {
    if (!alternatives.has(negation.term)) continue;
    const next = items
      .filter((item) => item.first > negation.last && item.first - negation.last <= reach)
      .sort((a, b) => a.first - b.first)[0];
    if (!next) continue;
    // Only where an act of the coachee's is told before it: "kept quiet instead of speaking up" misses a step.
    const told = items.some(
      (item) => item.last < negation.first && !item.negatedBy && item.sign > 0 && doing(parsed, item),
    );
    if (!told || !doing(parsed, next)) continue;
    items.splice(items.indexOf(next), 1);
    spent.add(negation.first);
  }
  return spent;
}

/**
 * "What stopped him from delegating", "nothing stopped her from speaking up": a word of ending ("stopped") inside a
 * term of hindrance is that term's. The act right after the term is what it stops: the term alone carries the
 * sentence, turned where the act stopped is a problem ("stopped her from panicking"). The endings so spent are
 * returned.
 */
export function endingsOfTerms(parsed: Parsed, items: ValenceItem[], endings: readonly Hit[]): Set<number> {
  const spent = new Set<number>();
  for (const ending of endings) {
    const word = parsed.tokens[ending.first]!.norm;
    const term = items.find(
      (item) => item.first <= ending.first && ending.last <= item.last && item.term.split(/\s+/u).includes(word),
    );
    // A question the coachee has is no hindrance: "weet niet meer" does not stop what she does not know.
    if (!term || term.goal) continue;
    spent.add(ending.first);
    const act = items.find((item) => item.first === term.last + 1 && item.flips);
    if (!act) continue;
    if (act.sign < 0) term.sign = -term.sign;
    items.splice(items.indexOf(act), 1);
  }
  return spent;
}

/** "Saying no felt weird", "she turned a no into a contact": "no" said or named is no negation. */
export function theWordNo(parsed: Parsed, negators: readonly Hit[]): Set<number> {
  const spent = new Set<number>();
  const { tokens } = parsed;
  for (const negation of negators) {
    if (
      negation.first > 0 &&
      tokens[negation.first]!.norm === 'no' &&
      beforeTheWordNo.has(tokens[negation.first - 1]!.norm)
    )
      spent.add(negation.first);
  }
  return spent;
}

/** Whether a valence word is a doing of the coachee's (an act or a step taken), not a state or a thing. */
export function doing(parsed: Parsed, item: ValenceItem): boolean {
  return parsed.valence.some(
    (hit) => (hit.cls === 'agency' || hit.cls === 'happened') && hit.first === item.first && hit.last === item.last,
  );
}

/**
 * "Hij saboteert het traject door zijn huiswerk niet te doen": a negation before the "te" of an infinitive phrase
 * stays inside it; a word before the phrase's opener ("door", "om", "zonder") is not what it denies.
 */
export function beyondPhrase(parsed: Parsed, word: number, negation: Hit): boolean {
  const { tokens } = parsed;
  if (!toInfinitive.has(tokens[negation.last + 1]?.norm ?? '')) return false;
  for (let t = word + 1; t < negation.first; t++) if (phraseOpeners.has(tokens[t]!.norm)) return true;
  return false;
}

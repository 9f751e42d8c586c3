import { functionWords } from '../../lexicons';
import type { Parsed, ValenceHit } from './parsed';
import type { Token } from '../words';

const homographs = functionWords.participleHomographs;
const hebben = functionWords.perfectAuxiliaries;

/**
 * "Dat heb ik gelaten", "Ik heb hem in mijn tas gelaten": a state word that is also a participle is the
 * verb where a form of "hebben" goes with it — no one is resigned there. The valence hits without such verbs.
 */
export function withoutParticiples(parsed: Pick<Parsed, 'tokens' | 'clauses'>, hits: ValenceHit[]): ValenceHit[] {
  if (!hits.some((hit) => hit.first === hit.last && homographs.has(hit.term))) return hits;
  return hits.filter((hit) => {
    if (hit.first !== hit.last || !homographs.has(hit.term)) return true;
    // "hebben" before it in the sentence ("Had het model bij me, in tas gelaten"), or after it in its clause ("…
    // gelaten heeft").
    const clause = parsed.clauses.find((c) => hit.first >= c.first && hit.first <= c.last);
    const end = clause ? clause.last : hit.first;
    return !parsed.tokens.slice(0, end + 1).some((token) => hebben.has(token.norm));
  });
}

const blockingVerbs = functionWords.blockedTimeVerbs;
const timeSpans = functionWords.timeSpans;
// A compound that ends in one names one too: "dinsdagochtend", "werkdagen".
const compoundEnds = [...timeSpans].filter((span) => span.length >= 5);
// How far after the verb the time it keeps free may stand: "blokt elke week twee uur", "blocked off two hours".
const timeReach = 4;

/**
 * "Ze blokt haar dinsdagochtend", "She blocked two hours in her calendar": a verb of blocking with a span of time
 * near it in its clause plans time, no blockage. The hits (valence or signal) without such verbs.
 */
export function withoutBlockedTime<H extends { first: number; last: number }>(
  parsed: Pick<Parsed, 'tokens' | 'clauses'>,
  hits: H[],
): H[] {
  const { tokens } = parsed;
  const plansTime = (hit: H): boolean => {
    if (hit.first !== hit.last || !blockingVerbs.has(tokens[hit.first]!.norm)) return false;
    const clause = parsed.clauses.find((c) => hit.first >= c.first && hit.first <= c.last);
    const end = Math.min(clause ? clause.last : hit.last, hit.last + timeReach);
    // Dutch puts the object before a verb that ends its clause: "dat ze haar ochtenden blokt", "om tijd te blokken".
    const start = Math.max(clause ? clause.first : hit.first, hit.first - timeReach);
    for (let t = start; t <= end; t++) {
      if (t >= hit.first && t <= hit.last) continue;
      const norm = tokens[t]!.norm;
      if (timeSpans.has(norm) || compoundEnds.some((span) => norm.endsWith(span))) return true;
    }
    return false;
  };
  return hits.some(plansTime) ? hits.filter((hit) => !plansTime(hit)) : hits;
}

const adviceNouns = functionWords.adviceNouns;
const serviceNouns = functionWords.serviceNouns;

/**
 * "the advice centre", "a debt advice line", "het advies loket": a word of advice that names a service or a place
 * is nobody's advice, no act of the coach's (rules 6, 32). The hits (focus or signal) without such words.
 */
export function withoutServiceNames<H extends { first: number; last: number }>(
  tokens: readonly Token[],
  hits: H[],
): H[] {
  const names = (hit: H): boolean =>
    hit.first === hit.last &&
    adviceNouns.has(tokens[hit.first]!.norm) &&
    serviceNouns.has(tokens[hit.first + 1]?.norm ?? '');
  return hits.some(names) ? hits.filter((hit) => !names(hit)) : hits;
}

const nounHomographs = functionWords.nounHomographs;
const links = functionWords.stateWordLinks;
const copulas = functionWords.copulas;
const followers = functionWords.nounFollowers;

/**
 * "Session content:", "a patient at the clinic", "the course content was too theoretical", "composed of five
 * nurses": a word of state that is also a noun is the noun where no link, degree or negation stands before it and a
 * break or a word that follows nouns comes after it. There it names no one's state. The valence hits without those.
 */
export function withoutNounReadings(tokens: readonly Token[], hits: ValenceHit[]): ValenceHit[] {
  const noun = (hit: ValenceHit): boolean => {
    if (hit.first !== hit.last || !nounHomographs.has(tokens[hit.first]!.norm)) return false;
    const token = tokens[hit.first]!;
    const before = tokens[hit.first - 1];
    const next = tokens[hit.first + 1];
    if (next?.norm === 'of' || next?.norm === 'van') return true;
    // "She felt content", "heel content", "calm, content": the adjective.
    if (before !== undefined && (before.after.trim() !== '' || links.has(before.norm) || copulas.has(before.norm)))
      return false;
    return next === undefined || token.after.trim() !== '' || followers.has(next.norm);
  };
  return hits.some(noun) ? hits.filter((hit) => !noun(hit)) : hits;
}

import type { Hit } from '../matcher';
import type { Focus, Language } from '../types';
import { functionWords } from '../../lexicons';
import { limitsAt, limitsToConditionAt } from '../limiters';
import type { Inability } from './inability';
import type { Parsed } from './parsed';
import { unseenStrengths } from './unseen-strengths';
import { beyondPhrase, doing, endingsOfTerms, replacedActs, theWordNo } from './spent-negations';
import { telegraphicStates } from './telegraphic-states';
import { diminishedWords } from './diminished-words';
import { superlative } from './superlatives';

/** A word that weighs in a sentence's valence, with the clause it stands in and what turned it. */
export interface ValenceItem {
  clause: number;
  first: number;
  last: number;
  sign: number;
  weight: number;
  word: string;
  /** The lexicon term, to tell a negation inside a split expression from one that is part of the term. */
  term: string;
  goal?: boolean;
  /** The coachee asking the coach (rule 15). */
  ask?: boolean;
  flips: boolean;
  /** A step's verb ("gedaan", "happened"): it counts only negated, as a step not taken (rule 10). */
  onlyNegated?: boolean;
  negatedBy?: Hit;
}

const forwardOnly = functionWords.forwardOnlyNegators;
const shortReach = functionWords.shortReachNegators;
const quantities = functionWords.quantityNegators;
const courage = functionWords.courageWords;
const determinerNegators = functionWords.determinerNegators;
const notOnly = functionWords.notOnly;
const reflexive = functionWords.reflexive;
const negatingPronouns = functionWords.negatingPronouns;
const determiners = functionWords.nounDeterminers;
const pronounLike = functionWords.thingOpeners;
const finiteVerbs = functionWords.finiteVerbs;
const complementizers = functionWords.complementizers;

/** Binds each negation of a sentence to the valence word it turns (rule 10), marking that word's `negatedBy`. */
export function bindNegations(
  parsed: Parsed,
  language: Language,
  focus: Focus,
  items: ValenceItem[],
  cannot: readonly Inability[],
): void {
  const { tokens, clauses } = parsed;
  const negators = parsed.focus.filter((hit) => hit.cls === 'negator');
  const noLonger = parsed.focus.filter((hit) => hit.cls === 'no-longer');
  // Each negation binds to the nearest word it can reach: after it, or in Dutch also just before it
  // ("twijfelde niet"). "niet meer"/"no longer" counts once, not also as its "niet"/"no".
  telegraphicStates(parsed, items);
  const spent = new Set([
    ...diminishedWords(parsed, language, items, negators),
    ...unseenStrengths(parsed, language, items, negators),
    ...replacedActs(parsed, items, negators),
    ...endingsOfTerms(parsed, items, noLonger),
    ...theWordNo(parsed, negators),
  ]);
  const negations = [
    ...noLonger,
    ...negators.filter((n) => !noLonger.some((l) => n.first >= l.first && n.first <= l.last)),
  ].filter((n) => !spent.has(n.first) && !cannot.some((i) => i.kind === 'persists' && i.negation === n.first));
  // "maar twee dagen bijgehouden", "only twice late": a limited number turns the clause's word as a negation
  // does; the limiter itself says nothing ("slechts" is not "slecht").
  for (let t = 0; t < tokens.length; t++) {
    const cls = limitsAt(tokens, t) ? 'limiter' : limitsToConditionAt(tokens, t) ? 'condition' : '';
    if (cls === '') continue;
    negations.push({ cls, term: tokens[t]!.norm, first: t, last: t });
    for (let i = items.length - 1; i >= 0; i--) if (items[i]!.first === t && items[i]!.last === t) items.splice(i, 1);
  }
  // "Ik heb hem aangeraden om niet defensief te reageren": what the coach advises against is the problem (rule 8).
  const advisedAgainst = (negation: Hit): boolean =>
    focus === 'coach' && parsed.signals.some((hit) => hit.cls === 'advice' && hit.last < negation.first);
  for (const negation of negations) {
    if (negation.cls !== 'limiter' && negation.cls !== 'condition' && advisedAgainst(negation)) continue;
    // A negation a term is made of ("without help", "weinig ruimte") is that term's, unless another term starts inside.
    const negatorWord = parsed.tokens[negation.first]!.norm;
    const own = items.find(
      (item) => item.first === negation.first && item.last > item.first && item.term.split(/\s+/u)[0] === negatorWord,
    );
    if (own && (shortReach.has(negatorWord) || !items.some((o) => o.first > own.first && o.first <= own.last)))
      continue;
    // "not just tired", "niet enkel moe": more than that, not its opposite.
    if (notOnly.has(parsed.tokens[negation.last + 1]?.norm ?? '')) continue;
    const clause = clauses.findIndex((c) => negation.first >= c.first && negation.first <= c.last);
    // "niks wat werkt", "nothing that helps": a negating pronoun reaches into the clause it heads.
    // So does "zonder" the clause its "dat" opens ("zonder dat het zwak overkomt").
    const heads =
      (negatingPronouns.has(parsed.tokens[negation.first]!.norm) || shortReach.has(negatorWord)) &&
      clauses[clause + 1]?.first === negation.last + 1 &&
      !/[,;:]/u.test(parsed.tokens[negation.last]!.after);
    const reachable = items.filter(
      (item) =>
        item.flips &&
        (item.clause === clause || (heads && item.clause === clause + 1)) &&
        !item.negatedBy &&
        !superlative(parsed, negation, item.first) &&
        !beyondPhrase(parsed, item.last, negation),
    );
    // A limited number qualifies the nearest doing or state of its clause, before or after it, in either
    // language ("was late only twice"); "herself" is no event to count, nor a term that holds the quantity itself
    // ("maar half gedaan").
    // "I only speak up when …": the doing or state after the limiter, up to its condition, holds only then.
    if (negation.cls === 'condition') {
      const limited = reachable.filter((item) => item.last > negation.last).sort((a, b) => a.first - b.first)[0];
      if (limited) limited.negatedBy = negation;
      continue;
    }
    if (negation.cls === 'limiter') {
      const distance = (item: ValenceItem): number =>
        item.first > negation.last ? item.first - negation.last : negation.first - item.last;
      const nearest = reachable
        .filter((item) => !reflexive.has(item.term) && item.first !== negation.last + 1)
        .sort((a, b) => distance(a) - distance(b))[0];
      if (nearest) nearest.negatedBy = negation;
      continue;
    }
    // A negation inside a split expression negates it ("gaf hij het niet op").
    const negator = parsed.tokens[negation.first]!.norm;
    // Inside a split term ("presentatie niet gegeven"), but not a preposition's ("… zonder notities gegeven").
    const within = shortReach.has(negator)
      ? undefined
      : reachable.find(
          (item) =>
            item.first < negation.first && item.last > negation.last && !item.term.split(/\s+/u).includes(negator),
        );
    // "zonder"/"without" govern only the phrase right after them ("zonder veel discussie"), or the
    // infinitive or gerund they open, to its end ("zonder er een mislukking van te maken").
    // "little trust", "few friends": a quantity denies only the word it counts.
    const reach = shortReach.has(parsed.tokens[negation.first]!.norm)
      ? Math.max(2, openedVerbPhrase(parsed, negation.last, language))
      : quantities.has(negatorWord)
        ? 1
        : 4;
    // A step's verb is the target only when nothing weightier is in reach ("didn't do anything wrong").
    // "zonder aantekeningen voorgezeten": a doing past the noun "zonder" governs is the clause's verb, not its phrase.
    const pastPhrase = (item: ValenceItem): boolean =>
      shortReach.has(negatorWord) && item.first - negation.last > 1 && doing(parsed, item);
    const after = reachable
      .filter((item) => item.first > negation.last && item.first - negation.last <= reach && !pastPhrase(item))
      .sort((a, b) => Number(a.onlyNegated ?? false) - Number(b.onlyNegated ?? false) || a.first - b.first)[0];
    // Dutch puts "niet" late in the clause ("durft ze haar team niet los te laten"); "zonder" only looks ahead.
    const looksBack = language === 'nl' && !forwardOnly.has(parsed.tokens[negation.first]!.norm);
    const before = looksBack
      ? reachable
          .filter((item) => item.last < negation.first && negation.first - item.last <= 5)
          // A definite noun before "niet" is what the negated verb is about ("heeft het probleem niet opgelost"),
          // but gone where it is no longer ("die twijfel is er niet meer").
          .filter((item) => negation.cls === 'no-longer' || !definiteNoun(parsed, item.first))
          .sort((a, b) => b.last - a.last)[0]
      : undefined;
    // "heeft geen enkele keer zijn logboek ingevuld": Dutch puts the negated verb last in its clause.
    const clauseEnd = clauses[clause]?.last ?? -1;
    const final =
      language === 'nl' && !after && !before && !shortReach.has(negatorWord)
        ? reachable.find(
            (item) => item.first > negation.last && item.last === clauseEnd && item.first - negation.last <= 9,
          )
        : undefined;
    // "Hij durft in het werkoverleg zijn mond niet open te doen": "niet" before the closing verbs of its clause
    // negates the clause's verb, however far back it stands.
    const closing =
      looksBack && !shortReach.has(negatorWord) && !after && !before && !final && clauseEnd - negation.last <= 3;
    const verb = closing
      ? reachable.filter((item) => item.last < negation.first && !definiteNoun(parsed, item.first)).at(-1)
      : undefined;
    // "geen plezier meer": a negation split around a word negates it.
    const inside = reachable.find((item) => item.first > negation.first && item.last < negation.last);
    // "twijfelt niet meer aan haar besluit": a problem verb right before the negation is what it turns; what follows
    // is what the problem was about.
    const verbFirst = language === 'nl' && before !== undefined && negation.first - before.last === 1;
    // "Haar team durft het niet met haar oneens te zijn": "niet" after a word of courage (and its object) denies the
    // courage only; what it would dare is not denied.
    const dared =
      language === 'nl' &&
      before !== undefined &&
      negation.first - before.last <= 2 &&
      courage.has(parsed.tokens[before.first]!.norm) &&
      !determinerNegators.has(negatorWord);
    const target = dared
      ? before
      : (within ?? inside ?? (verbFirst && before.sign < 0 ? before : (after ?? before)) ?? final ?? verb);
    if (target) target.negatedBy = negation;
    // "durft geen grenzen te stellen": the verb right before the negation is negated with what follows.
    if (target === after && verbFirst && !dared) before.negatedBy = negation;
  }
  objectsOfTurnedProblems(items);
}

/**
 * "He no longer avoids conflict", "She no longer fears failure": the problem a negated problem verb takes as its object
 * is what is no longer avoided or feared, no problem told of its own: it counts for nothing.
 */
function objectsOfTurnedProblems(items: ValenceItem[]): void {
  for (const verb of items) {
    if (!verb.negatedBy || verb.sign >= 0 || verb.first !== verb.last || verb.negatedBy.cls === 'limiter') continue;
    for (const object of items)
      if (
        object !== verb &&
        !object.negatedBy &&
        object.sign < 0 &&
        object.clause === verb.clause &&
        object.first > verb.last &&
        object.first - verb.last <= 3
      )
        object.onlyNegated = true;
  }
}

/**
 * Whether the word at `index` is a noun after a determiner ("het probleem", "haar angst"). An opening
 * "het"/"dat"/"die" is a subject pronoun before a verb ("Het lukt haar niet") unless a finite verb follows.
 */
function definiteNoun(parsed: Parsed, index: number): boolean {
  const determiner = parsed.tokens[index - 1]?.norm ?? '';
  if (!determiners.has(determiner)) return false;
  const opens = parsed.clauses.some((clause) => clause.first === index - 1);
  return !opens || !pronounLike.has(determiner) || finiteVerbs.has(parsed.tokens[index + 1]?.norm ?? '');
}

/**
 * How far the verb phrase "zonder"/"without" opens runs, in tokens after it: a Dutch "zonder … te <verb>"
 * to its infinitive, an English "without <verb>-ing …" to the next punctuation; 0 when it opens none.
 */
function openedVerbPhrase(parsed: Parsed, after: number, language: Language): number {
  const { tokens } = parsed;
  const limit = Math.min(tokens.length, after + 9);
  if (language === 'nl') {
    // "zonder dat het zwak overkomt": "zonder dat" opens a clause, to its end.
    const clause = complementizers.has(tokens[after + 1]?.norm ?? '');
    for (let t = after + 1; t < limit; t++) {
      if (tokens[t]!.norm === 'te' || (clause && (t === tokens.length - 1 || /[,;:.!?]/u.test(tokens[t]!.after))))
        return t + 1 - after;
      if (/[,;:.!?]/u.test(tokens[t]!.after)) return 0;
    }
    return 0;
  }
  // "without taking", "without once losing": the gerund right after it or after one adverb.
  if (![1, 2].some((k) => /ing$/u.test(tokens[after + k]?.norm ?? ''))) return 0;
  let t = after + 1;
  while (t < limit - 1 && !/[,;:.!?]/u.test(tokens[t]!.after)) t++;
  return t - after;
}

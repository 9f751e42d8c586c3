import { polarity } from '../polarity';
import type { Focus } from '../types';
import type { Clause } from '../clauses';
import { inClause, spanEnds, words, type LabelContext, type Parsed, type Person } from './parsed';
import { functionWords, isFeelingState } from '../../lexicons';
import { coachFear } from './coach-fears';
import { wishSpan } from './coach-wishes';
import { coacheeAgent, passiveBefore } from './passive-before';
import { desiredComparative } from './desired-change';
import { inabilities, type Inability } from './inability';
import { namedByCoach } from './named-by-coach';
import type { ValenceItem } from './negation-scope';
import { aboutTheSession } from './session-evaluations';
import { genericBefore } from './generic-before';
import { coachFindsHard } from './coach-effort';
import { thirdPartyGoal } from './third-party-wishes';
import { attributesQuote } from './quotes';
import { withoutMeetingCounts } from './meeting-counts';
import { inCoachBehaviourCue } from './coach-behaviour-words';
import { thingDoes } from './thing-subject';

// The words that weigh in a sentence's valence, before negation, concession and scope turn them (rules 7-17).
const valenceClasses = new Set('strength weakness goal agency asks-coach option happened recurrence'.split(' '));
// A clause that only gives the reason, time or condition of the coach's act does not count (rule 8).
const circumstantial = functionWords.circumstantial;
const coordinators = functionWords.andCoordinators;
const personClasses = new Set(['coach', 'coachee', 'third', 'shared', 'addressee']);
const negationClasses = new Set(['negator', 'no-longer', 'diminished']);
const { demonstratives, degreeWords, articles, toInfinitive, prepositions, feelingVerbs } = functionWords;
const { addresseePossessives, reflexive, questionVerbs, indirectQuestionOpeners, coachPossessives } = functionWords;
const conditionOpeners = functionWords.conditionOpeners;

/**
 * Every word that weighs in a sentence's valence, with its clause, sign and weight: the lexicons' hits that say of the
 * coachee (not the coach's own side, rule 8), what the coachee cannot do, what the coach fears for them, and general
 * polarity where no lexicon spoke; and the inabilities, which negation reads.
 */
export function valenceItems(
  parsed: Parsed,
  context: LabelContext,
  effective: (Person | null)[],
  focus: Focus,
): { items: ValenceItem[]; cannot: Inability[] } {
  const { clauses, tokens } = parsed;
  const feelings = parsed.valence.filter((hit) => hit.cls === 'feeling');
  const covered = new Uint8Array(tokens.length);
  const items: ValenceItem[] = [];
  // A clause the coach's question verb opens: "(ik heb) gevraagd wat zij …", "asked him what he …".
  const askedAfter = (clause: Clause): boolean =>
    [1, 2].some((back) => questionVerbs.has(tokens[clause.first - back]?.norm ?? ''));
  // "I asked when it does go well", "vroeg ik wanneer het wel lukt": an indirect question, not a circumstance.
  const askedAbout = (clause: Clause): boolean => indirectQuestionOpeners.has(clause.conjunction) && askedAfter(clause);
  // A clause joined to such a clause by "and"/"en" or "to" continues it ("because … and she is good at it").
  const ignored = (clauseIndex: number): boolean => {
    const clause = clauses[clauseIndex];
    if (focus !== 'coach' || !clause) return false;
    const continues = coordinators.has(clause.conjunction) || toInfinitive.has(clause.conjunction);
    if (clause.kind === 'subordinate' && continues) return clauseIndex > 0 && ignored(clauseIndex - 1);
    return circumstantial.has(clause.conjunction) && !askedAbout(clause) && !fearedCondition(clause);
  };
  // "… my defeat if he ends up on benefits": beside the coach's feeling a condition is what the coach fears (rule 8).
  const fearedCondition = (clause: Clause): boolean =>
    conditionOpeners.has(clause.conjunction) &&
    tokens.some((t, k) => feelingVerbs.has(t.norm) && (k < clause.first || k > clause.last));
  const [wishedFrom, wishedTo] = wishSpan(parsed, context, effective, focus);
  const session = aboutTheSession(parsed, context.language);
  for (const hit of withoutMeetingCounts(parsed, context.language)) {
    // A discourse marker ("eerlijk gezegd", "to be honest") keeps its words from counting by general polarity too.
    if (hit.cls === 'idiom' && !hit.term.includes('...')) covered.fill(1, hit.first, hit.last + 1);
    if (!valenceClasses.has(hit.cls) || session?.subarray(hit.first, hit.last + 1).every((t) => t === 1)) continue;
    // A word the focus lexicon names people by, as it stands there, is no quality ("patients" is not "patient").
    if (
      hit.first === hit.last &&
      !reflexive.has(hit.term) &&
      parsed.focus.some(
        (p) =>
          personClasses.has(p.cls) &&
          p.first === hit.first &&
          p.last === hit.last &&
          p.term === tokens[hit.first]!.norm,
      )
    )
      continue;
    covered.fill(1, hit.first, hit.last + 1);
    const clauseIndex = clauses.findIndex((clause) => inClause(hit, clause));
    if (ignored(clauseIndex)) continue;
    const subject = effective[clauseIndex];
    // "vragen wat iemand zelf al geprobeerd heeft", "ask what clients have tried": people in general are no coachee.
    if (subject === null && clauseIndex >= 0 && genericBefore(parsed, clauses[clauseIndex]!, hit.first)) continue;
    // The coach's own side is neutral (rule 8): only what a sentence says about the coachee counts.
    // A feeling after an article is one named as a topic ("stay with the grief"), not the coach's own state.
    const feeling =
      (feelings.some((f) => f.first === hit.first) || isFeelingState(hit.term)) &&
      !articles.has(tokens[hit.first - 1]?.norm ?? '');
    // What the coach says of the coachee's own matter ("haar gebrek aan inzet") still counts.
    // So does a problem or quality the coach points back to ("that resistance", "die kracht").
    const pointsBack =
      hit.first > 0 &&
      demonstratives.has(parsed.tokens[hit.first - 1]!.norm) &&
      (hit.cls === 'strength' || hit.cls === 'weakness');
    // A term that opens with the coachee's possessive ("her idea", "haar idee") is hers as it stands; "je" before a
    // degree word is no possessive but the object ("heb ik je te weinig ruimte gegeven").
    // Nor before a preposition: "duwde haar voor de derde keer" holds an object, no possessive.
    const afterObject = degreeWords.has(tokens[hit.first]!.norm) || prepositions.has(tokens[hit.first]!.norm);
    const ofCoachee =
      pointsBack ||
      (clauseIndex >= 0 && namedByCoach(parsed, hit, clauses[clauseIndex]!, feeling)) ||
      parsed.focus.some(
        (p) =>
          ((p.cls === 'possessive-coachee' && !afterObject) ||
            (p.cls === 'addressee' && addresseePossessives.has(parsed.tokens[p.first]!.norm) && !afterObject)) &&
          (p.last === hit.first - 1 || p.first === hit.first),
      );
    // After the coach's frame of opinion a feeling is the one judged; in the coach's question, the one asked about.
    const judged =
      parsed.focus.some((f) => f.cls === 'opinion-frame' && f.last < hit.first && !parsed.quoted.has(f.first)) ||
      (clauseIndex >= 0 && askedAbout(clauses[clauseIndex]!));
    // "It would feel like my failure", "mijn twijfel": what the coach calls their own is the coach's side too.
    const coachOwns = focus === 'coach' && coachPossessives.has(tokens[hit.first - 1]?.norm ?? '');
    if (
      !ofCoachee &&
      ((subject === 'coach' && (focus === 'coach' || feeling)) ||
        (subject === null && focus === 'coach' && (feeling || coachOwns) && !judged))
    )
      continue;
    if ((hit.cls === 'weakness' && coachFindsHard(parsed, hit)) || inCoachBehaviourCue(parsed, hit, subject, focus))
      continue;
    // "Ik vroeg wat zij zelf merkt": the coach asking after the coachee's own doing does not say it happened (rule 7).
    if (
      hit.cls === 'agency' &&
      focus === 'coach' &&
      clauseIndex >= 0 &&
      clauses[clauseIndex]!.kind === 'subordinate' &&
      askedAfter(clauses[clauseIndex]!)
    )
      continue;
    // Doing is a strength only as the coachee's own doing: not the coach's ("I tried"), a shared one, or a third
    // party's (rule 17).
    if (
      (hit.cls === 'agency' &&
        (subject === 'coach' ||
          subject === 'shared' ||
          subject === 'third' ||
          (subject === null && focus !== 'coachee'))) ||
      (hit.doing && subject === 'coach')
    )
      continue;
    // Asking the coach: the coachee asks, or a quotation (the coachee's words) asks "what would you do?".
    if (hit.cls === 'asks-coach' && subject !== 'coachee' && !parsed.quoted.has(hit.first)) continue;
    // A third party's goal is their plan (rules 13, 17); "he wrote" after a quotation only attributes it (rule 27).
    if (thirdPartyGoal(parsed, hit, subject, clauses[clauseIndex]) || attributesQuote(parsed, hit)) continue;
    if (thingDoes(parsed, hit, context.language)) continue; // "the trouble started": a thing's doing is no one's
    // A passive is no doing of the coachee's, but negated it is still a step not taken ("is niet ingevuld", rule 10).
    const passive =
      hit.cls === 'agency' && passiveBefore(parsed, hit, context.language) && !coacheeAgent(parsed, hit, context.names);
    // A choice, idea or plan is a strength when it is the coachee's, not when the coach brings it up.
    if (hit.cls === 'option' && focus === 'coach') continue;
    const desired =
      (subject === 'coachee' || (subject === null && focus === 'coachee')) && desiredComparative(parsed, hit);
    const sign =
      !desired && (hit.cls === 'strength' || hit.cls === 'agency' || hit.cls === 'option' || hit.cls === 'happened')
        ? 1
        : -1;
    // A success the coach wishes for the coachee is no strength of theirs (rule 8).
    if (sign > 0 && wishedFrom >= 0 && hit.first >= wishedFrom && hit.first < wishedTo) continue;
    // "zelf", "herself" alone say less than a verb of the coachee's own doing: half weight.
    // A count of recurrences ("de derde keer", "three sessions running") is half a problem: a pattern, usually.
    const weight =
      hit.cls === 'asks-coach'
        ? 2
        : hit.cls === 'option' || hit.cls === 'recurrence' || reflexive.has(hit.term)
          ? 0.5
          : 1;
    items.push({
      clause: clauseIndex,
      first: hit.first,
      last: hit.last,
      sign,
      weight,
      word: words(parsed, hit),
      term: hit.term,
      flips: hit.cls !== 'goal' && hit.cls !== 'recurrence' && !desired,
      goal: hit.cls === 'goal' || desired,
      ask: hit.cls === 'asks-coach',
      onlyNegated: hit.cls === 'happened' || passive,
    });
  }
  // What the coachee cannot do is a strength missing (rule 10); a stop that fails turns nothing.
  const cannot = inabilities(parsed, context.language);
  for (const { first, last, kind } of cannot) {
    const clause = clauses.findIndex((c) => first >= c.first && first <= c.last);
    const subject = effective[clause];
    if (
      kind !== 'cannot' ||
      covered[first] === 1 ||
      covered[last] === 1 ||
      ignored(clause) ||
      !(subject === 'coachee' || (subject === null && focus === 'coachee'))
    )
      continue;
    covered.fill(1, first, last + 1);
    items.push({
      clause,
      first,
      last,
      sign: -1,
      weight: 1,
      word: spanEnds(parsed, first, last),
      term: 'inability',
      flips: false,
    });
  }
  // What the coach fears for the coachee is a problem of theirs (rule 8); the feared clause carries it.
  const fear = coachFear(parsed, context, effective);
  const fearClause = fear ? clauses.findIndex((clause) => fear.fear >= clause.first && fear.fear <= clause.last) : -1;
  if (fear && !ignored(fearClause)) {
    const clause = clauses.findIndex((c) => fear.about >= c.first && fear.about <= c.last);
    items.push({
      clause,
      first: fear.fear,
      last: fear.fear,
      sign: -1,
      weight: 1,
      word: tokens[fear.fear]!.norm,
      term: tokens[fear.fear]!.norm,
      flips: false,
    });
  }
  // Tokens that name a person or an act of one: marked in place rather than listed in a set.
  const personal = new Uint8Array(tokens.length);
  for (const hit of parsed.focus) if (!negationClasses.has(hit.cls)) personal.fill(1, hit.first, hit.last + 1);
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t] === 1 || personal[t] === 1 || session?.[t] === 1 || context.names.has(tokens[t]!.norm)) continue;
    const score = polarity(tokens[t]!, context.language);
    if (score === 0) continue;
    const clauseIndex = clauses.findIndex((clause) => t >= clause.first && t <= clause.last);
    if (ignored(clauseIndex) || effective[clauseIndex] === 'coach' || focus === 'coach') continue;
    items.push({
      clause: clauseIndex,
      first: t,
      last: t,
      sign: Math.sign(score),
      weight: 0.5,
      word: tokens[t]!.norm,
      term: tokens[t]!.norm,
      flips: true,
    });
  }
  return { items, cannot };
}

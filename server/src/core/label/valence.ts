import { polarity } from '../polarity';
import type { Focus, Valence, Reason } from '../types';
import type { Clause } from '../clauses';
import { findLastIndex, has, inClause, spanEnds, words, type LabelContext, type Parsed, type Person } from './parsed';
import { functionWords } from '../../lexicons';
import { coachFear } from './coach-fears';
import { coachWishFrom } from './coach-wishes';
import { reframeSpan } from './reframe';
import { backgroundWords } from './past-background';
import { framingInsights } from './insight-frame';
import { humouredWords } from './humour';
import { passiveBefore } from './passive-before';
import { desiredComparative } from './desired-change';
import { inabilities } from './inability';
import { bindNegations, type ValenceItem } from './negation-scope';
// Valence: whether a sentence turns attention to the coachee's problems or potential (rules 7-17).

// A word the rules turned by a negation is named with it: "niet … twijfelde".
const negationJoin = ' … ';

/** Whether the words that decided a valence include one the rules turned by a negation. */
export function decidedByNegation(reason: Reason): boolean {
  return reason.words.some((word) => word.includes(negationJoin));
}

const valenceClasses = new Set(['strength', 'weakness', 'goal', 'agency', 'asks-coach', 'option', 'happened']);
// A clause that only gives the reason, time or condition of the coach's act does not count (rule 8).
const circumstantial = functionWords.circumstantial;
const coordinators = functionWords.andCoordinators;
const personClasses = new Set(['coach', 'coachee', 'third', 'shared', 'addressee']);

interface ClauseScore { score: number; words: string[] }

export function decideValence(parsed: Parsed, context: LabelContext, effective: (Person | null)[], focus: Focus): { valence: Valence; reason: Reason } {
  const { clauses, tokens } = parsed;
  const feelings = parsed.valence.filter((hit) => hit.cls === 'feeling');
  const neutralizer = has(parsed.valence, 'neutralizer');
  if (neutralizer && focus === 'coach') return { valence: 'neutral', reason: { rule: 'a model or exercise is neutral', words: [words(parsed, neutralizer)] } };
  const covered = new Uint8Array(tokens.length);
  const items: ValenceItem[] = [];
  // A clause the coach's question verb opens: "(ik heb) gevraagd wat zij …", "asked him what he …".
  const askedAfter = (clause: Clause): boolean => [1, 2].some((back) => questionVerbs.has(tokens[clause.first - back]?.norm ?? ''));
  // "I asked when it does go well", "vroeg ik wanneer het wel lukt": an indirect question, not a circumstance.
  const askedAbout = (clause: Clause): boolean => indirectQuestionOpeners.has(clause.conjunction) && askedAfter(clause);
  // A clause joined to such a clause by "and"/"en" continues it ("because she does it every day and she is good at it").
  const ignored = (clauseIndex: number): boolean => {
    const clause = clauses[clauseIndex];
    if (focus !== 'coach' || !clause) return false;
    if (clause.kind === 'subordinate' && coordinators.has(clause.conjunction)) return clauseIndex > 0 && ignored(clauseIndex - 1);
    return circumstantial.has(clause.conjunction) && !askedAbout(clause);
  };
  const wishedFrom = coachWishFrom(parsed, context, effective, focus);
  for (const hit of parsed.valence) {
    // A discourse marker ("eerlijk gezegd", "to be honest") keeps its words from counting by general polarity too.
    if (hit.cls === 'idiom' && !hit.term.includes('...')) covered.fill(1, hit.first, hit.last + 1);
    if (!valenceClasses.has(hit.cls)) continue;
    // A word the focus lexicon names people by, as it stands there, is no quality ("patients" is not "patient").
    if (hit.first === hit.last && !reflexive.has(hit.term) && parsed.focus.some((p) => personClasses.has(p.cls) && p.first === hit.first && p.last === hit.last && p.term === tokens[hit.first]!.norm)) continue;
    covered.fill(1, hit.first, hit.last + 1);
    const clauseIndex = clauses.findIndex((clause) => inClause(hit, clause));
    if (ignored(clauseIndex)) continue;
    const subject = effective[clauseIndex];
    // The coach's own side is neutral (rule 8): only what a sentence says about the coachee counts.
    const feeling = feelings.some((f) => f.first === hit.first);
    // What the coach says of the coachee's own matter ("haar gebrek aan inzet") still counts.
    // So does a problem or quality the coach points back to ("that resistance", "die kracht").
    const pointsBack = hit.first > 0 && demonstratives.has(parsed.tokens[hit.first - 1]!.norm) && (hit.cls === 'strength' || hit.cls === 'weakness');
    // A term that opens with the coachee's possessive ("her idea", "haar idee") is hers as it stands.
    const ofCoachee = pointsBack || parsed.focus.some((p) => (p.cls === 'possessive-coachee' || (p.cls === 'addressee' && addresseePossessives.has(parsed.tokens[p.first]!.norm))) && (p.last === hit.first - 1 || p.first === hit.first));
    // After the coach's frame of opinion ("Volgens mij zit er een angst onder"), a feeling is the one they judge.
    const judged = parsed.focus.some((f) => f.cls === 'opinion-frame' && f.last < hit.first && !parsed.quoted.has(f.first));
    if (!ofCoachee && ((subject === 'coach' && (focus === 'coach' || feeling)) || (subject === null && focus === 'coach' && feeling && !judged))) continue;
    // "Ik vroeg wat zij zelf merkt": the coach asking after the coachee's own doing does not say it happened (rule 7).
    if (hit.cls === 'agency' && focus === 'coach' && clauseIndex >= 0 && clauses[clauseIndex]!.kind === 'subordinate' && askedAfter(clauses[clauseIndex]!)) continue;
    // Doing is a strength only as the coachee's own doing: not the coach's ("I tried"), a shared one, or a third party's (rule 17).
    if ((hit.cls === 'agency' && (subject === 'coach' || subject === 'shared' || subject === 'third' || (subject === null && focus !== 'coachee'))) || (hit.doing && subject === 'coach')) continue;
    // Asking the coach: the coachee asks, or a quotation (the coachee's words) asks "what would you do?".
    if (hit.cls === 'asks-coach' && subject !== 'coachee' && !parsed.quoted.has(hit.first)) continue;
    // A passive is no doing of the coachee's, but negated it is still a step not taken ("is niet ingevuld", rule 10).
    const passive = hit.cls === 'agency' && passiveBefore(parsed, hit, context.language);
    // A choice, idea or plan is a strength when it is the coachee's, not when the coach brings it up.
    if (hit.cls === 'option' && focus === 'coach') continue;
    const desired = (subject === 'coachee' || (subject === null && focus === 'coachee')) && desiredComparative(parsed, hit);
    const sign = !desired && (hit.cls === 'strength' || hit.cls === 'agency' || hit.cls === 'option' || hit.cls === 'happened') ? 1 : -1;
    // A success the coach wishes for the coachee is no strength of theirs (rule 8).
    if (sign > 0 && wishedFrom >= 0 && hit.first >= wishedFrom) continue;
    // "zelf", "herself" alone say less than a verb of the coachee's own doing: half weight.
    const weight = hit.cls === 'asks-coach' ? 2 : hit.cls === 'option' || reflexive.has(hit.term) ? 0.5 : 1;
    items.push({ clause: clauseIndex, first: hit.first, last: hit.last, sign, weight, word: words(parsed, hit), term: hit.term, flips: hit.cls !== 'goal' && !desired, goal: hit.cls === 'goal' || desired, ask: hit.cls === 'asks-coach', onlyNegated: hit.cls === 'happened' || passive });
  }
  // What the coachee cannot do is a strength missing (rule 10); a stop that fails turns nothing.
  const cannot = inabilities(parsed, context.language);
  for (const { first, last, kind } of cannot) {
    const clause = clauses.findIndex((c) => first >= c.first && first <= c.last);
    const subject = effective[clause];
    if (kind !== 'cannot' || covered[first] === 1 || covered[last] === 1 || ignored(clause) || !(subject === 'coachee' || (subject === null && focus === 'coachee'))) continue;
    covered.fill(1, first, last + 1);
    items.push({ clause, first, last, sign: -1, weight: 1, word: spanEnds(parsed, first, last), term: 'inability', flips: false });
  }
  // What the coach fears for the coachee is a problem of theirs (rule 8); the feared clause carries it.
  const fear = coachFear(parsed, context, effective);
  const fearClause = fear ? clauses.findIndex((clause) => fear.fear >= clause.first && fear.fear <= clause.last) : -1;
  if (fear && !ignored(fearClause)) {
    const clause = clauses.findIndex((c) => fear.about >= c.first && fear.about <= c.last);
    items.push({ clause, first: fear.fear, last: fear.fear, sign: -1, weight: 1, word: tokens[fear.fear]!.norm, term: tokens[fear.fear]!.norm, flips: false });
  }
  // Tokens that name a person or an act of one: marked in place rather than listed in a set.
  const personal = new Uint8Array(tokens.length);
  for (const hit of parsed.focus) if (!negationClasses.has(hit.cls)) personal.fill(1, hit.first, hit.last + 1);
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t] === 1 || personal[t] === 1 || context.names.has(tokens[t]!.norm)) continue;
    const score = polarity(tokens[t]!, context.language);
    if (score === 0) continue;
    const clauseIndex = clauses.findIndex((clause) => t >= clause.first && t <= clause.last);
    if (ignored(clauseIndex) || effective[clauseIndex] === 'coach' || focus === 'coach') continue;
    items.push({ clause: clauseIndex, first: t, last: t, sign: Math.sign(score), weight: 0.5, word: tokens[t]!.norm, term: tokens[t]!.norm, flips: true });
  }
  bindNegations(parsed, context.language, focus, items, cannot);
  const scored: ClauseScore[] = clauses.map(() => ({ score: 0, words: [] }));
  // Not counted: a span of time that is over (rules 9, 10), an insight's frame (12), what the coachee jokes about (9).
  const signs = items.map((item) => ({ first: item.first, sign: item.onlyNegated && !item.negatedBy ? 0 : item.negatedBy ? -item.sign : item.sign }));
  const framing = framingInsights(context, items.map((item) => item.term), signs);
  const settled = new Set([...backgroundWords(parsed, context, signs), ...framing, ...humouredWords(parsed, context, effective, signs)]);
  for (const [index, item] of items.entries()) {
    if ((item.onlyNegated && !item.negatedBy) || settled.has(index)) continue;
    const sign = item.negatedBy ? -item.sign : item.sign;
    scored[item.clause]!.score += sign * item.weight;
    // A diminishing verb follows what it turns: "klachten … afgenomen".
    const turned = item.negatedBy?.cls === 'diminished' ? `${item.word}${negationJoin}${spanEnds(parsed, item.negatedBy.first, item.negatedBy.last)}` : item.negatedBy ? `${words(parsed, item.negatedBy)}${negationJoin}${item.word}` : item.word;
    scored[item.clause]!.words.push(turned);
  }
  const coping = focus === 'coach' ? -1 : copingClause(scored, clauses, effective, tokens);
  if (coping >= 0) {
    const difficulty = scored.slice(0, coping).flatMap((s) => (s.score < 0 ? s.words : []));
    return { valence: 'strength', reason: { rule: `coping after “${clauses[coping]!.conjunction}”`, words: [clauses[coping]!.conjunction, ...difficulty] } };
  }
  // The coach changing their own mind is the coach's side (rule 8); the coachee's is a reframe.
  const reframe = focus === 'coach' ? null : reframeSpan(tokens, context.language);
  if (reframe) return { valence: 'strength', reason: { rule: 'a reframe', words: [words(parsed, { first: reframe.old, last: reframe.old }), words(parsed, reframe.now)] } };
  const decisive = (indices: number[]): ClauseScore | undefined => indices.map((i) => scored[i]!).filter((s) => s.score !== 0).at(-1);
  const contrast = findLastIndex(clauses, (clause, i) => clause.kind === 'contrast' && scored[i]!.score !== 0);
  let chosen = contrast >= 0 ? scored[contrast] : undefined;
  let rule = contrast >= 0 ? `clause after “${clauses[contrast]!.conjunction}”` : 'words';
  if (!chosen) {
    const concessive = clauses.some((clause) => clause.kind === 'concessive');
    const mainClauses = clauses.map((_, i) => i).filter((i) => clauses[i]!.kind !== 'concessive');
    // The coachee's question or goal counts as weakness whatever its topic (rule 13).
    const goal = items.find((item) => item.goal && !item.negatedBy);
    chosen = (goal ? scored[goal.clause] : undefined) ?? (concessive ? decisive(mainClauses) : undefined) ?? strongest(scored, clauses);
    if (concessive) rule = 'main clause of a concession';
  }
  if (!chosen) return { valence: 'neutral', reason: { rule: 'no strength or weakness words', words: [] } };
  const sign = Math.sign(chosen.score);
  if (rule === 'words' && sign < 0 && items.some((item) => item.ask && !item.negatedBy && scored[item.clause] === chosen)) rule = askingRule;
  const agreeing = scored.filter((s) => s !== chosen && Math.sign(s.score) === sign).flatMap((s) => s.words);
  return { valence: sign > 0 ? 'strength' : 'weakness', reason: { rule, words: [...chosen.words, ...agreeing] } };
}

/**
 * Between clauses of opposite sign the last decides (rule 9), unless the last rests only on general
 * polarity (weight below 1) and an earlier clause has a word from Kracht's own lexicon.
 */
function strongest(scored: ClauseScore[], clauses: Clause[]): ClauseScore | undefined {
  // A relative clause describes a person or thing ("her sister, who often asks for help"): it decides
  // only when nothing else in the sentence does.
  // A clause subordinate to a relative clause describes with it ("een perfectioniste die verwacht dat alles lukt").
  let inRelative = false;
  const describing = clauses.map((clause) => {
    inRelative = relativePronouns.has(clause.conjunction) || (inRelative && clause.kind === 'subordinate');
    return inRelative || situationOpeners.has(clause.conjunction);
  });
  const candidates = scored.filter((s, i) => s.score !== 0 && !describing[i]);
  const nonZero = candidates.length > 0 ? candidates : scored.filter((s) => s.score !== 0);
  const last = nonZero.at(-1);
  if (!last || Math.abs(last.score) >= 1) return last;
  return nonZero.findLast((s) => Math.sign(s.score) !== Math.sign(last.score) && Math.abs(s.score) >= 1) ?? last;
}

/** The reason of a weakness that rests on the coachee asking the coach (rule 15): the learned layer leaves it. */
export const askingRule = 'the coachee asking the coach';

const relativePronouns = functionWords.relativePronouns;
// "… als het druk wordt": the situation, beside a main clause with a sign of its own, does not decide (rule 9).
const situationOpeners = functionWords.situationOpeners;
const negationClasses = new Set(['negator', 'no-longer', 'diminished']);

const demonstratives = functionWords.demonstratives;
const addresseePossessives = functionWords.addresseePossessives;
const reflexive = functionWords.reflexive;
const questionVerbs = functionWords.questionVerbs;
const indirectQuestionOpeners = functionWords.indirectQuestionOpeners;

/**
 * "Ze was zenuwachtig, maar ze heeft het gezegd": a difficulty followed by "maar"/"but" and the coachee
 * acting, in words no lexicon marks, is told for how she dealt with it (rule 9): the clause of the coachee
 * after the turn, when nothing after it carries a sign of its own.
 */
function copingClause(scored: ClauseScore[], clauses: Clause[], effective: (Person | null)[], tokens: Parsed['tokens']): number {
  // A turn after a comma or dash ("zeg jij maar" is a particle), with words of its own ("maar als ik …" turns to the "als" clause).
  const turn = clauses.findIndex((clause, i) => clause.kind === 'contrast' && clause.last > clause.first && effective[i] === 'coachee' && i > 0 && /[,;–—]/u.test(tokens[clause.first - 1]!.after));
  if (turn <= 0 || additive.has(tokens[clauses[turn]!.first + 1]?.norm ?? '') || scored.slice(turn).some((s) => s.score !== 0)) return -1;
  return scored.slice(0, turn).some((s) => s.score < 0) ? turn : -1;
}

const additive = functionWords.additiveAfterContrast;

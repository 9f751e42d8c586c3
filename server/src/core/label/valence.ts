import type { Focus, Valence, Reason } from '../types';
import type { Clause } from '../clauses';
import { findLastIndex, has, spanEnds, words, type LabelContext, type Parsed, type Person } from './parsed';
import { functionWords } from '../../lexicons';
import { reframeSpan } from './reframe';
import { backgroundWords } from './past-background';
import { daredToSay } from './courage';
import { permittedFeelings } from './permitted';
import { fearedObjects } from './feared-objects';
import { changeAgainstPast, pastAgainstNow, pastBeforeNow } from './then-and-now';
import { agreedTogether } from './joint-agreement';
import { coachExcess } from './coach-excess';
import { framingInsights } from './insight-frame';
import { humouredWords, mockery } from './humour';
import { bindNegations, type ValenceItem } from './negation-scope';
import { turnCoped } from './coping-verbs';
import { withoutYieldingStarts } from './starting-verbs';
import { failedAttempts } from './failed-attempts';
import { coachRefrains } from './coach-refrains';
import { valenceItems } from './valence-items';
import { copingClause } from './coping-clause';
import { concededClauses } from './conceded-clauses';
import { doubtedQualities } from './doubted-qualities';
import { learningItem, learningLabel } from './learning-label';
import { excessQualities } from './excess-qualities';
import { mediaTopics } from './media-topics';
import { negatedRegards, regardedAs } from './regarded-as';
import { undergoneStrengths } from './undergone';
import { thirdPartyWishes } from './third-party-wishes';
import { growingProblems } from './trend-words';
import { ownRejections } from './rejections';
import { concessiveAsides } from './concessive-asides';
import { decidedDifficulties } from './decisions';
// Valence: whether a sentence turns attention to the coachee's problems or potential (rules 7-17).

// A word the rules turned by a negation is named with it: "niet … twijfelde".
const negationJoin = ' … ';

/** Whether the words that decided a valence include one the rules turned by a negation. */
export function decidedByNegation(reason: Reason): boolean {
  return reason.words.some((word) => word.includes(negationJoin));
}

interface ClauseScore {
  score: number;
  words: string[];
}

export function decideValence(
  parsed: Parsed,
  context: LabelContext,
  effective: (Person | null)[],
  focus: Focus,
): { valence: Valence; reason: Reason } {
  const { clauses, tokens } = parsed;
  const neutralizer = has(parsed.valence, 'neutralizer');
  if (neutralizer && focus === 'coach')
    return {
      valence: 'neutral',
      reason: { rule: 'a model or exercise is neutral', words: [words(parsed, neutralizer)] },
    };
  const learning = focus === 'coach' ? null : (learningLabel(parsed) ?? learningItem(parsed, context.learningItem));
  if (learning) return { valence: 'weakness', reason: { rule: 'a learning point', words: [learning] } };
  const { items, cannot } = valenceItems(parsed, context, effective, focus);
  withoutYieldingStarts(parsed, items);
  const scored: ClauseScore[] = clauses.map(() => ({ score: 0, words: [] }));
  // Without a word of strength or weakness the mechanisms that bind, settle or turn one have nothing to read.
  if (items.length > 0) {
    ownRejections(parsed, items, effective, context.language);
    negatedRegards(parsed, items);
    bindNegations(parsed, context.language, focus, items, cannot);
    turnCoped(parsed, context.language, effective, focus, items);
    failedAttempts(parsed, items);
    scoreItems(parsed, context, effective, focus, items, scored);
  }
  const coping = focus === 'coach' ? null : copingClause(scored, parsed, effective);
  if (coping)
    return {
      valence: 'strength',
      reason: { rule: `coping after “${coping.word}”`, words: [coping.word, ...coping.difficulty] },
    };
  // The coach changing their own mind is the coach's side (rule 8); the coachee's is a reframe.
  const reframe = focus === 'coach' ? null : reframeSpan(tokens, context.language);
  if (reframe)
    return {
      valence: 'strength',
      reason: {
        rule: 'a reframe',
        words: [words(parsed, { first: reframe.old, last: reframe.old }), words(parsed, reframe.now)],
      },
    };
  const decisive = (indices: number[]): ClauseScore | undefined =>
    indices
      .map((i) => scored[i]!)
      .filter((s) => s.score !== 0)
      .at(-1);
  const contrast = findLastIndex(clauses, (clause, i) => clause.kind === 'contrast' && scored[i]!.score !== 0);
  let chosen = contrast >= 0 ? scored[contrast] : undefined;
  let rule = contrast >= 0 ? `clause after “${clauses[contrast]!.conjunction}”` : 'words';
  if (!chosen) {
    const concessive = clauses.some((clause) => clause.kind === 'concessive');
    // A clause subordinate to the concession belongs to it ("even though she'd mentioned … that she had …").
    const conceded = concededClauses(clauses);
    const mainClauses = clauses.map((_, i) => i).filter((i) => !conceded[i]);
    // The coachee's question or goal counts as weakness whatever its topic (rule 13), unless a main clause of its own
    // after it says otherwise ("wil ze oefenen met nee zeggen, daar is ze trots op", rule 9).
    const goal = items.find((item) => item.goal && !item.negatedBy);
    const last = strongest(scored, clauses);
    const lastAt = last ? scored.indexOf(last) : -1;
    const after = goal !== undefined && lastAt > goal.clause && clauses[lastAt]!.kind === 'main';
    chosen =
      (goal && !after ? scored[goal.clause] : undefined) ?? (concessive ? decisive(mainClauses) : undefined) ?? last;
    if (concessive) rule = 'main clause of a concession';
  }
  if (!chosen) return { valence: 'neutral', reason: { rule: 'no strength or weakness words', words: [] } };
  const sign = Math.sign(chosen.score);
  if (
    rule === 'words' &&
    sign < 0 &&
    items.some((item) => item.ask && !item.negatedBy && scored[item.clause] === chosen)
  )
    rule = askingRule;
  const agreeing = scored.filter((s) => s !== chosen && Math.sign(s.score) === sign).flatMap((s) => s.words);
  return { valence: sign > 0 ? 'strength' : 'weakness', reason: { rule, words: [...chosen.words, ...agreeing] } };
}

/** Adds each word of strength or weakness to its clause's score, unless a mechanism settled it; some turn it. */
function scoreItems(
  parsed: Parsed,
  context: LabelContext,
  effective: (Person | null)[],
  focus: Focus,
  items: ValenceItem[],
  scored: ClauseScore[],
): void {
  // Not counted: a span of time that is over (rules 9, 10), an insight's frame (12), what the coachee jokes about (9).
  const signs = items.map((item) => ({
    first: item.first,
    last: item.last,
    sign: item.onlyNegated && !item.negatedBy ? 0 : item.negatedBy ? -item.sign : item.sign,
  }));
  const framing = framingInsights(
    context,
    items.map((item) => item.term),
    signs,
  );
  const settled = new Set([
    ...backgroundWords(parsed, context, signs),
    ...framing,
    ...humouredWords(parsed, context, effective, signs),
    ...daredToSay(parsed, effective, signs),
    ...fearedObjects(parsed, context.language, signs),
    ...permittedFeelings(
      parsed,
      context.language,
      effective,
      items.map((item) => item.term),
      signs,
    ),
    ...pastAgainstNow(parsed, signs),
    ...agreedTogether(parsed, signs),
    ...coachExcess(parsed, focus, effective, items),
    ...mediaTopics(parsed, signs),
    ...regardedAs(parsed, signs),
    ...undergoneStrengths(parsed, signs),
    ...thirdPartyWishes(parsed, signs, effective),
    ...coachRefrains(parsed, focus, items),
    ...growingProblems(items, signs),
    ...concessiveAsides(parsed, signs),
    ...decidedDifficulties(parsed, items, effective),
  ]);
  // A quality in excess is named with its word of excess ("too helpful").
  const excess = excessQualities(parsed, context.language, signs);
  // A problem placed in the past beside what the coachee does now tells the change (rule 10).
  const changed = new Set([
    ...changeAgainstPast(parsed, signs, effective),
    ...pastBeforeNow(parsed, context.language, signs),
    ...doubtedQualities(parsed, signs, effective),
    ...excess,
    ...mockery(parsed, context, effective, signs),
  ]);
  for (const [index, item] of items.entries()) {
    if ((item.onlyNegated && !item.negatedBy) || settled.has(index)) continue;
    const sign = (item.negatedBy ? -item.sign : item.sign) * (changed.has(index) ? -1 : 1);
    scored[item.clause]!.score += sign * item.weight;
    // A verb that diminishes, lacks or copes stands where it stands: "klachten … afgenomen", "tackled … conflict".
    const by = item.negatedBy;
    // A split verb around its word is named by its first word: "raised … problem", not "raised … her … problem".
    const around = by !== undefined && by.first < item.first && by.last > item.last;
    const verb =
      by && (by.cls === 'diminished' || by.cls === 'coping')
        ? spanEnds(parsed, by.first, around ? by.first : by.last)
        : '';
    // A negation split around its word names it whole: "geen energie meer".
    const turned = !by
      ? item.word
      : around && verb === ''
        ? words(parsed, by)
        : verb === ''
          ? `${words(parsed, by)}${negationJoin}${item.word}`
          : by.first > item.first
            ? `${item.word}${negationJoin}${verb}`
            : `${verb}${negationJoin}${item.word}`;
    scored[item.clause]!.words.push(
      excess.has(index) && !by ? words(parsed, { first: item.first - 1, last: item.last }) : turned,
    );
  }
}

/**
 * Between clauses of opposite sign the last decides (rule 9), unless the last rests only on general
 * polarity (weight below 1) and an earlier clause has a word from Kracht's own lexicon.
 */
function strongest(scored: ClauseScore[], clauses: Clause[]): ClauseScore | undefined {
  // A relative clause describes a person or thing ("her sister, who often asks for help"): it decides
  // only when nothing else in the sentence does.
  // A clause subordinate to a relative clause describes with it ("een perfectioniste die verwacht dat alles lukt").
  // So does an infinitive after a clause of situation ("when he turned his back to help one group").
  let inRelative = false;
  let before = false;
  const describing = clauses.map((clause) => {
    inRelative = relativePronouns.has(clause.conjunction) || (inRelative && clause.kind === 'subordinate');
    const continues = before && toInfinitive.has(clause.conjunction);
    before =
      inRelative || continues || situationOpeners.has(clause.conjunction) || purposeOpeners.has(clause.conjunction);
    return before;
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
const purposeOpeners = functionWords.purposeClauseOpeners;
const toInfinitive = functionWords.toInfinitive;

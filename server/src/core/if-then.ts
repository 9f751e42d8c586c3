import type { SignalInput } from './signals';
import { functionWords } from '../lexicons';

// The words that open a condition the coachee or someone else must meet ("als", "if"); "toen" and "when"
// mostly tell what happened, not a plan.
const conditionals = functionWords.conditionals;
// An English plan says it is one ("I'll", "I will", "I'm going to"); a Dutch main clause after "als" is
// one by its order ("doe ik", "bel ik", "zal coach").
const englishPlan = functionWords.planMarkers;
const perfectAuxiliaries = functionWords.perfectAuxiliaries;
const perfectHave = functionWords.perfectHave;
const feelingVerbs = functionWords.feelingVerbs;
const ownStateVerbs = functionWords.ownStateVerbs;
// An English participle: regular, or one of the irregular ones a coach judges herself by ("I have let her down").
const participle = /(ed|en|wn)$|^(done|gone|let|got|made|lost|put|set|kept|left|brought|taught)$/u;

/** A perfect around the coach's subject: Dutch "heb ik", English "I have (probably) pushed". */
function perfectAt(tokens: SignalInput['tokens'], j: number): boolean {
  // Not back across the condition's comma: "zonder het gedaan te hebben, gebruik ik" is no perfect of the coach's.
  const from = /[,;]/u.test(tokens[j - 1]?.after ?? '') ? j : j - 1;
  if ([from, j, j + 1].some((k) => perfectAuxiliaries.has(tokens[k]?.norm ?? ''))) return true;
  // A future perfect judges as much as a perfect: "I will have let her down", "I'll have failed".
  const modal = englishPlan.has(tokens[j]?.norm ?? '') || englishPlan.has(tokens[j + 1]?.norm ?? '');
  const have = [j, j + 1, ...(modal ? [j + 2] : [])].find((k) => perfectHave.has(tokens[k]?.norm ?? ''));
  return have !== undefined && [have + 1, have + 2].some((k) => participle.test(tokens[k]?.norm ?? ''));
}

/** Where a condition opens the sentence (within its first four words), or -1. */
export function conditionAt(tokens: SignalInput['tokens']): number {
  for (let i = 0; i < Math.min(4, tokens.length); i++) if (conditionals.has(tokens[i]!.norm)) return i;
  return -1;
}

/**
 * Rule 31's if-then plan of an intervention: a condition about the coachee opening the sentence (after
 * at most "next time,"), then the coach's clause that says what the coach will do ("Als ze weer zonder
 * oefening komt, doe ik hem ter plekke met haar", "If he turns up without the forecast, I'll go through
 * it with him"). The words that say so, or none. The coach's own condition ("Als ik tijd heb") is no plan
 * of an intervention.
 */
export function ifThenPlan(input: Pick<SignalInput, 'tokens' | 'actorAt' | 'text'>): string[] {
  const then = coachAfterCondition(input);
  if (!then || then.perfect) return [];
  // "If he fails, I will feel I let him down", "Als ze terugvallen, voel ik me …": a feeling, no intervention planned.
  if (input.tokens.slice(then.at - 1, then.at + 4).some((token) => feelingVerbs.has(token.norm))) return [];
  if (
    input.tokens[then.start]!.norm === 'if' &&
    !input.tokens.slice(then.at, then.at + 3).some((t) => englishPlan.has(t.norm))
  )
    return [];
  return [then.words];
}

/**
 * "Als zij haar bevoegdheid kwijtraakt, heb ik het niet goed gedaan", "If he fails, I have failed him": a perfect of
 * the coach's after a condition about the coachee judges the coach by the coachee's result (rule 36). Its words, or
 * none.
 */
export function ifThenJudgement(input: Pick<SignalInput, 'tokens' | 'actorAt' | 'personAt' | 'text'>): string[] {
  const then = coachAfterCondition(input);
  if (!then?.perfect) return [];
  // The condition names the coachee or her people ("Als het regent, heb ik …" judges nobody's result).
  for (let i = then.start + 1; i < then.at; i++) {
    const person = input.personAt(i);
    if (person === 'coachee' || person === 'other') return [then.words];
  }
  return [];
}

/** The coach's clause after a condition about someone else that opens the sentence, and whether it is a perfect. */
function coachAfterCondition(
  input: Pick<SignalInput, 'tokens' | 'actorAt' | 'text'>,
): { start: number; at: number; perfect: boolean; words: string } | null {
  const { tokens, actorAt } = input;
  const start = conditionAt(tokens);
  if (start < 0 || actorAt(start) === 'coach') return null;
  for (let j = start + 2; j < tokens.length; j++) {
    if (actorAt(j) !== 'coach') continue;
    // The coach's clause begins after the condition's end (a comma), not inside it ("if I ask her …").
    if (!tokens.slice(start, j).some((token) => /[,;]/u.test(token.after))) return null;
    // It starts at its verb in Dutch order ("heb ik"), or at its subject ("I have").
    const perfect = perfectAt(tokens, j);
    const at = (i: number): string => input.text.slice(tokens[i]!.at, tokens[i]!.at + tokens[i]!.norm.length);
    return { start, at: j, perfect, words: `${at(start)} … ${at(j)}${j + 1 < tokens.length ? ` ${at(j + 1)}` : ''}` };
  }
  return null;
}

/**
 * "Als ik confronteer, haakt hij misschien af; als ik ruimte geef, gebeurt er weer niets", "If I push, she closes
 * down; if I wait, nothing moves": two conditions of the coach's own moves, each with what would follow, weigh
 * interventions against each other (rule 31). Their opening words, or none.
 */
export function weighedMoves(input: Pick<SignalInput, 'tokens' | 'actorAt'>): string[] {
  const { tokens } = input;
  const moves: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const opens = i === 0 || /[,;:]/u.test(tokens[i - 1]!.after);
    if (!opens || !conditionals.has(tokens[i]!.norm) || input.actorAt(i + 1) !== 'coach') continue;
    // "Als ik tijd heb", "if I can": the coach's circumstance, no move.
    let end = i + 1;
    while (end + 1 < tokens.length && !/[,;:]/u.test(tokens[end]!.after)) end++;
    if (!tokens.slice(i + 2, end + 1).some((token) => ownStateVerbs.has(token.norm)))
      moves.push(`${tokens[i]!.norm} ${tokens[i + 1]!.norm}`);
  }
  return moves.length >= 2 ? moves : [];
}

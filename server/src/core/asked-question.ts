import type { Hit } from './matcher';
import type { SignalInput } from './signals';
import { functionWords } from '../lexicons';

const interrogatives = functionWords.interrogatives;
const questionVerbs = functionWords.questionVerbs;

/**
 * Whether a cue stands in a question clause: the last clause opened before it opens with a question word ("wat",
 * "what", "whether") and no stop comes between ("Op de vraag wat haar heeft geholpen").
 */
export function inQuestionClause(input: Pick<SignalInput, 'opens' | 'tokens'>, hit: Hit): { first: number } | null {
  const open = input.opens.filter((o) => o.last < hit.first).at(-1);
  const inside =
    open !== undefined &&
    interrogatives.has(input.tokens[open.first]!.norm) &&
    !input.tokens.slice(open.last, hit.first).some((t) => /[,;:.!?]/u.test(t.after));
  return inside ? open : null;
}

/**
 * "I asked her what she would advise a friend", "Ik vroeg haar wat ze een vriendin zou aanraden": a cue in the
 * question a verb of asking puts (a word or two before it) is what the coach asks about, not what anyone gives.
 */
export function inAskedQuestion(input: Pick<SignalInput, 'opens' | 'tokens'>, hit: Hit): boolean {
  const open = inQuestionClause(input, hit);
  return open !== null && [1, 2].some((back) => questionVerbs.has(input.tokens[open.first - back]?.norm ?? ''));
}

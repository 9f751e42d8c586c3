import type { Hit } from '../matcher';
import { askDenied } from '../signal-guards';
import type { SignalInput } from '../signals';
import type { Focus, Reason, SignalName } from '../types';
import { words, type Parsed } from './parsed';

/** The coachee's ask of the coach in a sentence: the ask said outright, and the words that make it weakness. */
export interface CoacheesAsk {
  outright: Hit | undefined;
  /** The words of the ask where the sentence is weakness by it (rule 15), or null. */
  words: string[] | null;
}

/**
 * The coachee asking the coach what to do is weakness (rule 15), whatever the words of the ask ("just tell him what
 * works", "whether the plan was good enough"): where the ask is expert-role, and also where the coach handed the
 * question back in a clause of the coach's beside hers, which takes the signal away but not the ask ("She asked what I
 * would do, and I asked her what she thought herself", rules 15, 32).
 */
export function coacheesAsk(
  parsed: Parsed,
  signals: Partial<Record<SignalName, Reason>>,
  actorAt: SignalInput['actorAt'],
  context: { negations: readonly Hit[]; opens: readonly Hit[]; refrained: boolean; focus: Focus },
): CoacheesAsk {
  const outright = parsed.signals.find(
    (hit) =>
      hit.cls === 'expert-ask' && actorAt(hit.first) === 'coachee' && !askDenied(context.negations, hit, context.opens),
  );
  const inQuote = parsed.signals.some((hit) => hit.cls === 'asks-in-quote' && parsed.quoted.has(hit.first));
  const given = signals['expert-role'];
  // In the coach's sentence the ask only times the handing back ("When she asked …, I turned the question back",
  // rule 8); in a clause of her own it is hers.
  const handedBack = context.refrained && outright !== undefined && context.focus !== 'coach';
  if (!(outright || inQuote) || !(given || handedBack)) return { outright, words: null };
  return { outright, words: given?.words ?? [words(parsed, outright!)] };
}

import type { Focus, SignalName } from '../types';
import { spanWords, type Features } from './features';
import { functionWords } from '../../lexicons';

// Where the mechanisms read a sentence closely and found no signal, the words the model weighs cannot overrule them.

const refrainable: ReadonlySet<SignalName> = new Set(['expert-role', 'intervention-focus', 'working-hard']);
// "when that didn't land": a bare negation holds back no working-hard (the explaining again goes on).
const bareNegations = functionWords.bareNegations;

/** Whether the rules found the signal in the sentence (its `rs:` feature). */
function rulesFound(features: Features, signal: SignalName): boolean {
  for (let i = 0; i < features.parts.length; i += 2)
    if (features.parts[i] === 'rs:' && features.parts[i + 1] === signal) return true;
  return false;
}

/** Whether the sentence has a signal cue of this class that no negation, quotation or pointer set aside. */
function cue(features: Features, cls: string): boolean {
  for (let i = 0; i < features.parts.length; i += 2)
    if (features.parts[i] === 'sh:' && features.parts[i + 1] === cls) return true;
  return false;
}

/**
 * The coach refraining or handing the question back (rules 29, 32): where the rules found no expert-role or
 * intervention-focus beside a refrain, none shows.
 */
export function refrainedOnly(features: Features, signal: SignalName): boolean {
  return refrainable.has(signal) && refrained(features, signal) && !rulesFound(features, signal);
}

function refrained(features: Features, signal: SignalName): boolean {
  if (signal !== 'working-hard') return cue(features, 'refrain');
  for (let i = 0; i < features.parts.length; i += 2) {
    if (features.parts[i] !== 'sh:' || features.parts[i + 1] !== 'refrain') continue;
    const words = spanWords(features, features.partSpans[i]!, features.partSpans[i + 1]!);
    if (!bareNegations.has(words.toLowerCase().replace(/’/gu, "'"))) return true;
  }
  return false;
}

const coachBehaviour: ReadonlySet<SignalName> = new Set([
  'working-hard',
  'intervention-focus',
  'outcome-responsibility',
]);
const coachWords: ReadonlySet<string> = new Set([
  ...functionWords.coachCells,
  ...functionWords.coachPronouns,
  ...functionWords.coachPossessives,
  ...functionWords.firstPersonSubjects,
]);

/**
 * The coach's own behaviour (rules 30, 31, 36) in a sentence about the coachee that names no coach: where the rules
 * found none, the model's words cannot put the coach there ("She is afraid of saying the wrong thing in meetings",
 * "Ze wil ervoor zorgen dat haar team de deadline haalt"). In the corpus every such signal without a word for the
 * coach stands in a note of the coach's (focus coach).
 */
export function coachAbsent(features: Features, signal: SignalName, focus: Focus): boolean {
  return (
    coachBehaviour.has(signal) &&
    focus === 'coachee' &&
    !rulesFound(features, signal) &&
    !features.tokens.some((token) => coachWords.has(token.norm))
  );
}

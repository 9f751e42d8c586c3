import type { SignalName } from '../types';
import type { Features } from './features';
import { refrainedOnly } from './rules-found-none';

// Where the mechanisms ruled a signal out, the learned layer may not show it though its words lean that way.

// The signal-lexicon classes whose cues can stand for each signal (lexicons/<lang>/signals.json).
// A signal's own class by default; these read others as well.
const cueClasses: Partial<Record<SignalName, readonly string[]>> = {
  'expert-role': ['expert-role', 'expert-ask', 'asks-in-quote', 'advice', 'suggestion'],
  'ungrounded-interpretation': ['interpretation', 'advice'],
};

const coacheeOwn = new Set(['expert-ask', 'asks-in-quote']);
// Signals the model may show only beside a cue of theirs (their rules' words, or the rules' finding itself).
const needsCue: Partial<Record<SignalName, readonly string[]>> = {
  'resistance-framing': ['resistance-framing'],
  'expert-role': cueClasses['expert-role']!,
  // Working hard is told in its own words, by the coachee's search done or the coach's own time given, or by a run of
  // models (rule 30): a product delivered alone is expert-role (rule 32), a model introduced alone is neither.
  'working-hard': ['working-hard', 'search-result', 'own-time'],
};

// A sentence that opens pointing back ("Dat had ik niet moeten doen", "This is seen as …") with no cue of its own
// comments on behaviour told elsewhere (rule 29), or is grounded by what it points at (rule 33).
const pointedAt: ReadonlySet<SignalName> = new Set([
  'working-hard',
  'intervention-focus',
  'expert-role',
  'ungrounded-interpretation',
]);

/**
 * Whether the mechanisms ruled a signal out: its cues all negated, quoted, pointing back at behaviour told elsewhere,
 * frames of an opinion not about the coachee or fears the coachee's word owns, an imperative they took for a note to
 * self, no cue at all in a sentence that points back, or none at all of a signal that needs one (needsCue).
 */
export function ruledOut(features: Features, signal: SignalName): boolean {
  const classes = cueClasses[signal] ?? [signal];
  if (signal === 'expert-role' && coacheesOwnActs(features)) return true;
  if (refrainedOnly(features, signal)) return true;
  // A ground named in the sentence ("die in bijna elke zin doorklonk", "because she said so"), or a pointer that opens
  // it and links it to the observation before ("Dat is weerstand", "That tells me …"): the rules read it grounded
  // (rule 33), and the model may not call it ungrounded.
  if (signal === 'ungrounded-interpretation' && groundedByWords(features)) return true;
  // A cue of the coach's behaviour in someone else's quotation is their words, not the coach's act (rule 27);
  // thanks and asking the coach are the coachee's own, quoted or not.
  const quotedAt = new Set<number>();
  for (let i = 0; i < features.parts.length && signal !== 'appreciation'; i += 2) {
    const atom = features.parts[i + 1]!;
    if (features.parts[i] === 'sh:quoted:' && classes.includes(atom) && !coacheeOwn.has(atom))
      quotedAt.add(features.partSpans[i]!);
  }
  let negated = false;
  let imperative = false;
  let pointerOpens = false;
  const interpreting = signal === 'ungrounded-interpretation';
  for (let i = 0; i < features.parts.length; i += 2) {
    const prefix = features.parts[i];
    const atom = features.parts[i + 1]!;
    // Advice named but not given ("Tips gegeven over mailbeheer") is expert-role alone: nothing to interpret (rule 33).
    const named = prefix === 'sh:named:';
    if (
      (prefix === 'sh:' || (named && !interpreting)) &&
      classes.includes(atom) &&
      !quotedAt.has(features.partSpans[i]!)
    )
      return false;
    if (
      (prefix === 'sh:neg:' ||
        prefix === 'sh:aside:' ||
        prefix === 'sh:back:' ||
        prefix === 'sh:theirs:' ||
        (named && interpreting)) &&
      classes.includes(atom)
    )
      negated = true;
    if (prefix === 'frule:' && atom === 'imperative') imperative = true;
    if (prefix === 'sh:' && atom === 'pointer' && features.partSpans[i] === 0) pointerOpens = true;
  }
  // Resistance framed is the framing words themselves (rule 35), working hard its own words (rule 30): without one of
  // their cues the model may not show them. A run of models needs none: learned() lets its working-hard stand anyway.
  const needed = needsCue[signal];
  if (needed && !features.parts.some((atom, i) => i % 2 === 1 && needed.includes(atom))) return true;
  return (
    negated ||
    quotedAt.size > 0 ||
    (imperative && (signal === 'expert-role' || signal === 'ungrounded-interpretation')) ||
    (pointerOpens && pointedAt.has(signal))
  );
}

/**
 * "He rewrote his CV and sent off two applications": where the rules read a sentence as the coachee's and found no
 * expert-role, the words of giving there are her own acts, not the coach's answers (rule 32); her asking is not.
 */
function coacheesOwnActs(features: Features): boolean {
  let coachees = false;
  for (let i = 0; i < features.parts.length; i += 2) {
    const prefix = features.parts[i];
    const atom = features.parts[i + 1]!;
    if (prefix === 'rf:' && atom === 'coachee') coachees = true;
    if ((prefix === 'rs:' && atom === 'expert-role') || coacheeOwn.has(atom)) return false;
  }
  return coachees;
}

/** A ground the sentence names, or a pointer opening it that links it to the observation before (rule 33). */
function groundedByWords(features: Features): boolean {
  for (let i = 0; i < features.parts.length; i += 2) {
    if (features.parts[i] !== 'sh:') continue;
    const atom = features.parts[i + 1];
    if (atom === 'ground' || (atom === 'pointer' && features.partSpans[i] === 0)) return true;
  }
  return false;
}

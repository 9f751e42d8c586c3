import type { Hit } from './matcher';
import type { SignalInput } from './signals';
import { functionWords } from '../lexicons';

// Refraining words that are only a negation: the coach refrains only when the coach is the one who did not
// ("I didn't" refrains; "when that did not land either" is the model failing, and the coach went on).
const bareNegations = functionWords.bareNegations;
const orWords = functionWords.orCoordinators;
const attentionVerbs = functionWords.attentionVerbs;
const deedDenials = functionWords.deedDenials;
const thingSubjects = functionWords.thingOpeners;

/** Whether the coach holds back in this sentence (rule 29): a refraining cue the coach is the actor of. */
export function refrainsIn(
  hits: readonly Hit[],
  actorAt: SignalInput['actorAt'],
  tokens: readonly { norm: string }[],
): boolean {
  // "whether I should have confronted him or let it go": holding back weighed as one option is no holding back.
  const weighed = (hit: Hit): boolean =>
    tokens.slice(Math.max(0, hit.first - 3), hit.first).some((token) => orWords.has(token.norm));
  // The coachee holding back ("heb je bewust laten liggen") is not the coach refraining; a bare negation that a
  // cue of another signal is made of is that cue's ("I didn't know which intervention to use").
  // "I was tempted to tell him, and I did say it": giving in after it undoes the holding back. "I did not listen
  // properly" is attention missed, no intervention held back (rule 31).
  const missed = (hit: Hit): boolean =>
    bareNegations.has(hit.term) && attentionVerbs.has(tokens[hit.last + 1]?.norm ?? '');
  // "… but it did not land": a thing that did not is no coach holding back.
  const thingDid = (hit: Hit): boolean =>
    bareNegations.has(hit.term) && thingSubjects.has(tokens[hit.first - 1]?.norm ?? '');
  return hits.some(
    (hit) =>
      hit.cls === 'refrain' &&
      actorAt(hit.first) !== 'coachee' &&
      !weighed(hit) &&
      !missed(hit) &&
      !thingDid(hit) &&
      !hits.some(
        (gave) =>
          gave.cls === 'gave-in' && gave.first > hit.last && !deedDenials.has(tokens[gave.last + 1]?.norm ?? ''),
      ) &&
      (!bareNegations.has(hit.term) ||
        (actorAt(hit.first) === 'coach' && !hits.some((cue) => cue.cls !== 'refrain' && cue.first === hit.first))),
  );
}

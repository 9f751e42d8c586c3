import { signalRule } from './signal-rule';
import { functionWords } from '../../lexicons';
import type { SignalInput } from '../../core/signals';
import { firstNamedBefore } from '../../core/signal-guards';

const overcoming = functionWords.overcomingCues;
const passiveAuxiliaries = functionWords.passiveAuxiliaries;

/** Not doing an assignment is framed as resistance to remove rather than a message to explore. */
export default signalRule(
  'resistance-framing',
  { nl: 'weerstand als blokkade', en: 'resistance framing' },
  {
    nl: 'Weerstand als blokkade die weg moet, in plaats van een boodschap om samen te verkennen.',
    en: 'Resistance framed as a blockage to remove, rather than a message to explore together.',
  },
  {
    nl: (cues) =>
      `Je beschrijft het gedrag van de coachee hier als blokkade (${cues}). Wat zou het je kunnen vertellen?`,
    en: (cues) => `You describe the coachee's behaviour as a blockage here (${cues}). What might it be telling you?`,
  },
  {
    nl: 'Welke boodschap zit er in deze weerstand, en hoe kun je die samen met de coachee verkennen?',
    en: 'What message does this resistance carry, and how could you explore it together with the coachee?',
  },
  // A blockage to get past, unless the sentence explores it (rule 34).
  (c) =>
    c.any('explore')
      ? null
      : {
          hits: c.cues('resistance-framing').filter(
            (hit) =>
              (c.input.actorAt(hit.first) !== 'coach' || c.input.focus !== 'coach' || c.any('interpretation')) &&
              // The coachee getting past her own fear is no blockage framed ("She has overcome her fear").
              !(
                overcoming.has(hit.term) &&
                !passive(c.input, hit) &&
                firstNamedBefore(c.input, hit.first) === 'coachee'
              ),
          ),
        },
);

/** "moet eerst doorbroken worden", "has to be overcome": a blockage someone is to get past, not her own act. */
function passive(input: SignalInput, hit: { first: number; last: number }): boolean {
  const near = [input.tokens[hit.first - 1], input.tokens[hit.last + 1]];
  return near.some((token) => token !== undefined && passiveAuxiliaries.has(token.norm));
}

import { signalRule } from './signal-rule';
import { functionWords } from '../../lexicons';
import type { SignalInput } from '../../core/signals';
import { firstNamedBefore, lastNamedBefore } from '../../core/signal-guards';
import { patternBroken } from '../../core/cue-objects';

const overcoming = functionWords.overcomingCues;
const passiveAuxiliaries = functionWords.passiveAuxiliaries;
const coachOwn = new Set([...functionWords.coachPossessives, ...functionWords.coachReflexives]);
const temptations = functionWords.temptations;

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
              // The coach's own reluctance is none; the coach getting past the coachee's is the framing itself.
              (c.input.actorAt(hit.first) !== 'coach' ||
                c.input.focus !== 'coach' ||
                c.any('interpretation') ||
                overcoming.has(hit.term)) &&
              // "my own resistance", "push through my own doubt": the coach's own reluctance (rule 35).
              !(overcoming.has(hit.term)
                ? ownBlock(c.input, hit, 3)
                : ownBlock(c.input, { first: hit.first, last: hit.first - 1 }, 2)) &&
              // Resisting one's own urge is self-control, no blockage ("She resisted the urge to check her email").
              !tempted(c.input, hit) &&
              // "de stilte doorbreken", "break through the pattern": a silence or a habit got past is no blockage.
              !patternBroken(c.input.tokens, hit) &&
              // A third party's resistance is the coachee's situation ("zijn directeur blokkeert elk idee").
              lastNamedBefore(c.input, hit.first) !== 'other' &&
              // The coachee getting past her own fear is no blockage framed ("She has overcome her fear"); the coach
              // named last before the verb gets past it ("His refusal is a wall I have to break through").
              !(
                overcoming.has(hit.term) &&
                !passive(c.input, hit) &&
                firstNamedBefore(c.input, hit.first) === 'coachee' &&
                lastNamedBefore(c.input, hit.last) !== 'coach'
              ),
          ),
        },
);

/** "moet eerst doorbroken worden", "has to be overcome": a blockage someone is to get past, not her own act. */
function passive(input: SignalInput, hit: { first: number; last: number }): boolean {
  const near = [input.tokens[hit.first - 1], input.tokens[hit.last + 1]];
  return near.some((token) => token !== undefined && passiveAuxiliaries.has(token.norm));
}

/**
 * "push through my own resistance", "mijn eigen twijfel overwinnen": the coach's own words within `reach` before the
 * cue or after it (an empty span, last before first, looks before only).
 */
function ownBlock(input: SignalInput, hit: { first: number; last: number }, reach: number): boolean {
  const near = [
    ...input.tokens.slice(Math.max(0, hit.first - reach), hit.first),
    ...(hit.last >= hit.first ? input.tokens.slice(hit.last + 1, hit.last + 1 + reach) : []),
  ];
  return near.some((token) => coachOwn.has(token.norm));
}

/** "resisted the urge", "weerstond de verleiding": what is resisted, within two words, is one's own urge. */
function tempted(input: SignalInput, hit: { last: number }): boolean {
  return input.tokens.slice(hit.last + 1, hit.last + 3).some((token) => temptations.has(token.norm));
}

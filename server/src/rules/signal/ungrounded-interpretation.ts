import { signalRule } from './signal-rule';
import { adviceNamedOnly, isGrounded, jointProposal } from '../../core/signal-guards';
import { frameAside, ordinaryCase, othersView, ownLabel, perfectNotLabel } from '../../core/aside-cues';
import { inAskedQuestion } from '../../core/asked-question';
import type { Hit } from '../../core/matcher';

/** An interpretation, diagnosis or advice about the coachee with nothing named that it rests on. */
export default signalRule(
  'ungrounded-interpretation',
  { nl: 'interpretatie zonder grond', en: 'ungrounded interpretation' },
  {
    nl: 'Een interpretatie, diagnose of advies over de coachee zonder de waarneming, ervaring of waarde waarop die rust.',
    en: 'An interpretation, diagnosis or advice about the coachee without the observation, experience or value it rests on.',
  },
  {
    nl: (cues) => `Een interpretatie of advies zonder onderbouwing (${cues}). Waar baseer je dat op?`,
    en: (cues) => `An interpretation or advice without grounds (${cues}). What do you base it on?`,
  },
  {
    nl: 'Op welke waarneming, interpretatie of waarde rust dit, en heb je dat met de coachee gedeeld?',
    en: 'On which observation, interpretation or value does this rest, and have you shared that with the coachee?',
  },
  // An interpretation or advice without the observation, experience or value it rests on (rule 33).
  (c) => {
    const { input } = c;
    const announcesOnly = /:\s*$/u.test(input.text);
    if (isGrounded(input) || announcesOnly || input.quoted.size >= input.tokens.length / 2) return null;
    // "He asked me what I would cut if I were him": what the coachee asks for is no advice given (rule 33).
    const asks = c.cues('expert-ask').filter((ask) => input.actorAt(ask.first) === 'coachee');
    const advice = c
      .cues('advice')
      .filter(
        (hit) =>
          c.byCoach(hit) &&
          !c.weighed(hit) &&
          !adviceNamedOnly(input.tokens, hit) &&
          !jointProposal(input.tokens, hit) &&
          !inAskedQuestion(input, hit) &&
          !asks.some((ask) => ask.last < hit.first),
      );
    // "She asked whether I think she is cut out for it": a reading inside her ask is what she asks for (rule 33).
    const askedFor = (hit: Hit): boolean =>
      asks.some(
        (ask) => ask.last < hit.first && !input.tokens.slice(ask.last, hit.first).some((t) => /[,;:.]/u.test(t.after)),
      );
    const interpretation = c
      .cues('interpretation')
      .filter(
        (hit) =>
          (input.focus !== 'neutral' || c.byCoach(hit)) &&
          !askedFor(hit) &&
          !frameAside(input, hit) &&
          !perfectNotLabel(input, hit) &&
          !ordinaryCase(input, hit) &&
          !ownLabel(input, hit) &&
          !othersView(input, hit),
      );
    // Under "Hypothesen" or "My impression", a sentence about the coachee is an interpretation whatever its words.
    // Named by its opening words, what it says of the coachee.
    const opening = input.tokens.slice(0, 4).at(-1)!;
    const item =
      input.interpretationItem && input.focus === 'coachee' && !c.refrains
        ? [input.text.slice(input.tokens[0]!.at, opening.at + opening.norm.length)]
        : [];
    if (c.refrains) return { hits: interpretation };
    return { hits: [...advice, ...interpretation], extra: [...c.imperative, ...item] };
  },
);

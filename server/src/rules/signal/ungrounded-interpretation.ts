import { signalRule } from './signal-rule';

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
);

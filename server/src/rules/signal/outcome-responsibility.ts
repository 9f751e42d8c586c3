import { signalRule } from './signal-rule';
import { ifThenJudgement } from '../../core/if-then';
import { worried } from '../../core/aside-cues';
import { wantsOfSession } from '../../core/signal-guards';

/** The coach takes on responsibility for the coachee's result rather than for the effort. */
export default signalRule(
  'outcome-responsibility',
  { nl: 'verantwoordelijk voor het resultaat', en: 'outcome responsibility' },
  {
    nl: 'De coach neemt de verantwoordelijkheid voor het resultaat van de coachee op zich, in plaats van voor de inzet.',
    en: "The coach takes on responsibility for the coachee's result, rather than for the effort.",
  },
  {
    nl: (cues) => `Je neemt hier het resultaat op je (${cues}). Van wie is dit resultaat?`,
    en: (cues) => `You take on the result here (${cues}). Whose result is this?`,
  },
  {
    nl: 'Waar ligt jouw verantwoordelijkheid: bij je inzet in het proces, of bij het resultaat van de coachee?',
    en: "Where does your responsibility lie: in your effort in the process, or in the coachee's result?",
  },
  // The coachee's result as the coach's, unless the sentence is about the coach's part in the process (rule 36).
  (c) =>
    c.any('process')
      ? null
      : {
          hits: c
            .cues('outcome-responsibility')
            .filter(
              (hit) =>
                (c.byCoach(hit) || c.firstPerson(hit)) &&
                !worried(c.input.tokens, hit) &&
                !wantsOfSession(c.input.tokens, hit),
            ),
          // "Als zij haar bevoegdheid kwijtraakt, heb ik het niet goed gedaan": judged by the coachee's result.
          extra: ifThenJudgement(c.input),
        },
);

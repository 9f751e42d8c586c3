import { signalRule } from './signal-rule';
import { ifThenJudgement } from '../../core/if-then';
import { worried } from '../../core/aside-cues';
import { courtesyWish, wantsOfSession } from '../../core/cue-objects';
import type { Hit } from '../../core/matcher';
import { functionWords } from '../../lexicons';
import type { SignalContext } from '../../core/signals';

const commitmentVerbs = functionWords.commitmentVerbs;

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
                !wantsOfSession(c.input.tokens, hit) &&
                !courtesyWish(c.input.tokens, hit) &&
                !promisedProduct(c, hit),
            ),
          // "Als zij haar bevoegdheid kwijtraakt, heb ik het niet goed gedaan": judged by the coachee's result.
          extra: ifThenJudgement(c.input),
        },
);

/**
 * "Ik heb beloofd dat ik haar een voorbeeldmail stuur", "toegezegd dat ze me altijd mag bellen": a promise of the
 * coach's own help, a product or being on call, is expert-role (rule 32), no result of the coachee's.
 */
function promisedProduct(c: SignalContext, hit: Hit): boolean {
  if (!commitmentVerbs.has(c.input.tokens[hit.first]!.norm)) return false;
  return [...c.delivered, ...c.cues('expert-role')].some((cue) => cue.first > hit.last);
}

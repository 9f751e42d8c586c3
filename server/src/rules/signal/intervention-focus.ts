import { signalRule } from './signal-rule';
import { ifThenPlan, weighedMoves } from '../../core/if-then';
import { coacheesFear } from '../../core/signal-guards';

/** The coach is preoccupied with the perfect intervention: if-then plans, fear of a wrong move. */
export default signalRule(
  'intervention-focus',
  { nl: 'interventiefocus', en: 'intervention focus' },
  {
    nl: 'De coach is bezig met de perfecte interventie: als-dan-plannen, twijfel, angst voor een verkeerde zet.',
    en: 'The coach is preoccupied with the perfect intervention: if-then plans, hesitation, fear of a wrong move.',
  },
  {
    nl: (cues) => `Je weegt hier af welke interventie de juiste is (${cues}). Waar was de coachee op dat moment?`,
    en: (cues) =>
      `You are weighing up which intervention is right here (${cues}). Where was the coachee at that moment?`,
  },
  {
    nl: 'Waar was je aandacht: bij de perfecte interventie, of bij wat de coachee op dat moment liet zien?',
    en: 'Where was your attention: on the perfect intervention, or on what the coachee was showing at that moment?',
  },
  // Weighing the right move, or an if-then plan for the coach's next move (rule 31).
  (c) =>
    c.refrains
      ? null
      : {
          hits: c
            .cues('intervention-focus')
            .filter(
              (hit) =>
                (c.coachActs(hit) || (c.input.focus === 'coach' && c.input.actorAt(hit.first) !== 'coachee')) &&
                !coacheesFear(c.input.tokens, hit, (at) => c.input.personAt(at) === 'coachee'),
            ),
          extra: [...ifThenPlan(c.input), ...weighedMoves(c.input)],
        },
);

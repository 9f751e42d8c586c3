import { signalRule } from './signal-rule';

/** The coach is preoccupied with the perfect intervention: if-then plans, fear of a wrong move. */
export default signalRule(
  'intervention-focus',
  {
    nl: 'De coach is bezig met de perfecte interventie: als-dan-plannen, twijfel, angst voor een verkeerde zet.',
    en: 'The coach is preoccupied with the perfect intervention: if-then plans, hesitation, fear of a wrong move.',
  },
  {
    nl: (cues) => `Je bent hier bezig met de juiste interventie (${cues}). Waar was de coachee op dat moment?`,
    en: (cues) => `You are busy with the right intervention here (${cues}). Where was the coachee at that moment?`,
  },
  {
    nl: 'Waar was je aandacht: bij de perfecte interventie, of bij wat de coachee op dat moment liet zien?',
    en: 'Where was your attention: on the perfect intervention, or on what the coachee was showing at that moment?',
  },
);

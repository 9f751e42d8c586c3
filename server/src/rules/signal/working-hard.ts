import { signalRule } from './signal-rule';

/** The coach convinces, explains again, pulls out model after model, or is worn out. */
export default signalRule(
  'working-hard',
  { nl: 'hard werken', en: 'working hard' },
  {
    nl: 'De coach werkt te hard: overtuigen, opnieuw uitleggen, het ene model na het andere, uitgeput raken.',
    en: 'The coach works too hard: convincing, explaining again, one model after another, worn out.',
  },
  {
    nl: (cues) => `Hier werk je hard (${cues}). Wie doet het werk in deze sessie?`,
    en: (cues) => `You are working hard here (${cues}). Who does the work in this session?`,
  },
  {
    nl: 'Wie doet hier het werk: jij of de coachee? Wat zou er gebeuren als jij een stap terug doet?',
    en: 'Who is doing the work here: you or the coachee? What would happen if you took a step back?',
  },
);

import { signalRule } from './signal-rule';
import { homeworkDone } from '../../core/deliverables';

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
  // A cue that names the coach in its own words ("mostly me", "kept me awake") is the coach's, whoever the subject.
  (c) =>
    c.refrains
      ? null
      : {
          hits: [
            ...c.cues('working-hard').filter((hit) => (c.coachActs(hit) || c.firstPerson(hit)) && !c.weighed(hit)),
            ...homeworkDone(c.delivered, c.input.hits),
          ],
        },
);

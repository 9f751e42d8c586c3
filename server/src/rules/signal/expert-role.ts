import { signalRule } from './signal-rule';

/** The coach gives advice, tips or solutions, or the coachee asks the coach what to do. */
export default signalRule(
  'expert-role',
  { nl: 'expertrol', en: 'expert role' },
  {
    nl: 'De coach in de expertrol: advies, tips, antwoorden of kant-en-klare oplossingen; de coachee vraagt wat te doen.',
    en: 'The coach in the expert role: advice, tips, answers or ready-made solutions; the coachee asks what to do.',
  },
  {
    nl: (cues) =>
      `Je geeft hier advies of antwoorden, of de coachee vraagt je erom (${cues}). Wat vond de coachee zelf?`,
    en: (cues) =>
      `You give advice or answers here, or the coachee asks you for them (${cues}). What did the coachee find?`,
  },
  {
    nl: 'Wat zegt dit over jouw geloof in het zelfoplossende vermogen van de coachee?',
    en: "What does this say about your belief in the coachee's ability to find their own solutions?",
  },
);

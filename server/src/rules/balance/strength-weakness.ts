import { balanceRule } from './balance-rule';

/** The report gives far more words to the coachee's problems than to their potential. */
export default balanceRule(
  'balance/strength-weakness',
  { share: 'strengthShare', counted: (b) => b.strengthWords + b.weaknessWords, heavy: (s) => s.valence === 'weakness' },
  {
    nl: 'Het verslag is probleemgericht: veel meer woorden over vragen, problemen en leerpunten dan over kwaliteiten en oplossingen van de coachee.',
    en: "The report is problem-oriented: far more words on questions, problems and learning points than on the coachee's qualities and solutions.",
  },
  {
    nl: (cues, v) =>
      `${v.heading ? `“${v.heading}” is probleemgericht` : 'Probleemgericht'}: ${v.share} van de woorden over sterktes en zwaktes gaat over sterktes (drempel ${v.threshold}; ${v.sure}); het zwaarst wegen ${cues}.`,
    en: (cues, v) =>
      `${v.heading ? `“${v.heading}” is problem-oriented` : 'Problem-oriented'}: ${v.share} of the words on strengths and weaknesses are about strengths (threshold ${v.threshold}; ${v.sure}); weighing most: ${cues}.`,
  },
  {
    nl: 'Welke kwaliteiten, oplossingen en stappen van de coachee heb je gezien, en waar staan die in dit verslag?',
    en: "Which of the coachee's qualities, solutions and steps did you see, and where are they in this report?",
  },
);

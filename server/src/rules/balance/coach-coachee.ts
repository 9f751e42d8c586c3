import { balanceRule } from './balance-rule';

/** The report is more about the coach's interventions than about what the coachee did. */
export default balanceRule(
  'balance/coach-coachee',
  { share: 'coacheeShare', counted: (b) => b.coachWords + b.coacheeWords, heavy: (s) => s.focus === 'coach' },
  {
    nl: 'Het verslag gaat vooral over de coach: interventies, modellen, adviezen en gevoelens, meer dan over wat de coachee deed.',
    en: 'The report is mostly about the coach: interventions, models, advice and feelings, more than what the coachee did.',
  },
  {
    nl: (cues, v) =>
      `${v.heading ? `“${v.heading}”: weinig aandacht voor de coachee` : 'Weinig aandacht voor de coachee'}: ${v.share} van de woorden gaat over wat de coachee deed (drempel ${v.threshold}; ${v.sure}); het zwaarst wegen ${cues}.`,
    en: (cues, v) =>
      `${v.heading ? `“${v.heading}”: little on the coachee` : 'Little on the coachee'}: ${v.share} of the words are about what the coachee did (threshold ${v.threshold}; ${v.sure}); weighing most: ${cues}.`,
  },
  {
    nl: 'Wat heeft de coachee zelf gedaan, besloten en ontdekt, en staat dat in dit verslag?',
    en: 'What did the coachee do, decide and discover themselves, and is that in this report?',
  },
);

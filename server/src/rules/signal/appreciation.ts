import { signalRule } from './signal-rule';

/** The coachee praises or thanks the coach without a word on what they did themselves. */
export default signalRule(
  'appreciation',
  { nl: 'waardering', en: 'appreciation' },
  {
    nl: 'De coachee overlaadt de coach met waardering, zonder te noemen wat hij of zij zelf deed.',
    en: 'The coachee showers the coach with appreciation, without naming what they did themselves.',
  },
  {
    nl: (cues) => `De waardering gaat hier naar jou (${cues}). Wat deed de coachee er zelf mee?`,
    en: (cues) => `The credit goes to you here (${cues}). What did the coachee do with it?`,
  },
  {
    nl: 'Wat heeft de coachee zelf gedaan met wat je aanreikte, en hoe leg je de eer daar terug?',
    en: 'What did the coachee do with what you offered, and how can you hand the credit back?',
  },
);

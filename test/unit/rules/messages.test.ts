import assert from 'node:assert/strict';
import { rules } from '../../../server/src/rules';

// What a coach reads in each signal's diagnostic, pinned in both languages: it speaks to the coach as
// "je"/"you", as the reflection questions do (issue 19), and names the cue words it was given.
const expected: Record<string, { nl: string; en: string }> = {
  'signal/appreciation': {
    nl: 'De waardering gaat hier naar jou (“x”). Wat deed de coachee er zelf mee?',
    en: 'The credit goes to you here (“x”). What did the coachee do with it?',
  },
  'signal/expert-role': {
    nl: 'Je geeft hier advies of antwoorden, of de coachee vraagt je erom (“x”). Wat vond de coachee zelf?',
    en: 'You give advice or answers here, or the coachee asks you for them (“x”). What did the coachee find?',
  },
  'signal/intervention-focus': {
    nl: 'Je weegt hier af welke interventie de juiste is (“x”). Waar was de coachee op dat moment?',
    en: 'You are weighing up which intervention is right here (“x”). Where was the coachee at that moment?',
  },
  'signal/outcome-responsibility': {
    nl: 'Je neemt hier het resultaat op je (“x”). Van wie is dit resultaat?',
    en: 'You take on the result here (“x”). Whose result is this?',
  },
  'signal/resistance-framing': {
    nl: 'Je beschrijft het gedrag van de coachee hier als blokkade (“x”). Wat zou het je kunnen vertellen?',
    en: "You describe the coachee's behaviour as a blockage here (“x”). What might it be telling you?",
  },
  'signal/ungrounded-interpretation': {
    nl: 'Een interpretatie of advies zonder onderbouwing (“x”). Waar baseer je dat op?',
    en: 'An interpretation or advice without grounds (“x”). What do you base it on?',
  },
  'signal/working-hard': {
    nl: 'Hier werk je hard (“x”). Wie doet het werk in deze sessie?',
    en: 'You are working hard here (“x”). Who does the work in this session?',
  },
};

describe('what each signal tells the coach', () => {
  it('is pinned in Dutch and English for every signal rule', () => {
    const signals = rules.filter((rule) => rule.kind === 'signal');
    assert.deepEqual(signals.map((rule) => rule.id).sort(), Object.keys(expected).sort());
    for (const rule of signals) {
      assert.equal(rule.messages.nl('“x”', {}), expected[rule.id]!.nl, rule.id);
      assert.equal(rule.messages.en('“x”', {}), expected[rule.id]!.en, rule.id);
    }
  });
  it('heads a balance with what it measures', () => {
    const coachCoachee = rules.find((rule) => rule.id === 'balance/coach-coachee')!;
    const values = { share: '17%', threshold: '50%', heading: '', sure: 'vrij zeker' };
    assert.match(
      coachCoachee.messages.nl('“x”', values),
      /^Weinig aandacht voor de coachee: 17% van de woorden gaat over wat de coachee deed \(drempel 50%/u,
    );
    assert.match(
      coachCoachee.messages.en('“x”', { ...values, sure: 'fairly sure' }),
      /^Little on the coachee: 17% of the words are about what the coachee did/u,
    );
  });
});

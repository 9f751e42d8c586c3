// The coach's question on a dialogue line is about what it asks; a difficulty named by its noun ("difficulty with",
// "moeite met") or an obstacle ("what keeps her from") turns the quality after it; "insufficiently", "onvoldoende"
// deny the quality they qualify; a word of advice that names a service is nobody's advice.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('the coach’s question on a dialogue line', () => {
  it('takes the valence of what it asks, as a question written in unlabelled (rules 7, 27)', () => {
    for (const text of [
      inEnglish('Coach: What went well this week?'),
      inEnglish('Coach: When did you last handle something like this well?'),
      'Coach: Wat ging er goed deze week?',
      'Coach: Hoe heb je dat toen opgelost?',
    ]) {
      const label = ruleLabel(text);
      assert.equal(label.valence, 'strength', text);
      assert.equal(label.focus, 'coach', text);
    }
    assert.equal(ruleLabel(inEnglish('Coach: What makes it so hard?')).valence, 'weakness');
  });

  it('gives advice where it tells the coachee what to do (rule 32)', () => {
    assert.ok(ruleLabel('Coach: Misschien moet je hem gewoon een mail sturen.').signals.includes('expert-role'));
    assert.ok(ruleLabel(inEnglish('Coach: Maybe you should just send him an email.')).signals.includes('expert-role'));
  });
});

describe('a difficulty named by its noun, or an obstacle before an act', () => {
  it('makes the quality after it one the coachee lacks, a problem (rule 8)', () => {
    for (const text of [
      inEnglish('The coachee reports ongoing difficulty with prioritising.'),
      inEnglish('She has trouble with delegating.'),
      'Coachee geeft aan nog steeds problemen met plannen te hebben.',
      'Wat houdt je tegen om het aan te kaarten?',
    ])
      assert.equal(ruleLabel(text).valence, 'weakness', text);
  });

  it('does not where the difficulty is denied', () => {
    assert.equal(ruleLabel(inEnglish('She no longer has any difficulty with delegating.')).valence, 'strength');
  });
});

describe('a quality said to fall short', () => {
  it('is a problem, and in the coach’s assessment an interpretation (rules 10, 33)', () => {
    const label = ruleLabel(inEnglish('The coach considers the coachee insufficiently assertive.'));
    assert.equal(label.valence, 'weakness');
    assert.equal(label.focus, 'coach');
    assert.ok(label.signals.includes('ungrounded-interpretation'));
    assert.ok(
      ruleLabel('De coach acht haar houding onvoldoende professioneel.').signals.includes('ungrounded-interpretation'),
    );
  });
});

describe('a word of advice that names a service', () => {
  it('is nobody’s advice: logistics stay neutral (rules 6, 32)', () => {
    const label = ruleLabel(inEnglish('Next appointment at the advice centre on Thursday.'));
    assert.deepEqual(label.signals, []);
    assert.notEqual(label.focus, 'coach');
    assert.ok(ruleLabel(inEnglish('I gave him advice on his budget.')).signals.includes('expert-role'));
  });
});

describe('words by meaning', () => {
  it('read willpower, comfort eating and refusing school as the coachee’s matter', () => {
    for (const [text, valence] of [
      [inEnglish('She says she has no willpower.'), 'weakness'],
      ['Ze zegt dat ze geen wilskracht heeft.', 'weakness'],
      [inEnglish('He showed real willpower this week.'), 'strength'],
      [inEnglish('Based on what she described, I think she eats to comfort herself.'), 'weakness'],
      ['Op basis van wat ze vertelde, denk ik dat ze eet om zichzelf te troosten.', 'weakness'],
      [inEnglish('Their youngest has been refusing to go to school since the autumn holiday.'), 'weakness'],
      ['Hun jongste weigert sinds de herfstvakantie naar school te gaan.', 'weakness'],
      [inEnglish('The mother is clearly overprotective.'), 'weakness'],
      ['De vader is erg overbeschermend.', 'weakness'],
      [inEnglish('She handled it well.'), 'strength'],
      ['Ze heeft het goed aangepakt.', 'strength'],
    ] as const)
      assert.equal(ruleLabel(text).valence, valence, text);
  });
});

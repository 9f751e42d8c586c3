import assert from 'node:assert/strict';
// What the coach tells the coachee about her is the reading itself, not its ground (rule 33); advice only named
// announces it (expert-role alone); asking what the coach thinks of it is asking for a verdict (rules 15, 32).
import { ruleLabel, inEnglish } from '../../helpers';

const signals = (sentence: string): string[] => ruleLabel(sentence).signals;

describe('a reading the coach says out loud', () => {
  it('is an ungrounded interpretation, in both languages', () => {
    for (const sentence of [
      'Ik zei tegen haar dat ze duidelijk last heeft van faalangst.',
      inEnglish('I told her that she is a perfectionist.'),
      inEnglish('I began to wonder whether he was simply lazy.'),
    ])
      assert.ok(signals(sentence).includes('ungrounded-interpretation'), sentence);
  });
  it('is none when the coachee says it of herself, or the coach names the ground', () => {
    for (const sentence of [
      'Ze zei dat ze faalangst heeft.',
      inEnglish('She said she is a perfectionist.'),
      'Ik zei dat ze een perfectionist is, omdat ze alles drie keer nakijkt.',
    ])
      assert.deepEqual(signals(sentence), [], sentence);
  });
  it('is deliberation, not interpretation, when the coach wonders about their own next step', () => {
    assert.deepEqual(signals(inEnglish('I wondered if I should bring in a values exercise.')), ['intervention-focus']);
  });
});

describe('advice only named', () => {
  it('is expert-role alone', () => {
    for (const sentence of [
      'Ik heb hem tips gegeven.',
      inEnglish('I gave him suggestions.'),
      inEnglish('For weeks I gave him suggestions, and for weeks he did nothing with them.'),
    ])
      assert.deepEqual(signals(sentence), ['expert-role'], sentence);
    assert.equal(
      ruleLabel(inEnglish('For weeks I gave him suggestions, and for weeks he did nothing with them.')).valence,
      'weakness',
    );
  });
  it('still needs its ground when it says what to do', () => {
    assert.deepEqual(signals('Ik heb hem tips gegeven om eerder naar bed te gaan.'), [
      'expert-role',
      'ungrounded-interpretation',
    ]);
  });
});

describe('asking what the coach thinks', () => {
  it('is asking for a verdict: a problem, with expert-role', () => {
    for (const sentence of [
      'Een andere cliënt, Sabine, wilde vooral weten wat ik ervan vond.',
      inEnglish('She wanted my opinion on her cover letter.'),
    ]) {
      const found = ruleLabel(sentence);
      assert.equal(found.valence, 'weakness', sentence);
      assert.deepEqual(found.signals, ['expert-role'], sentence);
    }
  });
});

describe('the coach naming it resistance', () => {
  it('is resistance framing, in both languages', () => {
    for (const sentence of [
      inEnglish('When she again had not written her reflection, I called it resistance.'),
      'Toen hij de opdracht weer niet had gedaan, noemde ik het weerstand.',
    ])
      assert.ok(signals(sentence).includes('resistance-framing'), sentence);
  });
});

describe('telling the coachee what she needs to do', () => {
  it('is advice: expert-role, and ungrounded without its ground', () => {
    assert.deepEqual(signals(inEnglish('I told her she needed to set clearer boundaries with her boss.')), [
      'expert-role',
      'ungrounded-interpretation',
    ]);
  });
});

describe('working hard in other words', () => {
  it('is preparing at length, arguing for an option and doing the coachee’s writing', () => {
    for (const sentence of [
      inEnglish('I spent the whole evening before the session preparing three different exercises.'),
      inEnglish('I found myself arguing for the job offer.'),
      inEnglish('I ended up writing her LinkedIn summary myself.'),
      'Ik heb de avond voor de sessie uren zitten voorbereiden.',
      'Ik merkte dat ik hem probeerde over te halen om de baan aan te nemen.',
      'Uiteindelijk heb ik haar motivatiebrief zelf herschreven.',
    ])
      assert.ok(signals(sentence).includes('working-hard'), sentence);
  });
});

describe('asking the coach to decide', () => {
  it('is expert-role, and a compliment of the coach’s model is appreciation', () => {
    assert.deepEqual(signals(inEnglish('She wanted me to tell her which offer to take.')), ['expert-role']);
    assert.deepEqual(signals('Ze wilde dat ik zou zeggen welk aanbod ze moest kiezen.'), ['expert-role']);
    assert.deepEqual(signals('Ze noemde mijn model een redding.'), ['appreciation']);
  });
});

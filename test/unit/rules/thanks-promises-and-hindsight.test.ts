import assert from 'node:assert/strict';
// Praise of the session in other words is appreciation unless it names what the coachee did with it (rule 34); a
// promise to the coachee's manager is outcome-responsibility (36); "had I asked …" weighs an intervention in
// hindsight (31).
import { ruleLabel } from '../../helpers';

const signals = (sentence: string): string[] => ruleLabel(sentence).signals;

describe('praise of the session', () => {
  it('is appreciation when it names nothing the coachee did, in both languages', () => {
    for (const sentence of [
      'She said the session had been really valuable.',
      'Ze vond het een fijn gesprek.',
      'Hij gaf aan dat hij veel aan de vorige sessie had gehad.',
      'Hij zei dat hij veel had aan mijn vragen.',
    ])
      assert.deepEqual(signals(sentence), ['appreciation'], sentence);
  });
  it('is none when it names what the exercise helped the coachee do', () => {
    assert.deepEqual(signals('She said the exercise helped her to stay calm when her manager raised his voice.'), []);
    assert.deepEqual(signals('Hij zei dat de oefening hem had geholpen om rustiger te reageren op zijn team.'), []);
  });
});

describe('others thanking the coachee', () => {
  it('is recognition of the coachee, a strength (rule 17)', () => {
    assert.equal(ruleLabel('Her manager thanked her for the report.').valence, 'strength');
    assert.equal(ruleLabel('Zijn teamleider bedankte hem voor de planning.').valence, 'strength');
  });
});

describe('a promise to the coachee’s manager', () => {
  it('is outcome-responsibility', () => {
    assert.deepEqual(signals('I have told her manager she will be ready by March.'), ['outcome-responsibility']);
    assert.deepEqual(signals('Ik heb zijn leidinggevende verzekerd dat hij in maart klaar is.'), [
      'outcome-responsibility',
    ]);
  });
});

describe('an intervention weighed in hindsight', () => {
  it('is intervention-focus for the coach, not for the coachee’s own hindsight', () => {
    assert.ok(
      signals('Had I asked about her father earlier, she might have opened up sooner.').includes('intervention-focus'),
    );
    assert.ok(
      signals('Als ik eerder had doorgevraagd, was ze misschien opener geweest.').includes('intervention-focus'),
    );
    assert.deepEqual(signals('She said that if she had asked for help earlier, she would have coped.'), []);
    assert.deepEqual(signals('Achteraf had ik die oefening misschien beter kunnen bewaren.'), ['intervention-focus']);
  });
});

describe('praise of a conversation with someone else', () => {
  it('is no appreciation of the coach, but the coachee’s satisfaction (rule 34)', () => {
    assert.deepEqual(signals('Ze is content met hoe het gesprek met haar diensthoofd verliep.'), []);
    assert.equal(ruleLabel('Ze is content met hoe het gesprek met haar diensthoofd verliep.').valence, 'strength');
    assert.deepEqual(signals('Ze was heel tevreden over het gesprek met mij.'), ['appreciation']);
  });
});

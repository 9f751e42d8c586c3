import assert from 'node:assert/strict';
// The topic for today names an agenda item, neutral by kind (rule 6); using the session for something is the question
// the coachee brings (rule 13); a job held is description; "a typical working day" puts no label on anyone (rule 33);
// a toll taken is a problem, time won back a strength (rules 11, 17).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('what a session is for', () => {
  it('named as today’s topic is an agenda item', () => {
    for (const sentence of [
      'The topic for today was the upcoming reorganisation.',
      'Het onderwerp van vandaag was de aankomende reorganisatie.',
    ])
      assert.deepEqual([ruleLabel(sentence).valence, ruleLabel(sentence).focus], ['neutral', 'neutral'], sentence);
  });
  it('asked for by the coachee is her question', () => {
    assertRuleLabels(
      [
        'He would like to use the session to prepare his annual review.',
        'Hij wil de sessie gebruiken om zijn jaargesprek voor te bereiden.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('plain description', () => {
  it('of a job held is neutral', () => {
    assertRuleLabels(['She has been working at the bank for eleven years.'], 'valence', 'neutral');
  });
  it('of an ordinary day is no interpretation', () => {
    for (const sentence of [
      'I asked her to describe a typical working day.',
      'Ik vroeg haar een typische werkdag te beschrijven.',
    ])
      assert.deepEqual(ruleLabel(sentence).signals, [], sentence);
  });
});

describe('everyday words of strain and relief', () => {
  it('a toll taken is a problem, evenings won back a strength, an extension asked for no procrastination', () => {
    assertRuleLabels(
      ['Her son’s behaviour at school is taking its toll on her.', 'Het gedrag van haar zoon op school eist zijn tol.'],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      [
        'He hired a bookkeeper and now has his evenings back.',
        'Hij heeft een boekhouder in de arm genomen en heeft zijn avonden terug.',
        'Hij heeft zijn begeleider zelf gemaild om uitstel te vragen.',
      ],
      'valence',
      'strength',
    );
  });
});

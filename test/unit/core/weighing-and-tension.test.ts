// The coach weighing what to do, unsure, or tense in other words (rules 29-31, 36).
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

function signalsOf(text: string): string[] {
  return ruleLabel(text).signals;
}

describe('weighing and tension', () => {
  it('letting it go weighed as one option is deliberation, not holding back (rule 31)', () => {
    for (const text of [
      inEnglish('I am still not sure whether I should have confronted him or let it go.'),
      'Ik weet nog steeds niet of ik hem had moeten confronteren of het had moeten laten gaan.',
    ])
      assert.deepEqual(signalsOf(text), ['intervention-focus'], text);
    assert.deepEqual(signalsOf(inEnglish('I felt the urge to confront him, but I let it go.')), []);
  });
  it('sweating through the hour is the coach’s tension (rule 30); the coachee sweating is hers', () => {
    for (const text of [
      inEnglish('I was sweating by the end of the hour.'),
      'Ik zat aan het eind van het uur te zweten.',
    ])
      assert.deepEqual(signalsOf(text), ['working-hard'], text);
    assert.deepEqual(signalsOf(inEnglish('She was sweating before the presentation.')), []);
  });
  it('not resting until the coachee has a result is outcome-responsibility (rule 36)', () => {
    for (const text of [
      inEnglish('I will not rest until she has found a new job.'),
      'Ik rust niet voordat ze een nieuwe baan heeft.',
      inEnglish('I feel I have to show the organisation results after six sessions.'),
      'Ik heb het gevoel dat ik de organisatie na zes sessies resultaat moet laten zien.',
    ])
      assert.deepEqual(signalsOf(text), ['outcome-responsibility'], text);
  });
  it('an if-then plan whose condition holds a perfect is the plan, not a judgement of the coach (rules 31, 36)', () => {
    assert.deepEqual(
      signalsOf(
        'Als ze terugkomt zonder het gedaan te hebben, gebruik ik de wondervraag; als ze het wel deed, vraag ik wat hielp.',
      ),
      ['intervention-focus'],
    );
    assert.deepEqual(signalsOf('Als zij haar bevoegdheid kwijtraakt, heb ik het niet goed gedaan.'), [
      'outcome-responsibility',
    ]);
  });
});

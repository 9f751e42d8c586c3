// A state or quality of a person called evident ("clearly", "duidelijk") is an interpretation; an inflected
// participle qualifies only the noun after it; reminding again and again is working hard; wanting to get the exercise
// right is intervention-focus; what works well, and seeing the point, are strengths.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('a state or quality called evident', () => {
  it('is an interpretation when said of a person (rule 33)', () => {
    for (const text of [
      inEnglish('He is clearly insecure.'),
      inEnglish('She is obviously a perfectionist.'),
      'Ze is duidelijk conflictvermijdend.',
      'Zijn moeder is kennelijk overbezorgd.',
    ])
      assert.ok(ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });

  it('is not where "duidelijk" is the quality itself, nor where a behaviour named as subject grounds it', () => {
    for (const text of [
      'Ze is duidelijk en direct in haar communicatie.',
      'Haar weigering om de nieuwe aanpak te proberen is duidelijk weerstand.',
      'Wel is duidelijk dat de beslissende stappen door betrokkene zelf zijn gezet.',
    ])
      assert.ok(!ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });
});

describe('an inflected participle before its noun', () => {
  it('qualifies that noun only, not what follows it (rule 10)', () => {
    assert.equal(ruleLabel('Hij gaat het gesprek over de gemiste deadlines uit de weg.').valence, 'weakness');
  });
});

describe('the coach’s own effort in other words', () => {
  it('is working hard when reminding again and again, intervention-focus when set on getting it right', () => {
    assert.ok(
      ruleLabel(inEnglish('I reminded him three times this week to send in his assignment.')).signals.includes(
        'working-hard',
      ),
    );
    assert.ok(
      ruleLabel('Ik heb hem deze week drie keer herinnerd aan het inleveren van zijn opdracht.').signals.includes(
        'working-hard',
      ),
    );
    assert.ok(
      ruleLabel(inEnglish('I was so focused on getting the exercise right that I lost track of her.')).signals.includes(
        'intervention-focus',
      ),
    );
    assert.ok(
      ruleLabel('Ik was zo gefocust op het goed uitvoeren van de oefening dat ik haar kwijtraakte.').signals.includes(
        'intervention-focus',
      ),
    );
  });

  it('is advice where the coach recommends in Dutch (rule 32)', () => {
    assert.ok(
      ruleLabel('Ik heb haar aanbevolen wekelijkse één-op-ééngesprekken te houden.').signals.includes('expert-role'),
    );
  });
});

describe('strengths by meaning', () => {
  it('reads what works well, and the point seen or not', () => {
    assert.equal(
      ruleLabel(inEnglish('I asked each team member to name one thing that works well.')).valence,
      'strength',
    );
    assert.equal(ruleLabel('Ze ziet het nut van school niet in.').valence, 'weakness');
    assert.equal(ruleLabel('Inmiddels ziet ze het nut van de planning.').valence, 'strength');
  });
});

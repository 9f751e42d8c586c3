// A Dutch subject after a long opening phrase (rule 18); an object before a preposition is no possessive (rule 8);
// a rejection a thing makes is suffered (rule 17); what follows from a problem is no coping (rule 9); the coach
// writing the coachee's message, promising her result, being praised (rules 32, 34, 36).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a Dutch subject after a long opening phrase', () => {
  it('is the pronoun right after the finite verb', () => {
    for (const text of ['Aan het eind van het gesprek was ik uitgeput.', 'Aan het eind van het uur was ik uitgeput.']) {
      const sentence = ruleLabel(text);
      assert.deepEqual([sentence.valence, sentence.focus, sentence.signals], ['neutral', 'coach', ['working-hard']]);
    }
    assertRuleLabels(
      ['De opdracht om vijf oud-collega’s te bellen heeft hij ook deze keer niet uitgevoerd.'],
      'focus',
      'coachee',
    );
  });
});

describe('the coachee as object before a preposition', () => {
  it('is no possessive that makes the coach’s act hers', () => {
    const sentence = ruleLabel(
      'Ik betrapte mezelf erop dat ik haar voor de derde keer richting die baan in Amsterdam duwde.',
    );
    assert.deepEqual([sentence.valence, sentence.signals], ['neutral', ['working-hard']]);
    assertRuleLabels(['Ze kwam voor de derde keer te laat.'], 'valence', 'weakness');
  });
});

describe('a rejection', () => {
  it('made by a thing or suffered is a setback, made by the coachee a boundary', () => {
    assertRuleLabels(
      [
        inEnglish('The gallery turned down her portfolio.'),
        inEnglish('The bank declined his loan application.'),
        'De galerie heeft haar portfolio afgewezen.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      [inEnglish('She turned down the extra project.'), 'Twee verzoeken heeft ze afgewezen.'],
      'valence',
      'strength',
    );
  });
});

describe('what follows from a problem', () => {
  it('is no way of dealing with it, where "but" still turns', () => {
    assertRuleLabels(
      [
        inEnglish('His engineering degree is not recognised here, so he works in a warehouse.'),
        'Zijn ingenieursdiploma wordt hier niet erkend, dus werkt hij in een magazijn.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels([inEnglish('She was nervous, but she gave the talk.')], 'valence', 'strength');
    // "gestopt met" stops what follows it, not her own initiative before it.
    assertRuleLabels(['Ze is op eigen initiatief gestopt met de slaappillen.'], 'valence', 'strength');
    assertRuleLabels(
      ['Hij speelde zijn eigen nummers op een open podium, terwijl hij daar vooraf doodsbang voor was.'],
      'valence',
      'strength',
    );
  });
});

describe('the coach’s part in other words', () => {
  it('hears writing her message, promising her result and being praised', () => {
    assert.ok(ruleLabel('Ik heb de mail aan haar huisbaas voor haar opgesteld.').signals.includes('expert-role'));
    assert.deepEqual(ruleLabel(inEnglish('I told her mother I would get her through the exams.')).signals, [
      'outcome-responsibility',
    ]);
    assert.deepEqual(ruleLabel('Ze zei dat ik de beste coach ben die ze ooit heeft gehad.').signals, ['appreciation']);
    assert.deepEqual(ruleLabel('Ze haalde de beste score van haar klas.').signals, []);
  });
});

describe('work and relations in other words', () => {
  it('hears an icy atmosphere, disagreement and avoidance as problems, a sale and an exam passed as strengths', () => {
    assertRuleLabels(
      [
        inEnglish('The atmosphere in her team has been icy since the vote.'),
        'Zij en haar compagnon zijn het over bijna elke aanname oneens.',
        'Hij mijdt de kantine omdat zijn oud-leidinggevende daar eet.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      [
        inEnglish('She sold three pieces at the open studio weekend.'),
        inEnglish('She passed her B1 Dutch exam on the first attempt.'),
      ],
      'valence',
      'strength',
    );
  });
});

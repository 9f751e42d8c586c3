// Dutch V2 order puts the subject inside a term ("moet zij leren", "vroeg ze mij"); what befalls a good thing decides
// (rule 9); a thing's doing is no act of the coachee's (rule 7); a time clause does not decide beside a main clause
// (rule 9); a coach's feeling after a condition is no planned intervention (rule 31); the coachee's aches in her notes
// are hers (rule 25).
import * as assert from 'node:assert/strict';
import { Matcher } from '../../../server/src/core/matcher';
import { tokenize } from '../../../server/src/core/words';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

const signalsOf = (text: string): string[] => ruleLabel(text).signals;

describe('a Dutch subject inverted after a term’s first word', () => {
  const matcher = new Matcher('nl', { goal: ['moet leren'], ask: ['vroeg mij'] });
  const terms = (text: string): string[] => matcher.find(tokenize(text, 'nl')).map((hit) => hit.term);

  it('stands inside the term after something put first', () => {
    assert.deepEqual(terms('Daarom moet hij leren nee te zeggen.'), ['moet leren']);
    assert.deepEqual(terms('Daarna vroeg ze mij om de tekst te herschrijven.'), ['vroeg mij']);
    assert.deepEqual(terms('Ze is te bescheiden en moet zij leren haar successen te benoemen.'), ['moet leren']);
  });

  it('is not the coach, nor an object after "en" or at the start', () => {
    assert.deepEqual(terms('Toen vroeg ik mij af of het werkt.'), []);
    assert.deepEqual(terms('Ik heb erover nagedacht en moet je leren kennen.'), []);
    assert.deepEqual(terms('Moet hij leren?'), []);
  });

  it('makes the learning point and the ask to the coach', () => {
    assert.equal(
      ruleLabel('Volgens de coach is cliënte te bescheiden en moet zij leren haar successen te benoemen.').valence,
      'weakness',
    );
    const asked = ruleLabel('Bij de eerste brief vroeg zij de coach om de tekst volledig te herschrijven.');
    assert.deepEqual([asked.valence, asked.focus, asked.signals], ['weakness', 'coachee', ['expert-role']]);
    assert.equal(ruleLabel('Daarna vroeg ze of ik haar brief wil nalopen, en dat heb ik toegezegd.').focus, 'neutral');
  });
});

describe('what befalls a good thing', () => {
  it('decides, not the thing', () => {
    assertRuleLabels(
      [
        inEnglish('Her ideas are dismissed.'),
        inEnglish('Leah said she feels her ideas are dismissed before she has finished explaining them.'),
        inEnglish('Her confidence was shaken.'),
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a verb of doing', () => {
  it('with a thing as its subject is no act of the coachee’s', () => {
    assert.equal(
      ruleLabel(inEnglish('He spotted on his own that the trouble started when he turned his back to help one group.'))
        .valence,
      'weakness',
    );
    assert.equal(ruleLabel(inEnglish('The session started late.')).valence, 'neutral');
    assert.equal(ruleLabel(inEnglish('She started her own business.')).valence, 'strength');
  });
});

describe('a condition before the coach’s feeling', () => {
  it('plans no intervention', () => {
    for (const text of [
      inEnglish('If he doesn’t pass this placement, I will feel I have let him down.'),
      'Als ze terugvallen, voel ik me verantwoordelijk.',
    ])
      assert.ok(!signalsOf(text).includes('intervention-focus'), text);
    assert.deepEqual(signalsOf('Als ze weer zonder oefening komt, doe ik hem ter plekke met haar.'), [
      'intervention-focus',
    ]);
  });
});

describe('aches in a note without a subject', () => {
  it('are the coachee’s, the coach’s after the session', () => {
    const note = ruleLabel('- Nog steeds hoofdpijn na schermwerk');
    assert.deepEqual([note.valence, note.focus, note.signals], ['weakness', 'coachee', []]);
    assert.deepEqual(signalsOf('Na de sessie hoofdpijn.'), ['working-hard']);
  });
});

describe('the coach delivering a new version', () => {
  it('is expert-role', () => {
    assert.deepEqual(signalsOf('De coach heeft daarop een nieuwe versie van de brief aangeleverd.'), ['expert-role']);
    assert.deepEqual(signalsOf(inEnglish('The coach delivered a new version of her plan.')), ['expert-role']);
  });
});

describe('asking', () => {
  it('someone else whether is no question the coachee brings (rule 13)', () => {
    for (const text of [
      'Hij belt de bakker om te vragen of er nog een proefdag mogelijk is.',
      'Ze belde een oud-collega om te vragen hoe diens overstap is verlopen.',
    ])
      assert.notEqual(ruleLabel(text).valence, 'weakness', text);
  });

  it('for help is a strength, not asking a weakness (rule 10)', () => {
    assert.equal(ruleLabel(inEnglish('She asks her team for help.')).valence, 'strength');
    assert.equal(ruleLabel(inEnglish('She has not asked any of them for help.')).valence, 'weakness');
    assert.equal(ruleLabel('Hij vraagt zijn collega om hulp.').valence, 'strength');
  });
});

describe('a label of what the coach saw', () => {
  it('hands focus on to what follows (rules 19, 21)', () => {
    assertRuleLabels(
      [
        inEnglish('My observation: He spoke calmly and clearly about the production incident.'),
        'Mijn observatie: ze sprak rustig over het incident.',
      ],
      'focus',
      'coachee',
    );
  });
});

describe('seeing someone as something inside the coach’s reading', () => {
  it('is what the reading says, no ground for it (rule 33)', () => {
    assert.deepEqual(signalsOf(inEnglish('I think he is afraid his team will see him as less technical.')), [
      'ungrounded-interpretation',
    ]);
    assert.deepEqual(signalsOf(inEnglish('I saw her hesitate twice, and I think she is afraid of conflict.')), []);
  });
});

describe('things going smoothly and a book handed over', () => {
  it('are progress and a ready-made product', () => {
    assert.equal(
      ruleLabel('Ze merkte op dat het na de speeltijd altijd misloopt, maar dat de eerste lesuren vlot verlopen.')
        .valence,
      'strength',
    );
    assert.deepEqual(signalsOf('Ik heb haar ook nog een boek over klasmanagement meegegeven.'), ['expert-role']);
    assert.deepEqual(signalsOf(inEnglish('I booked the room for Tuesday.')), []);
  });
});

describe('a feeling in the coach’s question', () => {
  it('is the one asked about, the coach’s own stays neutral (rules 7, 8)', () => {
    assertRuleLabels(
      [inEnglish('I asked her when the class is calm.'), 'Ik vroeg haar wanneer het wel rustig is in de klas.'],
      'valence',
      'strength',
    );
    assert.equal(ruleLabel('Na afloop was ik onrustig.').valence, 'neutral');
  });
});

describe('taking the trouble', () => {
  it('is effort, a strength, where the trouble itself is a problem (rules 7, 12)', () => {
    assert.equal(ruleLabel(inEnglish('She took the trouble to prepare the conversation.')).valence, 'strength');
    assert.equal(ruleLabel(inEnglish('He noticed that the trouble started on Mondays.')).valence, 'weakness');
  });
});

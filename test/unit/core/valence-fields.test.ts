import assert from 'node:assert/strict';
// Kracht's valence fields by meaning (lexicons/<lang>/valence-fields): a form of each, in both languages.
import { assertRuleLabels, ruleAnalyze, ruleLabel } from '../../helpers';

describe('valence fields', () => {
  it('hears withdrawing into silence as a problem of the coachee’s (rule 11)', () => {
    for (const text of [
      'When her manager criticises her, she is going silent for the rest of the meeting.',
      'Bij kritiek van zijn teamleider bleef hij de rest van het overleg zwijgen.',
      'He froze up when the director asked him for the figures.',
    ]) {
      assert.equal(ruleLabel(text).valence, 'weakness', text);
    }
  });
  it('hears what is not easy for the coachee as a problem, and what comes easily as a strength, in English as in Dutch', () => {
    for (const text of [
      'Not everything is easy for him yet.',
      'It is not always easy for her to say no.',
      'Het is niet altijd makkelijk voor haar om nee te zeggen.',
    ]) {
      assert.equal(ruleLabel(text).valence, 'weakness', text);
    }
    assert.equal(ruleLabel('She finds it easy to talk to the families on her ward.').valence, 'strength');
  });
  it('hears setting and keeping boundaries as the coachee’s strength, and not keeping them as a problem, in both languages', () => {
    for (const text of [
      'She set a boundary with her manager for the first time.',
      'Ze heeft deze week haar grenzen bewaakt, ook toen de planner belde.',
      'Hij trok een grens bij de extra diensten.',
    ]) {
      assert.equal(ruleLabel(text).valence, 'strength', text);
    }
    assert.equal(ruleLabel('She still does not set boundaries with her mother.').valence, 'weakness');
  });
  it('hears recognition by others as the coachee’s strength, and a request to take on a role as neutral (rule 17)', () => {
    for (const text of [
      'Ze is in het lab de vaste vraagbaak voor de masterstudenten.',
      'Zijn teamleider noemde zijn aanpak in het overleg als voorbeeld.',
      'Her team trusts her completely now.',
    ]) {
      assert.equal(ruleLabel(text).valence, 'strength', text);
    }
    assert.equal(
      ruleLabel('Haar teamleider heeft gevraagd of ze mentor wil worden van een nieuwe collega.').valence,
      'neutral',
    );
  });
  it('hears a rule, routine or system of the coachee’s own as a strength (rule 14), in both languages', () => {
    for (const text of [
      'Sanne houdt zich aan haar eigen regel: na acht uur geen mail meer.',
      'Her own routine now: a walk before the first call.',
      'Hij werkt met een eigen systeem van drie lijstjes.',
    ]) {
      assert.equal(ruleLabel(text).valence, 'strength', text);
    }
  });
  it('hears not getting round to things as a problem, also with words between ("komt dan niet aan zijn eigen werk toe")', () => {
    for (const text of [
      'Hij staat vaak achter de kassa en komt dan niet aan zijn eigen werk toe.',
      'Ze komt nergens aan toe.',
      'He never gets round to the paperwork.',
    ]) {
      assert.equal(ruleLabel(text).valence, 'weakness', text);
    }
  });
  it('hears going along without engagement, and a pattern that runs deep, as the coachee’s problem, in both languages', () => {
    for (const text of [
      'Hij knikte beleefd bij elk voorstel en vertelde vooral wat ik wilde horen.',
      'Ze deed de oefening plichtmatig.',
      'She nodded politely at every suggestion.',
      'He gave the socially desirable answer again.',
      'Dat wantrouwen is diepgeworteld.',
      'Her need to please everyone is deeply ingrained.',
      'That fear runs deep.',
    ]) {
      assert.equal(ruleLabel(text).valence, 'weakness', text);
    }
    // Holding on is no pattern: a coachee who keeps at it is strong.
    assert.equal(ruleLabel('She was persistent and called the agency every week.').valence, 'strength');
  });
  it('hears a count of recurrences as half a problem: a pattern, unless a strength outweighs it (rule 12)', () => {
    for (const text of [
      'Derde keer dat dit gebeurt.',
      'Hij kwam steeds weer uit bij zijn oude werkgever.',
      "That's three sessions running.",
      'For the third time the form came back empty.',
    ])
      assert.equal(ruleLabel(text).valence, 'weakness', text);
    for (const text of [
      'Ze heeft drie weken op rij haar schema volgehouden.',
      'Three weeks in a row she kept to her routine.',
    ])
      assert.equal(ruleLabel(text).valence, 'strength', text);
    // The coach's own repeating is the coach's side (rule 8), and "weer" alone counts nothing.
    assert.equal(ruleLabel('Ik heb het voor de derde keer uitgelegd.').valence, 'neutral');
    assert.equal(ruleLabel('We spreken over drie weken weer af.').valence, 'neutral');
  });
  it('hears shutting oneself away as a problem, and doing something else instead of it as progress', () => {
    for (const text of ['Ze sluit zich op in haar kamer.', 'He keeps to himself in team meetings.'])
      assert.equal(ruleLabel(text).valence, 'weakness', text);
    for (const text of [
      'Ze zondert zich niet meer af tijdens de pauzes.',
      'Poppy has been revising at the kitchen table instead of shutting herself away in her room.',
    ])
      assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it('hears a first time as progress, beside a problem the sentence tells', () => {
    for (const text of [
      'Dat was de eerste keer dat hij een eigen vraag formuleerde.',
      'It was the first time she set her own agenda.',
    ])
      assert.equal(ruleLabel(text).valence, 'strength', text);
    assert.equal(ruleLabel('De eerste keer dat ik haar sprak, was ze erg nerveus.').valence, 'weakness');
  });
  it('hears having no head or knack for something as a problem, and having one as a strength, in both languages', () => {
    assertRuleLabels(
      [
        'He isn’t cut out for management.',
        'Ze heeft geen kaas gegeten van Excel.',
        'He hasn’t got a head for numbers.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['She has a head for numbers.', 'Hij is geknipt voor dit werk.', 'She has a knack for calming the team down.'],
      'valence',
      'strength',
    );
  });
  it('reads a Dutch compound by a head that is a term itself, not a string equal to a term’s stem', () => {
    // "katheteri-seren" ends in the stem of "sereen" (serene), and is no serenity.
    assertRuleLabels(
      ['Thema: bekwaamheidstoets voorbehouden handelingen (insuline, katheteriseren).'],
      'valence',
      'neutral',
    );
    assertRuleLabels(['Hij heeft burn-outklachten.', 'Het impostersyndroom speelt weer op.'], 'valence', 'weakness');
  });
  it('hears nerves felt in the body as a problem, in both languages', () => {
    assertRuleLabels(
      ['Ze kreeg weer dat bekende gevoel in haar buik.', 'He had that feeling in his stomach again before the review.'],
      'valence',
      'weakness',
    );
  });
});

describe('what holds the coachee back (rule 7)', () => {
  it('is a problem, also when the coach asks after it, and stopped no more is progress', () => {
    assertRuleLabels(
      [
        'When I asked what stopped him from delegating, he said nobody else knows the system.',
        'Ik vroeg wat haar weerhield om nee te zeggen.',
        'Wat houdt hem tegen?',
      ],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel('Nothing stopped her from speaking up this time.').valence, 'strength');
  });
});

describe('no time (rule 7)', () => {
  it('is an obstacle, in both languages, also on the coachee’s dialogue line', () => {
    assertRuleLabels(
      ["Client: I don't know. I just don't have a day.", 'Ze kan de tijd niet vinden om te sporten.'],
      'valence',
      'weakness',
    );
    assert.deepEqual(
      ruleAnalyze("Client: I don't know. I just don't have a day.").sentences.map((s) => s.valence),
      ['weakness', 'weakness'],
    );
  });
});

describe('a change told as a whole (rule 10)', () => {
  it('is progress, in both languages', () => {
    assertRuleLabels(
      [
        'That is a real change from January.',
        'He has come a long way since the first session.',
        'Dat is een wereld van verschil met januari.',
        'Ze heeft een hele weg afgelegd.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('what the coachee misses or lacks (rule 10)', () => {
  it('is a problem in every form of the verb, a quality lacked included, and missing none is progress', () => {
    assertRuleLabels(
      [
        'Ze lijkt het overzicht te missen.',
        'Hij heeft de deadline voor zijn aanmelding gemist.',
        'Ze mist zelfvertrouwen.',
        'Het ontbreekt haar aan overzicht.',
        'Zelfvertrouwen ontbreekt haar nog.',
        'She lacks the courage to say no.',
        'Werkt dat niet: confronteren met de drie gemiste afspraken?',
      ],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel('Hij heeft geen enkele sessie gemist.').valence, 'strength');
    // Missing what one values is no lack: "welke delen van zijn functie hij zou missen" names what he holds dear.
    assert.notEqual(ruleLabel('Ik vroeg welke delen van zijn huidige functie hij zou missen.').valence, 'weakness');
    assert.deepEqual(ruleAnalyze('Ze mist zelfvertrouwen.').sentences[0]!.why.valence.words, ['mist … zelfvertrouwen']);
  });
  it('does not reach back across a turn', () => {
    assert.deepEqual(ruleAnalyze('Ze is gemotiveerd maar mist structuur.').sentences[0]!.why.valence.words, ['mist']);
  });
});

describe('taking up again what a problem had stopped (rule 10)', () => {
  it('is progress, in both languages, and the same words negated are a problem', () => {
    assertRuleLabels(
      [
        'Je werkt nu weer twee dagen per week mee in de werkplaats.',
        'Inmiddels werkt zij weer twaalf uur per week.',
        'He is back at school three days a week.',
        'She picked up her running again.',
      ],
      'valence',
      'strength',
    );
    assert.equal(ruleLabel('Het werkt weer niet.').valence, 'weakness');
  });
});

describe('what the coachee will find out herself (rule 14)', () => {
  it('is her own step, strength, while what she wants to find out is her question (rule 13)', () => {
    assertRuleLabels(
      [
        'Wat je zelf wilt uitzoeken, is hoeveel je de eerste twee jaar zou verdienen.',
        'Hij wil zelf uitzoeken welke opleiding past.',
        'She wants to figure it out herself before the next session.',
      ],
      'valence',
      'strength',
    );
    assert.equal(ruleLabel('Je wilt uitzoeken of je na je diploma bij deze garage kunt blijven.').valence, 'weakness');
  });
});

// A frame's complement without "that" past an adverb of its own; the coach wondering is no coachee asking the coach;
// the tools of an online session are no persons; a person after a preposition before the clause's own subject is no
// subject, and the coach's own supervisor no party to the coachee's situation; relapse, nerves, being overwhelmed or
// overruled are problems by meaning.
import { strict as assert } from 'node:assert';
import { assertRuleLabels, inEnglish, label, ruleLabel } from '../../helpers';

describe('a frame of opinion before an adverb and its complement without "that"', () => {
  it('frames the coachee’s feeling, not a fear of the coach’s (rules 8, 19, 33)', () => {
    for (const text of [
      'I think deep down she is afraid of being rejected.',
      'I think, deep down, she is afraid of being rejected.',
    ]) {
      const found = ruleLabel(inEnglish(text));
      assert.equal(found.valence, 'weakness', text);
      assert.equal(found.focus, 'coach', text);
      assert.deepEqual(found.signals, ['ungrounded-interpretation'], text);
    }
  });
});

describe('the coach wondering, "ik vroeg me af"', () => {
  it('is no coachee asking the coach; weighing two interventions is intervention-focus (rules 31, 32)', () => {
    const text = 'Ik vroeg me voortdurend af of ik nu moest doorvragen of juist moest spiegelen.';
    assert.deepEqual(ruleLabel(text).signals, ['intervention-focus']);
    assert.deepEqual(label(text).signals, ['intervention-focus']);
  });
});

describe('the platform of an online session', () => {
  it('is no person: a sentence about the session stays neutral (rule 18)', () => {
    assertRuleLabels(['Het gesprek vond plaats via Teams omdat Anouk thuis werkte.'], 'focus', 'neutral');
    assert.equal(
      ruleLabel(inEnglish('The session took place over Zoom because Anna was working from home.')).focus,
      'neutral',
    );
  });
});

describe('relapse, nerves and being overwhelmed', () => {
  it('are problems, and a relapse that did not come is progress (rules 10, 11)', () => {
    assertRuleLabels(
      [
        'De schulden groeien haar boven het hoofd en ze opent haar post niet meer.',
        'Bij het presenteren raakt hij de draad kwijt.',
      ],
      'valence',
      'weakness',
    );
    assert.equal(
      ruleLabel(inEnglish('During presentations her mouth goes dry and she loses her thread.')).valence,
      'weakness',
    );
    assert.equal(ruleLabel(inEnglish('He quit smoking six weeks ago and has not lapsed once.')).valence, 'strength');
  });
});

describe('a person in a phrase before the clause’s own subject', () => {
  it('is not who acts (rule 18)', () => {
    assert.equal(ruleLabel(inEnglish('In peer supervision I brought in this case.')).focus, 'coach');
    assert.equal(ruleLabel(inEnglish('With peers I discussed this case.')).focus, 'coach');
    assert.equal(ruleLabel(inEnglish('Something to keep an eye on in myself.')).focus, 'coach');
  });
  it('still tells the coachee’s situation in a note without a subject (rule 25)', () => {
    assertRuleLabels(['Gesprek met zijn leidinggevende uitgesteld.'], 'focus', 'coachee');
  });
});

describe('the coach’s own supervisor', () => {
  it('is no party to the coachee’s situation: neutral, as a shared subject (rules 18, 24)', () => {
    assertRuleLabels(['Mijn supervisor vroeg wat deze cliënt bij mij oproept.'], 'focus', 'neutral');
    assert.equal(ruleLabel(inEnglish('My supervisor asked what this client evokes in me.')).focus, 'neutral');
    assertRuleLabels(['Haar supervisor vroeg wat ze wilde.'], 'focus', 'coachee');
  });
});

describe('being overruled, frustrated, holding a team together', () => {
  it('are a problem and a quality of the coachee (rules 11, 17)', () => {
    assertRuleLabels(['In het MT wordt ze steeds overruled en dat frustreert haar.'], 'valence', 'weakness');
    assert.equal(ruleLabel(inEnglish('In the management team she keeps being overruled.')).valence, 'weakness');
    assertRuleLabels(['Haar collega’s zeggen dat ze het team bij elkaar houdt.'], 'valence', 'strength');
    assert.equal(ruleLabel(inEnglish('Her colleagues say she holds the team together.')).valence, 'strength');
  });
});

describe('explaining a number of times more', () => {
  it('is working hard (rule 30)', () => {
    assert.deepEqual(ruleLabel(inEnglish('I explained three more times why this matters.')).signals, ['working-hard']);
  });
});

describe('"never" before "such a", "zo\'n"', () => {
  it('makes a superlative, nothing denied (rule 10)', () => {
    assert.equal(ruleLabel(inEnglish('She had never been so calm in a meeting.')).valence, 'strength');
    assertRuleLabels(['Ze was nog nooit zo rustig in een vergadering.'], 'valence', 'strength');
    assert.equal(ruleLabel(inEnglish('She was not so calm in the meeting.')).valence, 'weakness');
  });
  it('praising the coach so is appreciation, neutral (rules 16, 34)', () => {
    for (const text of [
      inEnglish('At the end he said he had never had such a good coach.'),
      "Aan het eind zei hij dat hij nog nooit zo'n goede coach had gehad.",
    ]) {
      const found = ruleLabel(text);
      assert.equal(found.valence, 'neutral', text);
      assert.deepEqual(found.signals, ['appreciation'], text);
    }
  });
});

describe('a promise to a party named in more than one word', () => {
  it('is the coach’s promise, not the coachee’s strength (rules 8, 36)', () => {
    const found = ruleLabel(
      inEnglish('I promised the client organisation that she would be fully fit for work after three sessions.'),
    );
    assert.equal(found.valence, 'neutral');
    assert.deepEqual(found.signals, ['outcome-responsibility']);
  });
});

describe('a Dutch denial after what was given, before its participle', () => {
  it('gives nothing: no expert-role (rule 32)', () => {
    assert.deepEqual(ruleLabel('Ik heb mijn mening niet gegeven en gevraagd wat ze er zelf van vond.').signals, []);
    assert.ok(ruleLabel('Ik heb haar mijn mening gegeven.').signals.includes('expert-role'));
  });
});

describe('weighing pros and cons, polishing endlessly, time for oneself', () => {
  it('"voor- en nadelen" names no problem; "eindeloos" says nothing by itself', () => {
    assertRuleLabels(['Ze heeft drie opties op een rij gezet en de voor- en nadelen afgewogen.'], 'valence', 'neutral');
    assertRuleLabels(
      ['Hij krijgt zijn muziek niet af omdat hij alles eindeloos blijft bijschaven.'],
      'valence',
      'weakness',
    );
    assert.equal(
      ruleLabel(inEnglish('He never finishes his music because he keeps polishing everything.')).valence,
      'weakness',
    );
  });
  it('making time for oneself is a strength, having hardly any a problem (rule 11)', () => {
    assertRuleLabels(['Ze heeft een taak teruggegeven om tijd voor zichzelf te maken.'], 'valence', 'strength');
    assertRuleLabels(['Ze heeft nauwelijks tijd voor zichzelf.'], 'valence', 'weakness');
    assert.equal(ruleLabel(inEnglish('She made time for herself.')).valence, 'strength');
    assert.equal(ruleLabel(inEnglish('She never has any time for herself.')).valence, 'weakness');
  });
});

describe('a thing that "suggests"', () => {
  it('indicates and advises nothing: an observation named, no expert-role or interpretation (rules 32, 33)', () => {
    const text = inEnglish(
      'She apologised four times in ten minutes, which suggests to me that she fears disapproval.',
    );
    assert.deepEqual(ruleLabel(text).signals, []);
    assert.ok(ruleLabel(inEnglish('I suggested that she write it down.')).signals.includes('expert-role'));
  });
});

describe('the coach doing all the thinking', () => {
  it('is working hard; the coachee doing it is not (rule 30)', () => {
    assert.deepEqual(ruleLabel(inEnglish('By the end of the hour I was the one doing all the thinking.')).signals, [
      'working-hard',
    ]);
    assert.deepEqual(ruleLabel('Ik deed eigenlijk al het denkwerk.').signals, ['working-hard']);
    assert.deepEqual(ruleLabel('Zij deed al het denkwerk zelf.').signals, []);
  });
});

describe('the coach’s weekend, the coach in the coachee’s place, what something makes the coach suspect', () => {
  it('are working hard, expert-role and an opinion frame (rules 19, 30, 32)', () => {
    assert.deepEqual(ruleLabel('Ik heb me bijna het hele weekend op deze sessie voorbereid.').signals, [
      'working-hard',
    ]);
    assert.deepEqual(ruleLabel('Ik vertelde hem wat ik in zijn plaats zou doen.').signals, ['expert-role']);
    assert.deepEqual(ruleLabel(inEnglish('I told him what I would do in his position.')).signals, ['expert-role']);
    const text =
      'Ze verontschuldigde zich vier keer in tien minuten, wat mij doet vermoeden dat ze bang is voor afkeuring.';
    assert.equal(ruleLabel(text).focus, 'coach');
  });
});

describe('out of balance, at one’s limits, not seeing the wood for the trees', () => {
  it('are problems, and a superlative of strength after a problem measures it (rules 7, 11)', () => {
    assertRuleLabels(
      [
        'Sinds de verhuizing is hij behoorlijk uit balans.',
        'Ze loopt op haar werk steeds vaker tegen haar grenzen aan.',
        'Ik heb hem gevraagd wanneer de twijfel het sterkst is.',
        'Ik merkte dat ze steeds haar schouders optrok als het over haar baas ging.',
      ],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel(inEnglish('Since the move he has been quite out of balance.')).valence, 'weakness');
    assert.equal(ruleLabel(inEnglish('She can no longer see the wood for the trees.')).valence, 'weakness');
    assertRuleLabels(['Haar sterkste punt is dat ze rustig blijft onder druk.'], 'valence', 'strength');
  });
});

describe('having got a lot out of the coach’s questions, in Dutch order', () => {
  it('is appreciation; out of a partner’s support it is not (rule 34)', () => {
    assert.deepEqual(ruleLabel('Hij zei dat hij veel had gehad aan mijn vragen.').signals, ['appreciation']);
    assert.deepEqual(ruleLabel('Ze heeft veel gehad aan de steun van haar man.').signals, []);
  });
});

describe('a step taken as the coachee wanted, unwinding', () => {
  it('are strengths; not as she wanted, no longer unwinding, problems (rules 10, 14)', () => {
    assertRuleLabels(
      ['Hij heeft zijn werkweek teruggebracht naar vier dagen, zoals hij wilde.'],
      'valence',
      'strength',
    );
    assertRuleLabels(['Het gesprek ging niet zoals ze wilde.'], 'valence', 'weakness');
    assert.equal(ruleLabel(inEnglish('He cut his working week back to four days, as he wanted.')).valence, 'strength');
    assert.equal(ruleLabel(inEnglish('He no longer manages to unwind after work.')).valence, 'weakness');
  });
});

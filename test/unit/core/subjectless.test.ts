import assert from 'node:assert/strict';
// Notes without a subject take the implied one (rule 25); the sessions themselves are neutral (rule 18).
import { assertRuleLabels, ruleAnalyze, ruleLabel } from '../../helpers';

describe('the subject a note without one implies', () => {
  it('does not read a session named in a phrase of time or purpose as a note about the sessions', () => {
    assert.equal(ruleLabel('All three actions from session 2 completed.').focus, 'coachee');
    assert.equal(ruleLabel('Alle drie de acties uit sessie 2 uitgevoerd.').focus, 'coachee');
    assert.equal(ruleLabel('Form still not filled in, for the third session running.').focus, 'coachee');
    // The session as what the note is about stays neutral, also as the head of "of"/"van".
    assert.equal(ruleLabel('The rest of the session went on her rota.').focus, 'neutral');
    assert.equal(ruleLabel('Het grootste deel van het gesprek over haar rooster.').focus, 'neutral');
    assert.equal(ruleLabel('Volgende afspraak binnen een maand.').focus, 'neutral');
  });
  it('reads a greeting word only where it opens the note', () => {
    assert.equal(ruleLabel('Slaapt na een nachtblok nu binnen één dag weer normaal.').focus, 'coachee');
    assert.equal(ruleLabel('Vult haar netwerklijst aan tot dertig namen.').focus, 'coachee');
    assert.equal(ruleLabel('Tot de volgende keer!').focus, 'neutral');
  });
  it('keeps a main clause without a subject that tells joint work neutral, whoever acts in the clause it holds', () => {
    assert.equal(ruleLabel('Rollenspel gedaan waarin ik de medewerker speelde.').focus, 'neutral');
    assert.equal(ruleLabel('Next session moved to 26 July as I am away in August.').focus, 'neutral');
    // A coach's act without a subject stays the coach's.
    assert.equal(
      ruleLabel('Nog een keer uitgelegd waarom de toets verplicht is, de tweede keer deze sessie.').focus,
      'coach',
    );
  });
});

describe('a Dutch note in the first person (rule 25)', () => {
  it('is the coach’s, and the coach’s feelings in it are neutral (rule 8)', () => {
    assertRuleLabels(
      [
        'Heb hem het boek van Covey aangeraden.',
        'Vind het lastig om hem niet te helpen.',
        'Ben benieuwd hoe het gaat.',
      ],
      'focus',
      'coach',
    );
    assert.equal(ruleLabel('Vind het lastig om hem niet te helpen.').valence, 'neutral');
  });
  it('leaves a note in the third person, and a question with its subject, alone', () => {
    assertRuleLabels(['Vindt het lastig om nee te zeggen.', 'Heeft het boek zelf gevonden.'], 'focus', 'coachee');
    assert.equal(ruleAnalyze('Ben je moe?').sentences[0]!.why.focus.rule, 'the coach’s question');
  });
  it('takes the implied subject when the only person stands in a clause of time or reason (rules 8, 25)', () => {
    for (const text of [
      'Ging meteen in de weerstand toen ik ernaar vroeg.',
      'Went quiet when I asked about her mother.',
    ])
      assert.equal(ruleLabel(text).focus, 'coachee', text);
    // A main clause with a subject of its own still decides, and a thing as subject yields to the coach's clause.
    assert.equal(ruleLabel('Toen ik ernaar vroeg, ging ze meteen in de weerstand.').focus, 'coachee');
    assert.equal(ruleLabel('It went quiet when I asked about her mother.').focus, 'coach');
  });
  it('reads a note opening with telling the coachee as the coach’s act, and telling the coach as not (rule 25)', () => {
    assert.equal(ruleLabel('Told him straight: he is the bottleneck.').focus, 'coach');
    const told = ruleLabel('Told me she was exhausted.');
    assert.equal(told.focus, 'coachee');
    assert.ok(!told.signals.includes('working-hard'));
  });
});

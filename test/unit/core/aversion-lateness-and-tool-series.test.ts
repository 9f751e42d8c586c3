// What the coachee dislikes is no strength of hers; lateness and the coach challenging someone read by meaning; a
// number of tools brought at once is a run of them, and offering a tool is an intervention, no advice; tiredness in
// notes is the coachee's unless tied to the session; a firm that needs someone is no diagnosis.
import { strict as assert } from 'node:assert';
import { assertRuleLabels, inEnglish, ruleAnalyze, ruleLabel } from '../../helpers';

describe('a word of aversion before what is disliked', () => {
  it('makes the disliked act no strength: the aversion is the problem (rule 11)', () => {
    for (const text of [
      'He hates asking colleagues for help.',
      'She dislikes asking colleagues for help.',
      'He has a dislike of praise.',
      'Hates asking the senior nurse for help.',
    ])
      assert.equal(ruleLabel(inEnglish(text)).valence, 'weakness', text);
    assertRuleLabels(
      ["Hij heeft een hekel aan collega's om hulp vragen.", 'Ze haat het om complimenten te krijgen.'],
      'valence',
      'weakness',
    );
  });

  it('leaves a coping clause after "but" its strength (rule 9)', () => {
    assert.equal(ruleLabel(inEnglish('She hates conflict, but she spoke up anyway.')).valence, 'strength');
  });
});

describe('lateness', () => {
  it('is a problem, also where the act it qualifies is done (rule 10)', () => {
    assertRuleLabels(
      [
        'Hij heeft zijn verslag weer te laat ingeleverd.',
        'Hij leverde zijn verslag weer te laat in.',
        'Ze komt structureel te laat op haar werk.',
      ],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel(inEnglish('He handed in his report too late again.')).valence, 'weakness');
  });

  it('is not found in "te laten", to let, whose stem it shares', () => {
    assert.equal(ruleLabel('Ze durfde het werk aan haar team over te laten.').valence, 'strength');
    assert.equal(ruleLabel('Hij besloot zelf om zijn collega het gesprek te laten leiden.').valence, 'strength');
    assert.equal(ruleLabel('Hij heeft zijn verslag op tijd ingeleverd.').valence, 'strength');
  });
});

describe('a challenge', () => {
  it('is a problem as a noun and a strength taken on, and no problem as the coach’s act (rules 7, 8)', () => {
    assert.equal(ruleLabel('Haar grootste uitdaging is nee zeggen tegen haar directeur.').valence, 'weakness');
    assert.equal(ruleLabel('Ze ging de uitdaging aan en zat de vergadering zelf voor.').valence, 'strength');
    assert.equal(
      ruleLabel(inEnglish('She rose to the challenge and chaired the meeting herself.')).valence,
      'strength',
    );
    assert.equal(ruleLabel(inEnglish('I challenged him to give one more example.')).valence, 'neutral');
    assert.equal(ruleLabel('Ik heb hem uitgedaagd om nog een voorbeeld te geven.').valence, 'neutral');
  });
});

describe('several tools brought at once', () => {
  it('are a run by themselves: working hard (rule 30)', () => {
    for (const text of [
      inEnglish('I went through three different pricing models with him before he picked one.'),
      'Ik heb haar verschillende planningstools laten zien, de een na de ander.',
    ])
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
  });

  it('are not when the coachee tried them, nor one tool alone', () => {
    for (const text of [
      inEnglish('She tried three different exercises at home.'),
      'Ze heeft thuis drie verschillende oefeningen geprobeerd.',
      inEnglish('I showed him the pricing model.'),
    ])
      assert.deepEqual(ruleLabel(text).signals, [], text);
  });

  it('names the mention once in the warning’s words', () => {
    const [sentence] = ruleAnalyze(
      inEnglish('I went through three different pricing models with him before he picked one.'),
    ).sentences;
    assert.deepEqual(sentence!.why.signals['working-hard']?.words, ['models']);
  });
});

describe('offering a model or exercise', () => {
  it('is an intervention chosen, no advice (rule 32)', () => {
    assert.ok(!ruleLabel(inEnglish('I offered him a breathing exercise.')).signals.includes('expert-role'));
    assert.ok(!ruleLabel('Ik heb haar een ademoefening aangeboden.').signals.includes('expert-role'));
  });

  it('still is expert-role where the coach offers to deliver', () => {
    assert.ok(ruleLabel(inEnglish('I offered to rewrite her cover letter.')).signals.includes('expert-role'));
    assert.ok(ruleLabel('Ik heb aangeboden om haar cv te herschrijven.').signals.includes('expert-role'));
  });
});

describe('a state in notes without a subject', () => {
  it('is the coachee’s in notes about them (rule 25)', () => {
    for (const text of [
      inEnglish('Tired, slept badly, night shifts again.'),
      'Moe, slecht geslapen, weer nachtdiensten.',
    ]) {
      const found = ruleLabel(text);
      assert.equal(found.focus, 'coachee', text);
      assert.deepEqual(found.signals, [], text);
    }
  });

  it('is the coach’s, working hard, beside the session it followed (rule 30)', () => {
    for (const text of [inEnglish('Completely drained afterwards.'), 'Doodmoe na afloop.']) {
      const found = ruleLabel(text);
      assert.equal(found.focus, 'coach', text);
      assert.deepEqual(found.signals, ['working-hard'], text);
    }
  });
});

describe('"needs someone to"', () => {
  it('diagnoses a person, not a firm that is hiring (rule 33)', () => {
    assert.ok(
      ruleLabel(inEnglish('She needs someone to tell her what to do.')).signals.includes('ungrounded-interpretation'),
    );
    assert.deepEqual(
      ruleLabel(inEnglish('She has an interview with a firm that needs someone to run its data team.')).signals,
      [],
    );
  });
});

describe('words read by their sense', () => {
  it('"pointers" named only announce advice: expert-role alone (rule 33)', () => {
    assert.deepEqual(ruleLabel(inEnglish("I gave her a few pointers for the parents' evening.")).signals, [
      'expert-role',
    ]);
  });

  it('"empty" is a state of the coachee’s only as one, not of a room (rule 11)', () => {
    assert.equal(ruleLabel(inEnglish('The session was held in an empty classroom after school.')).valence, 'neutral');
    assert.equal(ruleLabel(inEnglish('She says she feels empty inside.')).valence, 'weakness');
  });

  it('colleagues asking the coachee for advice is recognition (rule 17)', () => {
    assert.equal(
      ruleLabel(inEnglish('Her colleagues have started asking her for advice on classroom management.')).valence,
      'strength',
    );
    assert.equal(
      ruleLabel('Haar collega’s vragen haar inmiddels om advies over klassenmanagement.').valence,
      'strength',
    );
  });
});

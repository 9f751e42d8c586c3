// Items under the coachee's goals are goals, not the coach speaking (rule 13); two conditions of the coach's own
// moves weigh interventions (rule 31); pulling through a session is working hard (rule 30); being careful not to
// offer solutions refrains (rule 29); a tense meeting that ended in agreement ends well (rule 9).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleAnalyze, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('an item under the coachee’s goals', () => {
  it('is her goal, whatever its verb', () => {
    const text = inEnglish(
      '## Objectives\n\n1. Delegate month-end reporting to her two managers\n2. Reduce weekend working',
    );
    assert.deepEqual(
      ruleAnalyze(text).sentences.map((s) => `${s.valence}/${s.focus}`),
      ['weakness/coachee', 'weakness/coachee'],
    );
    const dutch = '## Doelen\n\n- Beter leren delegeren aan het team\n- Minder overwerken in het weekend\n';
    assert.deepEqual(
      ruleAnalyze(dutch).sentences.map((s) => s.valence),
      ['weakness', 'weakness'],
    );
  });

  it('is not under a heading of context, nor a tip under tips', () => {
    const text = inEnglish('## Tips\n\n- Plan two hours of writing every morning');
    assert.equal(ruleAnalyze(text).sentences[0]!.focus, 'coach');
  });
});

describe('two conditions of the coach’s own moves', () => {
  it('weigh interventions', () => {
    assert.deepEqual(
      ruleLabel('Als ik confronteer, haakt hij misschien af; als ik ruimte geef, gebeurt er weer niets.').signals,
      ['intervention-focus'],
    );
    assert.deepEqual(english('If I push, she closes down; if I wait, nothing moves.').signals, ['intervention-focus']);
  });

  it('not when they are the coach’s circumstances', () => {
    assert.ok(
      !ruleLabel('Als ik tijd heb, bel ik haar; als ik geen tijd heb, mail ik.').signals.includes('intervention-focus'),
    );
    const understood = 'Als ik het goed begrijp, wil ze stoppen; als ik het goed zie, twijfelt ze nog.';
    assert.ok(!ruleLabel(understood).signals.includes('intervention-focus'));
  });
});

describe('the coach’s effort and restraint in other words', () => {
  it('pulling through a session is working hard; being careful not to offer solutions is none', () => {
    assert.deepEqual(ruleLabel('Ik heb de hele sessie lopen trekken.').signals, ['working-hard']);
    assert.deepEqual(english('I have been careful not to offer solutions for the COO relationship.').signals, []);
  });

  it('a tense meeting that ended in agreement ends well', () => {
    assert.equal(english('The first meeting was tense but ended with an agreed agenda.').valence, 'strength');
  });
});

describe('a model judged, a verdict on the coachee’s option', () => {
  it('a model as the subject of a judgement is not brought in (rule 29)', () => {
    const after = ruleAnalyze(
      'Daarna heb ik de loopbaanankers van Schein uitgelegd. Eigenlijk wist ik het al: één model was genoeg geweest.',
    ).sentences;
    assert.deepEqual(after[1]!.signals, []);
    assert.deepEqual(english('The window of tolerance was explained, then the body scan was done.').focus, 'coach');
  });

  it('advising against, or telling the coachee an option is unwise, is advice (rule 32)', () => {
    assert.deepEqual(english('I told him I did not think that was wise at this stage.').signals, [
      'expert-role',
      'ungrounded-interpretation',
    ]);
    assert.equal(english('I told him I did not think that was wise at this stage.').valence, 'neutral');
    assert.ok(ruleLabel('Ik heb het haar afgeraden.').signals.includes('expert-role'));
  });
});

describe('the coach tense before a session, the coachee too hard on herself in verb-final order', () => {
  it('the coach’s nerves are working hard (rule 30), the coachee’s are hers', () => {
    assert.deepEqual(ruleLabel('Ik was zenuwachtig voor het gesprek met haar.').signals, ['working-hard']);
    assert.deepEqual(english('I was quite anxious before this session.').signals, ['working-hard']);
    assert.deepEqual(english('She was anxious before the meeting.').signals, []);
  });

  it('"te hard is voor zichzelf" is the problem as "te hard voor zichzelf" is', () => {
    assert.equal(ruleLabel('Mijn indruk is dat Fenna veel te hard is voor zichzelf.').valence, 'weakness');
  });
});

describe('an item under what went well', () => {
  it('is the coachee’s doing, not the coach’s act without subject (rule 25)', () => {
    const text = inEnglish(
      '**Wins**\n\n- Sent the landlord email\n- Asked her manager for a day off\n\n**Notes**\n\n- Sent her the template',
    );
    assert.deepEqual(
      ruleAnalyze(text).sentences.map((s) => s.focus),
      ['coachee', 'coachee', 'coach'],
    );
  });
});

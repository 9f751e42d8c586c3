// The coachee's own words after "She said:" are hers though unquoted (rule 27); a score that drops or rises on a
// scale is a problem or progress (rule 10); skipping meals and breaks is a problem of self-care (rule 11).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('words after "said:"', () => {
  it('are the coachee’s in the first person, unquoted, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish("She said: I'm done with it."),
        inEnglish("She told me: I'm exhausted."),
        'Ze zei: ik ben er klaar mee.',
        'Hij vertelde me: ik ben doodop.',
      ],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel(inEnglish("She said: I'm done with it.")).focus, 'coachee');
  });
  it('stay the coach’s when the coach says them', () => {
    assert.equal(ruleLabel(inEnglish('I said: I think you are ready.')).focus, 'coach');
    assert.equal(ruleLabel('Ik zei: ik denk dat je er klaar voor bent.').focus, 'coach');
  });
});

describe('a score on a scale', () => {
  it('that drops is a problem, one that rises progress', () => {
    assertRuleLabels([inEnglish('Her mood dropped to a 2 this week.')], 'valence', 'weakness');
    assertRuleLabels([inEnglish('Her confidence went up to a 7.')], 'valence', 'strength');
  });
});

describe('self-care', () => {
  it('hears meals and breaks skipped as problems, exercise taken up again as a strength', () => {
    assertRuleLabels(
      [inEnglish('Lately she has been skipping lunch.'), 'Ze slaat de lunch over en werkt zonder pauze door.'],
      'valence',
      'weakness',
    );
    assertRuleLabels(['Sinds kort sport hij weer.'], 'valence', 'strength');
  });
});

describe('notes and the coach’s own words', () => {
  it('read "again" beside a state as the state returning, not the coach explaining again', () => {
    const found = ruleLabel(inEnglish('Sleeping better again.'));
    assert.deepEqual(found, { valence: 'strength', focus: 'coachee', signals: [] });
    assert.deepEqual(ruleLabel(inEnglish('Explained it again.')).signals, ['working-hard']);
  });
  it('hear how far the coachee has come, and what kept her going, as strengths in the coach’s words', () => {
    assertRuleLabels(
      [
        inEnglish('I felt proud of how far she has come.'),
        'Ik was trots op hoe ver ze gekomen is.',
        'Ik vroeg haar wat haar de afgelopen maand overeind had gehouden.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('looking for work', () => {
  it('hears an invitation to interview and former colleagues approached as progress, a rejection suffered as a setback', () => {
    assertRuleLabels(
      [
        inEnglish('She got invited for an interview at the ministry.'),
        'Ze is uitgenodigd voor een gesprek bij het ministerie.',
        'Ze heeft via LinkedIn drie oud-collega’s benaderd.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels([inEnglish('He was turned down after the second interview.')], 'valence', 'weakness');
  });
});

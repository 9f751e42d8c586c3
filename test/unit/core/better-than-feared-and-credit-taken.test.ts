// A fear that turned out smaller is progress (rule 10); a colleague passing the coachee's ideas off as his own is
// pressure from a third party (rule 17); what the coachee can still influence, also asked about, is strength (rule 7).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('a fear that turned out smaller', () => {
  it('is progress in both languages', () => {
    const found = 'He worked it out on the spot and was surprised that the gap is smaller than he had feared.';
    assert.equal(english(found).valence, 'strength');
    assert.equal(ruleLabel('Het verschil bleek kleiner dan hij vreesde.').valence, 'strength');
  });
});

describe('a colleague passing her ideas off as his own', () => {
  it('is a problem in both languages', () => {
    assert.equal(
      ruleLabel('Hij neemt haar ideeën over in het overleg en presenteert ze als de zijne.').valence,
      'weakness',
    );
    assert.equal(english('Her colleague keeps taking credit for her work.').valence, 'weakness');
  });
});

describe('what the coachee can still influence', () => {
  it('is strength, also asked about', () => {
    assert.equal(ruleLabel('Ik heb vooral doorgevraagd op wat ze wél kan beïnvloeden.').valence, 'strength');
  });
});

describe('work completed and praise deserved', () => {
  it('are strength in Dutch and English', () => {
    assert.equal(ruleLabel('Toch heeft ze haar sollicitatiebrief afgemaakt en verstuurd.').valence, 'strength');
    assert.equal(ruleLabel('Ze verdient het.').valence, 'strength');
    assert.equal(english('He deserves it.').valence, 'strength');
  });

  it('but a plan to complete something is a plain step (rule 14)', () => {
    assert.equal(ruleLabel('Marieke maakt de takenlijst af en bespreekt die in het teamoverleg.').valence, 'neutral');
  });
});

// Items under "What does he want to achieve?", "Agreed focus" or "Wat wil ze bereiken?" are the coachee's goals (rule
// 13); taking delegated work back is the problem after "but" (rule 9); encouraging again and again is working hard
// (rule 30).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleAnalyze, ruleLabel } from '../../helpers';

describe('items under a heading of what the coachee wants to achieve', () => {
  it('are goals in both languages', () => {
    const english = inEnglish('## Agreed focus for the programme\n\n- Presenting with confidence to senior audiences');
    assert.equal(ruleAnalyze(english).sentences[0]!.valence, 'weakness');
    const dutch = '## Wat wil ze bereiken?\n\n- Rustig presenteren voor de directie\n';
    assert.equal(ruleAnalyze(dutch).sentences[0]!.valence, 'weakness');
  });
});

describe('delegated work taken back', () => {
  it('is the problem after "but"', () => {
    const english = ruleLabel(inEnglish('He tried delegating the monthly report once, but took it back after a day.'));
    assert.equal(english.valence, 'weakness');
    assert.equal(ruleLabel('Hij probeerde het rapport te delegeren, maar nam het weer terug.').valence, 'weakness');
  });
});

describe('the coach encouraging again and again', () => {
  it('is working hard in both languages', () => {
    assert.deepEqual(ruleLabel('Ik heb hem meerdere keren gestimuleerd om het gesprek aan te gaan.').signals, [
      'working-hard',
    ]);
    assert.deepEqual(ruleLabel(inEnglish('I repeatedly encouraged her to raise it with her boss.')).signals, [
      'working-hard',
    ]);
  });
});

// What the coachee enjoys or likes is strength, also asked about by the coach (rules 7, 11); meetings that end
// without clear decisions are a problem.
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

describe('what the coachee enjoys', () => {
  it('is strength, also in the coach’s question', () => {
    assert.equal(ruleLabel('Ik vroeg hem wat hij leuk vindt aan zijn werk.').valence, 'strength');
    assert.equal(ruleLabel(inEnglish('I asked him what he likes about his job.')).valence, 'strength');
    assert.equal(ruleLabel(inEnglish('She became more open as the session went on.')).valence, 'strength');
  });

  it('not when negated', () => {
    assert.equal(ruleLabel('Hij vindt zijn werk niet meer leuk.').valence, 'weakness');
  });
});

describe('meetings without clear decisions', () => {
  it('are a problem in both languages', () => {
    assert.equal(ruleLabel(inEnglish('Their meetings end without clear decisions.')).valence, 'weakness');
    assert.equal(ruleLabel('Hun overleggen eindigen zonder duidelijke besluiten.').valence, 'weakness');
  });
});

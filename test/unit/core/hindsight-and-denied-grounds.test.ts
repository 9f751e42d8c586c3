// What the coach should probably have done weighs interventions in hindsight (rule 31); a perception denied with a
// word between ("doesn't even see it") grounds no label (rule 33).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('what the coach should probably have done', () => {
  it('weighs interventions in hindsight, in both languages', () => {
    assert.deepEqual(english('I should probably have asked her what she wanted first.').signals, [
      'intervention-focus',
    ]);
    assert.deepEqual(ruleLabel('Ik had misschien beter eerst kunnen vragen wat ze zelf wilde.').signals, [
      'intervention-focus',
    ]);
  });
});

describe('a label beside a perception denied', () => {
  it('stays without ground', () => {
    const label = english('She is a natural leader and she does not even see it yet.');
    assert.deepEqual(label.signals, ['ungrounded-interpretation']);
  });

  it('but a perception told grounds it', () => {
    assert.deepEqual(english('She is a natural leader: I saw her calm the whole team down.').signals, []);
  });
});

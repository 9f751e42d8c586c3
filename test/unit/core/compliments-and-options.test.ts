// A compliment on the coachee's quality is the coach's label, with no ground named (rule 33); one on what she did is
// grounded in it; adding an option of the coach's own is offering a solution (rule 32).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('the coach’s compliment', () => {
  it('on a quality is an interpretation without ground', () => {
    assert.deepEqual(ruleLabel('Compliment gegeven voor zijn doorzettingsvermogen.').signals, [
      'ungrounded-interpretation',
    ]);
    const complimented = english('Complimented him on his persistence.');
    assert.deepEqual([complimented.focus, ...complimented.signals], ['coach', 'ungrounded-interpretation']);
  });

  it('on what she did names its ground', () => {
    assert.deepEqual(english('I complimented her on how she handled the meeting.').signals, []);
  });
});

describe('an option the coach adds', () => {
  it('is offering a solution, in both languages', () => {
    assert.ok(english('I added a fourth option: a secondment to another team first').signals.includes('expert-role'));
    assert.ok(ruleLabel('Ik voegde zelf een vierde optie toe: eerst een detachering.').signals.includes('expert-role'));
  });

  it('not one the coachee adds', () => {
    assert.deepEqual(english('She added an option of her own.').signals, []);
  });
});

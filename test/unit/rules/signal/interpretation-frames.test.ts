import assert from 'node:assert/strict';
// A frame of the coach's impression around the coachee, and a label such as the victim role, interpret (rule 33);
// not wanting to change, told of the coachee, frames resistance (rule 35). A colleague not taking her seriously
// is her situation, no framing of the coach's.
import { ruleLabel } from '../../../helpers';

const signals = (sentence: string): string[] => ruleLabel(sentence).signals;

describe('impressions, labels and not wanting to change', () => {
  it('reads an impression or a label about the coachee as an interpretation without grounds', () => {
    for (const sentence of [
      'Misschien haalt ze iets uit de slachtofferrol.',
      'Maybe she gets something out of playing the victim.',
      'Ik heb de indruk dat hij zich verstopt achter zijn team.',
    ])
      assert.ok(signals(sentence).includes('ungrounded-interpretation'), sentence);
    assert.deepEqual(signals('Ik heb het idee dat ze eigenlijk helemaal niet wil veranderen.'), [
      'ungrounded-interpretation',
      'resistance-framing',
    ]);
  });
  it('leaves an impression of the coach’s own work, and a third party’s disregard, alone', () => {
    assert.deepEqual(signals('Ik heb het gevoel dat ik hem echt verder heb geholpen.'), []);
    assert.deepEqual(signals('Ze vertelt steeds over haar collega die haar niet serieus neemt.'), []);
  });
  it('reads not daring as what the coachee does, an interpretation only in a frame of one (rule 33)', () => {
    assert.deepEqual(signals('Hij is goed in zijn vak, maar durft zijn mening niet te geven.'), []);
    assert.ok(signals('Volgens mij durft ze haar team niet los te laten.').includes('ungrounded-interpretation'));
  });
});

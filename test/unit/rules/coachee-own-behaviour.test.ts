import assert from 'node:assert/strict';
// The alarm signals are the coach's behaviour (rules 30-36): the coachee explaining, preparing, promising, asking
// someone else or making sure of her team's result carries none of them, in the rules or the learned layer.
import { analyze, inEnglish, ruleLabel } from '../../helpers';

const coacheeOwn = [
  inEnglish('She is afraid of saying the wrong thing in meetings.'),
  inEnglish('She explained her plan to her team twice.'),
  inEnglish('He prepared the board presentation for days.'),
  inEnglish('She promised her team a decision by Friday.'),
  'Ze wil ervoor zorgen dat haar team de deadline haalt.',
  'Hij vroeg zijn leidinggevende wat hij moest doen.',
  'Ze is bang om in vergaderingen iets verkeerds te zeggen.',
  'Haar mentor raadde haar aan om te solliciteren.',
];

describe('the coachee’s own behaviour', () => {
  it('carries no signal, by the rules or by the learned layer', () => {
    for (const sentence of coacheeOwn) {
      assert.deepEqual(ruleLabel(sentence).signals, [], sentence);
      assert.deepEqual(analyze(sentence).sentences[0]!.signals, [], sentence);
    }
  });
  it('while the coach asked is still asked, and the coach afraid still deliberating', () => {
    assert.deepEqual(ruleLabel('Hij vroeg me wat hij moest doen.').signals, ['expert-role']);
    assert.deepEqual(analyze(inEnglish('I was afraid of saying something clumsy.')).sentences[0]!.signals, [
      'intervention-focus',
    ]);
  });
});

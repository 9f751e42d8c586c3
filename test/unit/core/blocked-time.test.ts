// A verb of blocking with a span of time near it in its clause plans time: no problem, no resistance framed (rule 35).
import assert from 'node:assert/strict';
import { ruleLabel } from '../../helpers';

describe('blocking time', () => {
  for (const text of [
    'Ze blokt haar dinsdagochtend weer.',
    'Ze blokkeert elke week twee uur in haar agenda.',
    'She blocked two hours in her calendar for the report.',
    'He blocks Friday afternoons for deep work.',
    'Ze wil dat ze haar ochtenden blokt voor geconcentreerd werk.',
  ])
    it(`plans time: ${text}`, () => {
      const label = ruleLabel(text);
      assert.notEqual(label.valence, 'weakness');
      assert.deepEqual(label.signals, []);
    });

  it('is still a blockage without a span of time', () => {
    const label = ruleLabel('Hij blokt zodra het over zijn vader gaat.');
    assert.equal(label.valence, 'weakness');
    assert.deepEqual(label.signals, ['resistance-framing']);
  });
});

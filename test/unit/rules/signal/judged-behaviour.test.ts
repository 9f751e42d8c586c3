import assert from 'node:assert/strict';
// Behaviour judged as what a pointer names comments on it; it is not the behaviour told (rule 29).
import { analyze, ruleLabel } from '../../../helpers';

describe('behaviour judged through a pointer', () => {
  it('carries no signal: the sentence comments on an option or on behaviour told elsewhere', () => {
    for (const sentence of ['Misschien is dat te sturend.', 'Maybe that is too directive.', 'Dat was te sturend.'])
      assert.deepEqual(ruleLabel(sentence).signals, [], sentence);
  });
  it('still signals the behaviour told of the coach', () => {
    assert.deepEqual(ruleLabel('Ik was te sturend.').signals, ['working-hard']);
    assert.deepEqual(ruleLabel('Ik merkte dat ik te sturend was.').signals, ['working-hard']);
  });
  it('is set aside for the learned layer too: the product shows no working hard for the judged option', () => {
    const text = 'Ik twijfel of ik haar moet wijzen op de studiefinanciering. Misschien is dat te sturend.';
    assert.deepEqual(analyze(text).sentences[1]!.signals, []);
  });
});

import assert from 'node:assert/strict';
// A name set off by a comma addresses the coachee; who acts is told in the rest of the sentence (rule 18).
import { ruleAnalyze } from '../../helpers';

const last = (context: string, text: string): string =>
  ruleAnalyze(`# Verslag\n\n${context} ${text}`).sentences.at(-1)!.focus;
const nl = 'Het gesprek met Mehmet ging over zijn werk.';
const en = 'The session with Sara was about her work.';

describe('a name in address', () => {
  it('leaves who acts to the rest of the sentence, at its end or its start', () => {
    assert.equal(last(nl, 'Ik wil echt dat dit je lukt, Mehmet.'), 'coach');
    assert.equal(last(nl, 'Mehmet, ik ben benieuwd hoe het je vergaat.'), 'coach');
    assert.equal(last(en, 'I am proud of you, Sara.'), 'coach');
  });
  it('is what the sentence is about where the rest has no subject of its own', () => {
    assert.equal(last(nl, 'Goed gedaan, Mehmet!'), 'coachee');
    assert.equal(last(en, 'Well done, Sara!'), 'coachee');
  });
  it('does not read a name with a verb of its own as an address', () => {
    assert.equal(last(nl, 'Ik vroeg het, Mehmet antwoordde meteen.'), 'neutral');
  });
});

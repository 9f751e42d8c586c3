// A verb of starting before a word of strength or trouble only says when it began; that word decides (rules 9, 10).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('a verb of starting', () => {
  it('yields to the trouble that began, in both languages', () => {
    for (const labels of [
      ruleLabel('Ze begon te twijfelen aan haar keuze.'),
      ruleLabel('Hij begon weer te piekeren.'),
      ruleLabel('Ze begon het traject met veel onzekerheid.'),
      english('She started to doubt her choice.'),
      english('He started worrying again.'),
      english('She started the programme full of doubt.'),
    ])
      assert.equal(labels.valence, 'weakness');
  });

  it('is still her own doing alone or with what she took up', () => {
    assert.equal(ruleLabel('Ze begon met een dagboek.').valence, 'strength');
    assert.equal(english('She started running.').valence, 'strength');
  });
});

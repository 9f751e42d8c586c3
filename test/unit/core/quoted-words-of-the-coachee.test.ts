import assert from 'node:assert/strict';
// The coachee's own words in quotation marks take valence by what they say (rule 27): saying no, self-worth, others'
// pressure quoted; praise of the coach's question in Dutch is appreciation (rule 34).
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('the coachee quoted', () => {
  it('hears saying no and self-worth as strengths, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('"I finally told him no, and the world didn\'t end," she said.'),
        "In haar woorden: 'Ik mag er zijn.'",
      ],
      'valence',
      'strength',
    );
  });
  it('hears someone telling her to toughen up as pressure', () => {
    assertRuleLabels(
      [
        inEnglish('"My manager says I should just toughen up," she said.'),
        '"Mijn manager zegt dat ik gewoon wat harder moet worden," zei ze.',
      ],
      'valence',
      'weakness',
    );
  });
  it('hears praise of the coach’s question as appreciation in Dutch', () => {
    assert.deepEqual(ruleLabel('"Jij stelt altijd precies de goede vraag," zei hij.').signals, ['appreciation']);
  });
});

describe('informal English', () => {
  it('hears crushing it, nailing it and being stoked as strengths, a funk as a problem', () => {
    assertRuleLabels(
      [
        inEnglish("She's crushing it at work right now."),
        inEnglish('She nailed the presentation to the board.'),
        inEnglish("She's stoked about the new role."),
      ],
      'valence',
      'strength',
    );
    assertRuleLabels([inEnglish("He's been in a funk since the holidays.")], 'valence', 'weakness');
  });
});

// A report that opens its sentence is a remark about the report, whoever it is for (rule 6); items under a heading of
// growth edges or "groeipunten" are learning points (rule 13).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleAnalyze, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('a report that opens its sentence', () => {
  it('is a remark about the report, whoever it is for', () => {
    for (const text of [
      inEnglish('These notes are for my supervision group.'),
      inEnglish('This report is for her manager.'),
      'Deze aantekeningen zijn voor mijn intervisiegroep.',
      'Dit verslag is voor haar leidinggevende.',
    ]) {
      const sentence = ruleAnalyze(text).sentences[0]!;
      assert.equal(
        `${sentence.valence}/${sentence.focus}/${sentence.why.focus.rule}`,
        'neutral/neutral/a remark about the report',
      );
    }
  });

  it('not when the coachee acts on it, nor when it stands later in the sentence', () => {
    assert.equal(ruleLabel('Dit verslag heeft ze zelf geschreven.').focus, 'coachee');
    assert.equal(english('She read these notes aloud to her team.').focus, 'coachee');
  });
});

describe('an item under growth edges', () => {
  it('is a learning point in both languages', () => {
    const text = inEnglish('## Growth edges\n\n- Letting go of the details\n- Saying no to side projects');
    assert.deepEqual(
      ruleAnalyze(text).sentences.map((s) => s.valence),
      ['weakness', 'weakness'],
    );
    const dutch = '## Groeipunten\n\n- Loslaten van details\n- Grenzen aangeven bij haar leidinggevende\n';
    assert.deepEqual(
      ruleAnalyze(dutch).sentences.map((s) => s.valence),
      ['weakness', 'weakness'],
    );
  });
});

describe('problems told in everyday words', () => {
  it('are problems in both languages: a scattered state, work taken home, a start too late', () => {
    for (const labels of [
      english('Dana came in scattered, and her team is spooked.'),
      english('She took work home every night this week.'),
      english('He says he started too late with his revision.'),
      ruleLabel('Ze voelt zich versnipperd.'),
      ruleLabel('Ze neemt haar administratie mee naar huis.'),
      ruleLabel('Hij zegt dat hij te laat begonnen is met leren.'),
    ])
      assert.equal(labels.valence, 'weakness');
  });
});

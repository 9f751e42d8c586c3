import assert from 'node:assert/strict';
// Under a heading or colon line of the coach's interpretations ("Hypothesen", "Working hypotheses", "Mijn
// indruk:"), a sentence about the coachee is an interpretation whatever its words: ungrounded unless it names
// what it rests on (rule 33). With the bundled model too: the words cannot show where a sentence stands.
import { analyze, ruleAnalyze } from '../../helpers';

const interpretations = (text: string, withModel = false): boolean[] =>
  (withModel ? analyze(text) : ruleAnalyze(text)).sentences.map((s) => s.signals.includes('ungrounded-interpretation'));

describe('interpretations told by where they stand', () => {
  const dutch = (heading: string): string =>
    `# Sessie 3\n\n## ${heading}\n\n- Haar loyaliteit aan het team speelt een rol.\n- Marloes zoekt de fout altijd bij zichzelf.\n`;
  const english = (heading: string): string =>
    `# Session 3\n\n## ${heading}\n\n- Her loyalty to the team plays a part.\n- Daniel always looks for the fault in himself.\n`;

  it('reads sentences about the coachee under a heading of interpretations as ungrounded ones, in both languages', () => {
    for (const withModel of [false, true]) {
      assert.deepEqual(interpretations(dutch('Hypothesen'), withModel), [true, true]);
      assert.deepEqual(interpretations(english('Working hypotheses'), withModel), [true, true]);
    }
    const announced = 'Mijn werkhypothese:\n\n- Marloes zoekt de fout altijd bij zichzelf.\n';
    assert.deepEqual(interpretations(announced), [true]);
  });
  it('leaves the same sentences under observations, and a grounded or coach’s own sentence, without it', () => {
    assert.deepEqual(interpretations(dutch('Observaties')), [false, false]);
    assert.deepEqual(interpretations(english('Observations')), [false, false]);
    const grounded =
      '## Hypothesen\n\nZe zoekt de fout bij zichzelf, want ze noemde drie keer wat zij fout had gedaan.\n\nIk heb dit nog niet met haar gedeeld.\n';
    assert.deepEqual(interpretations(grounded), [false, false]);
  });
});

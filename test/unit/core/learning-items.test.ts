// An item of a list under learning points is one, whatever its topic (rule 13); the coach's own learning points, a
// paragraph under the heading and a question are not; the incremental session reads them as a fresh analysis does.
import { strict as assert } from 'node:assert';
import { ruleAnalyze } from '../../helpers';
import { analyzeReport, defaultSettings, ReportSession } from '../../../server/src/kracht';

const valences = (text: string): Record<string, string> =>
  Object.fromEntries(ruleAnalyze(text).sentences.map((s) => [s.text, s.valence]));

describe('an item under learning points', () => {
  it('is a learning point, weakness, whatever its words (rule 13)', () => {
    const nl = valences(
      '# Sessie 4\n\n## Leerpunten\n\n- Minder piekeren in de avond\n- Grenzen aangeven bij haar leidinggevende\n',
    );
    assert.equal(nl['Minder piekeren in de avond'], 'weakness');
    assert.equal(nl['Grenzen aangeven bij haar leidinggevende'], 'weakness');
    const en = valences(
      '---\nlang: en\n---\n**Learning points**\n\n- Asking for help earlier.\n- Saying no to new requests.\n',
    );
    assert.equal(en['Asking for help earlier.'], 'weakness');
    const lead = valences(
      '---\nlang: en\n---\nHis pitfalls:\n\n- Taking on every request.\n- Staying calm only until the third interruption.\n',
    );
    assert.equal(lead['Staying calm only until the third interruption.'], 'weakness');
  });

  it('is not under the coach’s own learning points, in a paragraph, or as a question', () => {
    const own = valences('# Sessie 4\n\n## Mijn leerpunten als coach\n\n- Meer stilte laten vallen\n');
    assert.notEqual(own['Meer stilte laten vallen'], 'weakness');
    const under = valences('# Sessie 4\n\n## Leerpunten\n\nZe heeft deze week drie dagen zonder hoofdpijn gewerkt.\n');
    assert.equal(under['Ze heeft deze week drie dagen zonder hoofdpijn gewerkt.'], 'strength');
    const asked = valences('# Sessie 4\n\n## Leerpunten\n\n- Wat hielp je deze week?\n');
    assert.notEqual(asked['Wat hielp je deze week?'], 'weakness');
  });

  it('keeps its reading while the report is typed, as a fresh analysis', () => {
    const text =
      '# Sessie 4\n\n## Leerpunten\n\n- Minder piekeren in de avond\n\n## Afspraken\n\n- Minder piekeren in de avond\n';
    const session = new ReportSession();
    const typed = analyzeReport(text, defaultSettings, { session });
    const again = analyzeReport(text.replace('## Afspraken', '## Afspraken voor maandag'), defaultSettings, {
      session,
    });
    const fresh = analyzeReport(text.replace('## Afspraken', '## Afspraken voor maandag'), defaultSettings);
    assert.deepEqual(
      again.sentences.map((s) => s.valence),
      fresh.sentences.map((s) => s.valence),
    );
    // The same words under the agreements are no learning point: the label cache keeps the two apart.
    const [learning, step] = typed.sentences.map((s) => s.valence);
    assert.equal(learning, 'weakness');
    assert.notEqual(step, 'weakness');
  });
});

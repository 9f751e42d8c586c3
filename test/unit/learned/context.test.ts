import assert from 'node:assert/strict';
import { sectionKind, withContext } from '../../../server/src/core/learned/context';
import { analyzeText } from '../../../server/src/core/pipeline';
import { defaultSettings } from '../../../server/src/core/settings';
import { signalDeciders } from '../../../server/src/rules';

describe('learned layer: where a sentence stands', () => {
  it('reads a section kind from its heading in either language', () => {
    assert.equal(sectionKind('Leerpunten'), 'learning');
    assert.equal(sectionKind('What went well'), 'went-well');
    assert.equal(sectionKind(null), 'other');
  });

  it('reads a Dutch compound by its last part, not a word that merely ends like one', () => {
    assert.equal(sectionKind('Slaaptips'), 'advice');
    assert.equal(sectionKind('Vervolgafspraken'), 'steps');
    assert.equal(sectionKind('Mijn schrijfvalkuilen'), 'learning');
    assert.equal(sectionKind('Stips'), 'other');
  });

  it("names the rules' labels of the sentence before, or nothing for the first", () => {
    const text = '# Sessie\n\nSanne voelt zich onzeker. Ze besloot zelf om het gesprek aan te gaan.\n';
    const { features } = analyzeText(text, defaultSettings, { model: null, features: true, signals: signalDeciders });
    const [first, second] = features!;
    assert.ok(!first!.context!.some((name) => name.startsWith('prev:')));
    assert.ok(second!.context!.includes('prev:rv:weakness'), String(second!.context));
    assert.ok(second!.context!.includes('prev:rf:coachee'), String(second!.context));
    const alone = withContext(first!, {
      section: 'other',
      afterColon: false,
      leadIn: null,
      toolRun: false,
      rules: { valence: 'neutral', focus: 'neutral' },
      previous: null,
    });
    assert.deepEqual(alone.context, ['sec:other', 'sec:other|rv:neutral', 'sec:other|rf:neutral']);
  });
});

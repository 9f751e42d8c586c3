// Notes without a subject take the implied one (rule 25): under the coach's own heading ("Voor mezelf", "Notes to
// self") a note that names no one is the coach's note to self; a Dutch note opening with the coach steering the
// conversation ("Vragen wat ze nodig heeft", "Doorvragen naar haar twijfel") is the coach's plan, as an English
// imperative is (rule 26).
import { strict as assert } from 'node:assert';
import { ruleAnalyze } from '../../helpers';
import { analyzeReport, defaultSettings, ReportSession } from '../../../server/src/kracht';

/** The focus of each list item under `heading`, by the mechanisms alone. */
function focusUnder(heading: string, items: readonly string[], lang: 'nl' | 'en' = 'nl'): string[] {
  const text = `---\nlang: ${lang}\n---\n# Sessie 3\n\n## ${heading}\n\n${items.map((item) => `- ${item}`).join('\n')}\n`;
  return ruleAnalyze(text).sentences.map((sentence) => sentence.focus);
}

describe('a note under the coach’s own heading', () => {
  it('is the coach’s, in either language', () => {
    assert.deepEqual(focusUnder('Voor mezelf', ['Minder invullen.', 'Meer stilte laten vallen.']), ['coach', 'coach']);
    assert.deepEqual(focusUnder('Wat ik bij mezelf merk', ['Te snel met oplossingen.']), ['coach']);
    assert.deepEqual(focusUnder('Notes to self', ['Talked too much.', 'Mostly listening.'], 'en'), ['coach', 'coach']);
    assert.deepEqual(focusUnder('My side', ['Very quiet today.'], 'en'), ['coach']);
  });

  it('is the coachee’s under another heading, or under someone else’s reflection', () => {
    assert.deepEqual(focusUnder('Observaties', ['Minder invullen.']), ['coachee']);
    assert.deepEqual(focusUnder('Reflectie van de coachee', ['Te snel met oplossingen.']), ['coachee']);
    assert.deepEqual(focusUnder('Observations', ['Very quiet today.'], 'en'), ['coachee']);
  });

  it('keeps the coach’s own feelings there on the coach’s side, neutral (rule 8)', () => {
    const text = '---\nlang: nl\n---\n# Sessie\n\n## Mijn aandeel\n\n- Gelukkig op tijd ingehouden.\n';
    const [sentence] = ruleAnalyze(text).sentences;
    assert.deepEqual([sentence!.focus, sentence!.valence], ['coach', 'neutral']);
  });

  it('leaves a note that names someone to the one it names', () => {
    assert.deepEqual(focusUnder('Voor mezelf', ['Gaf me aan het eind een kaartje.']), ['coachee']);
  });

  it('reads the same when a document typed into reuses its labels', () => {
    // The label cache keeps a variant per place: the same words under another heading are labelled again.
    const session = new ReportSession();
    const text = '# Sessie\n\n## Observaties\n\n- Minder invullen.\n\n## Voor mezelf\n\n- Minder invullen.\n';
    for (const typed of ['', ' Nog een regel.']) {
      const analysis = analyzeReport(`${text}${typed}`, defaultSettings, { session, model: null });
      assert.deepEqual(
        analysis.sentences.slice(0, 2).map((sentence) => sentence.focus),
        ['coachee', 'coach'],
      );
    }
  });
});

describe('a Dutch note of the coach steering the conversation', () => {
  const focusOf = (text: string): string => ruleAnalyze(`${text}\n`).sentences[0]!.focus;

  it('is the coach’s plan, whoever it asks about (rules 25, 26)', () => {
    for (const text of [
      'Vragen wat ze nodig heeft om het vol te houden.',
      'Volgende keer eerst doorvragen naar haar twijfel over de promotie.',
      'Terugkomen op het conflict met haar collega.',
      'Checken of hij de afspraak met zijn team heeft gemaakt.',
    ])
      assert.equal(focusOf(text), 'coach', text);
  });

  it('leaves a step under agreements to the coachee (rule 14)', () => {
    assert.deepEqual(focusUnder('Afspraken', ['Checken of haar profiel aansluit bij haar nieuwe cv.']), ['coachee']);
    assert.deepEqual(focusUnder('Volgende keer', ['Checken of hij de afspraak heeft gemaakt.']), ['coach']);
  });

  it('leaves asking someone else, or the noun, alone', () => {
    for (const text of ['Vragen om hulp bij collega’s.', 'Navragen bij HR hoe de regeling zit.'])
      assert.notEqual(focusOf(text), 'coach', text);
    assert.notEqual(
      ruleAnalyze('Vragen die bleven liggen: de planning.\n').sentences[0]!.why.focus.rule,
      'the coach’s plan for the conversation',
    );
  });
});

// What the coach finds hard to do is the coach's effort (rule 8); an urge noticed is no behaviour (rule 29); a third
// party asking the coach to help is a request (rule 17), no praise and no ask for advice; a section's name run into
// its paragraph is a heading (rule 6); friction, energy and knowing exactly in Dutch.
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleAnalyze, ruleLabel } from '../../helpers';

describe('what the coach finds hard to do', () => {
  it('is the coach’s effort, and what it names still counts', () => {
    assertRuleLabels(
      [inEnglish('I found it hard to stay quiet.'), inEnglish('I found it really difficult to hold back.')],
      'valence',
      'neutral',
    );
    assertRuleLabels([inEnglish('I found it hard to watch her struggle.')], 'valence', 'weakness');
    assertRuleLabels([inEnglish('She found it hard to say no.')], 'valence', 'weakness');
  });
});

describe('an urge noticed or held back', () => {
  it('carries no signal, in both languages, until the coach gives in', () => {
    for (const [text, language] of [
      ['Ik merkte dat ik je al snel een paar tips wilde geven over timeboxing.', 'nl'],
      ['Ik vond het moeilijk om mijn advies voor me te houden.', 'nl'],
      ['I found it hard not to steer them towards the solution I had in mind.', 'en'],
      ['I noticed I wanted to give her a few tips about planning.', 'en'],
    ] as const)
      assert.deepEqual(ruleLabel(language === 'en' ? inEnglish(text) : text).signals, [], text);
    assert.deepEqual(ruleLabel('Ik merkte dat ik haar tips wilde geven, en dat heb ik ook gedaan.').signals, [
      'expert-role',
    ]);
    // Wanting a result is the behaviour itself (rule 36), noticed or not.
    assert.ok(
      ruleLabel('Ik merk dat ik graag wil dat je snel een nieuwe baan vindt.').signals.includes(
        'outcome-responsibility',
      ),
    );
  });
});

describe('someone else asking the coach to help', () => {
  it('is a request about the coaching: no praise, no ask for advice', () => {
    const request = ruleLabel('Haar manager vroeg me om hen te helpen.');
    assert.deepEqual([request.valence, request.signals], ['neutral', []]);
    assert.deepEqual(
      ruleLabel(inEnglish('Their manager asked me to help them find a way to work together.')).signals,
      [],
    );
    const ask = ruleLabel('Daarna vroeg ze me wat ze moest doen.');
    assert.deepEqual([ask.valence, ask.signals], ['weakness', ['expert-role']]);
    assert.deepEqual(ruleLabel(inEnglish('She said the session helped her a lot.')).signals, ['appreciation']);
  });
});

describe('a section’s name run into its paragraph', () => {
  it('is a heading, neutral for both', () => {
    const report = ruleAnalyze(
      '---\nlang: en\n---\n**Context.** Dev and Carla share the night shift.\n\n**Achtergrond.** Hij werkt bij de gemeente.\n',
    );
    const byText = new Map(report.sentences.map((s) => [s.text, s]));
    for (const heading of ['Context.', 'Achtergrond.'])
      assert.deepEqual([byText.get(heading)?.valence, byText.get(heading)?.focus], ['neutral', 'neutral'], heading);
    assert.equal(byText.get('Dev and Carla share the night shift.')?.focus, 'coachee');
  });
});

describe('friction, energy and knowing exactly', () => {
  it('are heard in Dutch', () => {
    assertRuleLabels(['Je partner heeft daar iets van gezegd, en dat schuurt.'], 'valence', 'weakness');
    assertRuleLabels(
      ['Toen je over je team vertelde, ging je rechtop zitten.', 'Je weet precies wie wat nodig heeft.'],
      'valence',
      'strength',
    );
  });
});

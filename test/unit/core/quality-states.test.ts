import assert from 'node:assert/strict';
// A quality told as low, gone or fragile is a problem; a problem told as low is not (rule 10: what is missing is
// a problem, a problem that is gone is progress). The state word turns the quality or problem before it, as a word
// of diminishing does, and counts only through it.
import { assertRuleLabels, ruleAnalyze, ruleLabel } from '../../helpers';

describe('a quality in a low or fragile state', () => {
  it('reads a quality that is low, gone or fragile as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'Her confidence is low.',
        'His motivation is gone.',
        'His confidence is still fragile.',
        'Her energy was at rock bottom after the reorganisation.',
        'Haar zelfvertrouwen is laag.',
        'Zijn motivatie is weg.',
        'Ze zegt dat haar zelfvertrouwen laag is.',
        'Haar energie is nog wankel.',
        'Zijn motivatie is ver te zoeken.',
      ],
      'valence',
      'weakness',
    );
    assert.deepEqual(ruleAnalyze('Her confidence is low.').sentences[0]!.why.valence.words, ['confidence … is low']);
  });
  it('reads a problem that is low as no problem, and a quality negated as low or gone up as a quality', () => {
    assertRuleLabels(
      ['Her stress levels are low this month.', 'Her confidence is not low.', 'Her confidence has gone up.'],
      'valence',
      'strength',
    );
  });
  it('reads feeling low, alone, as a problem', () => {
    assert.equal(ruleLabel('She felt low all week.').valence, 'weakness');
  });
});

describe('underselling oneself', () => {
  it('reads underselling or hiding one’s achievements as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'He undersells his achievements.',
        'She played down her part in the launch.',
        'Hij zet zijn licht onder de korenmaat.',
        'Ze maakt zichzelf klein in het overleg.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('results in a job search', () => {
  it('reads landing an interview, a job or an offer as progress, in both languages', () => {
    assertRuleLabels(
      [
        'He landed a second interview with the logistics firm.',
        'She got an offer from the hospital on Friday.',
        'Ze heeft de opdracht binnengehaald.',
        'Hij kreeg de baan bij de gemeente.',
      ],
      'valence',
      'strength',
    );
  });
  it('marks the coach who must find the coachee a job as responsible for the outcome', () => {
    for (const text of [
      'I feel I have to get him a job before his contract ends.',
      'Ik moet haar aan een baan helpen voordat haar contract afloopt.',
    ])
      assert.ok(ruleLabel(text).signals.includes('outcome-responsibility'), text);
  });
});

describe('idioms of despair and of flourishing', () => {
  it('reads being at a loss, swamped or worn down as a problem', () => {
    assertRuleLabels(
      [
        'Ze zat met de handen in het haar.',
        'Hij ziet door de bomen het bos niet meer.',
        'Ze zit stuk.',
        'She was up to her neck in deadlines.',
        'She is barely keeping her head above water.',
        'He has been in a dark place since the divorce.',
        'Ze zit in een diep dal.',
        'Hij was helemaal uit zijn doen.',
      ],
      'valence',
      'weakness',
    );
  });
  it('reads being fired as a problem, and "fire" in other senses as no dismissal', () => {
    assert.equal(ruleLabel('He was fired in March.').valence, 'weakness');
    assert.notEqual(ruleLabel('She fires off questions in every meeting.').valence, 'weakness');
  });
  it('reads blossoming, finding one’s feet and ease as a strength', () => {
    assertRuleLabels(
      [
        'Hij bloeit helemaal op als hij over techniek praat.',
        'Daar draait hij zijn hand niet voor om.',
        'She blossomed in her new role.',
        'She found her feet in the new team.',
        'Planning is second nature to her.',
        'She is firing on all cylinders again.',
        'He has really found his voice in the team.',
        'Hij is de bocht om.',
        'Het loopt op rolletjes sinds ze de planning zelf maakt.',
      ],
      'valence',
      'strength',
    );
  });
});

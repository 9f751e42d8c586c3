import assert from 'node:assert/strict';
// The coach's worry about their own act is the coach's side (rules 8, 31); damage to a quality is a problem and
// clarity about what one wants a way forward (rules 10, 12); "for good" is no good; a useful session is appreciation.
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('the words of the coach’s worry about the intervention', () => {
  it('tell no problem of the coachee’s', () => {
    assertRuleLabels(
      [
        'I hesitated for a long time about whether to bring up the topic, afraid to get it wrong.',
        'Ik heb lang getwijfeld of ik het onderwerp ter sprake moest brengen, bang om het verkeerd te doen.',
        'Ik merk dat ik bang ben om het verkeerde te kiezen.',
      ],
      'valence',
      'neutral',
    );
    assert.deepEqual(ruleLabel('I hesitated for a long time, afraid to get it wrong.').signals, ['intervention-focus']);
  });
  it('still tell the problem the coach fears for the coachee', () => {
    assertRuleLabels(['I am afraid that this will close her down for good.'], 'valence', 'weakness');
  });
});

describe('damage to a quality', () => {
  it('is a problem, the quality turned', () => {
    assertRuleLabels(
      [
        'Haar zelfvertrouwen heeft een flinke deuk opgelopen.',
        'Zijn zelfvertrouwen is aangetast door de reorganisatie.',
        'Haar motivatie heeft flink geleden onder de verhuizing.',
        'The reorganisation dented her confidence.',
        'His confidence took a knock after the review.',
        'Her self-confidence has taken a serious knock.',
        'Her motivation has suffered since the move.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('clarity about what the coachee wants', () => {
  it('is a way forward, and its absence a problem', () => {
    assertRuleLabels(
      ['She now has a clear picture of the role she wants.', 'Ze heeft nu een helder beeld van de rol die ze wil.'],
      'valence',
      'strength',
    );
    assertRuleLabels(['She has no clear picture of what she wants.'], 'valence', 'weakness');
  });
});

describe('words of the kind', () => {
  it('"for good" means for ever, no good', () => {
    assertRuleLabels(['He moved to Spain for good.'], 'valence', 'neutral');
  });
  it('a session called useful is praise for the coach', () => {
    const label = ruleLabel('Ze zei dat de sessie heel nuttig was geweest.');
    assert.deepEqual([label.valence, label.signals], ['neutral', ['appreciation']]);
  });
});

describe('a note that weighs an intervention', () => {
  it('is the coach weighing it, neutral, with intervention-focus (rules 25, 31)', () => {
    for (const sentence of [
      'Looking back, a more confronting approach would have been better.',
      'Achteraf gezien was een confronterender aanpak beter geweest.',
    ])
      assert.deepEqual(Object.values(ruleLabel(sentence)), ['neutral', 'coach', ['intervention-focus']], sentence);
  });
  it('not where one word of it praises a piece of work', () => {
    assert.equal(ruleLabel('Perfect presentation at the board meeting.').focus, 'coachee');
  });
});

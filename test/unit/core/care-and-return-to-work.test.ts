// Caring for family, returning to work after sick leave, news of a reorganisation (rules 8, 10, 17, 23).
import { strict as assert } from 'node:assert';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('care and return to work', () => {
  it('a problem that does not diminish stays a problem, also split around its negation (rule 10)', () => {
    assertRuleLabels(
      [
        'De klachten nemen niet af.',
        'Haar angst neemt nog niet af.',
        'De concentratieproblemen zijn nog niet weg.',
        inEnglish('Her anxiety has not decreased.'),
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(['De klachten nemen af.', 'De concentratieproblemen zijn weg.'], 'valence', 'strength');
  });
  it('a health complaint named with its article is the coachee’s, not the coach’s tension', () => {
    for (const text of [inEnglish('The headaches are back.'), inEnglish('The headaches have not disappeared.')]) {
      const { focus, signals } = ruleLabel(text);
      assert.equal(focus, 'coachee', text);
      assert.deepEqual(signals, [], text);
    }
  });
  it('the success the coach answers for is no strength of the coachee (rule 8)', () => {
    assertRuleLabels(
      [
        'Ik ben verantwoordelijk voor de begeleiding, niet voor het tempo van haar herstel.',
        inEnglish('I am responsible for the coaching, not for the pace of her recovery.'),
      ],
      'valence',
      'neutral',
    );
  });
  it('news told without a teller comes from the coachee’s situation (rule 23)', () => {
    const { focus, valence } = ruleLabel(inEnglish('He was told on Monday that his position will disappear.'));
    assert.deepEqual([focus, valence], ['coachee', 'weakness']);
  });
  it('a clause joined by "en" without a subject shares the one before, also for a frame of opinion', () => {
    assertRuleLabels(['Ze is voor het eerst naar het graf gegaan en vond dat troostend.'], 'focus', 'coachee');
    assertRuleLabels(['Ik heb het rollenspel gedaan en vond dat lastig.'], 'focus', 'coach');
  });
  it('a feeling the coachee permits or dares is told for how she deals with it (rule 9)', () => {
    assertRuleLabels(
      [
        inEnglish('She allows herself to be sad now without apologising for it.'),
        inEnglish('She now allows herself to make mistakes.'),
        'Ze durft kwetsbaar te zijn in het team.',
        'Ze staat zichzelf toe fouten te maken.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels([inEnglish('She allows herself no rest.')], 'valence', 'weakness');
  });
  it('the session as subject is about the session, whoever it was with (rules 6, 18)', () => {
    assertRuleLabels(
      [
        inEnglish('The intake was a three-way conversation with Noor and her manager.'),
        'Het intakegesprek was een driegesprek met Noor en haar leidinggevende.',
      ],
      'focus',
      'neutral',
    );
  });
  it('the coachee asking the coach to look at or help with her work is expert-role; help asked for is no praise', () => {
    for (const text of [
      inEnglish('She asked me to look at her CV.'),
      inEnglish('He asked me to help him with his CV.'),
      inEnglish('She asked me for help with her CV.'),
    ]) {
      const { valence, signals } = ruleLabel(text);
      assert.equal(valence, 'weakness', text);
      assert.deepEqual(signals, ['expert-role'], text);
    }
  });
});

import assert from 'node:assert/strict';
// A manager's pitfalls (holding on to everything, stepping in too soon, spreading too thin) are problems; delegating
// and owning a pattern are strengths; the coach impressing the importance of something is advice (expert-role).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('holding on and letting go', () => {
  it('reads holding on to everything, stepping in too soon and being overextended as problems', () => {
    assertRuleLabels(
      [
        'Ingrid grijpt snel in als iets niet loopt.',
        'Hij houdt alles in eigen hand.',
        'Ze trekt alles naar zich toe.',
        "He can't delegate.",
        'He is overextended and has taken on a stretch assignment.',
        'She is spread too thin across three projects.',
      ],
      'valence',
      'weakness',
    );
  });
  it('reads delegating and owning a pattern as strengths', () => {
    assertRuleLabels(
      ['He will delegate the weekly reporting to his deputy.', 'When I named the pattern, she owned it.'],
      'valence',
      'strength',
    );
  });
  it('reads stressing the importance of something as no stress of the coachee’s', () => {
    assert.equal(ruleLabel('She stressed the importance of rest.').valence, 'neutral');
    assert.equal(ruleLabel('She was stressed about the deadline.').valence, 'weakness');
  });
});

describe('the coach impressing the importance of something', () => {
  it('is advice (expert-role), in both languages, the coach’s and not the coachee’s', () => {
    for (const text of [
      'I emphasised the importance of sleep.',
      'I stressed the importance of prioritising.',
      'Ik heb haar gewezen op het belang van prioriteren.',
      'Ik benadrukte het belang van rust.',
    ])
      assert.ok(ruleLabel(text).signals.includes('expert-role'), text);
    assert.ok(!ruleLabel('She stressed the importance of rest.').signals.includes('expert-role'));
  });
});

describe('pushing back', () => {
  it('reads pushing back on someone as a strength, not pushing back as a problem, and a date pushed back as neither', () => {
    assert.equal(ruleLabel('She pushed back on her director for the first time.').valence, 'strength');
    assert.equal(ruleLabel('Her manager keeps piling work on her, and she doesn’t push back.').valence, 'weakness');
    for (const text of ['The meeting was pushed back to Friday.', 'She pushed back the deadline by a week.'])
      assert.equal(ruleLabel(text).valence, 'neutral', text);
  });
});

describe('a team: voices heard and unheard', () => {
  it('reads feeling unheard and filling every silence as problems, contributing more as progress', () => {
    assertRuleLabels(
      [
        'Two developers said they feel unheard in the planning meetings.',
        'Aisha, the team lead, tends to fill every silence herself.',
        'Hij voelt zich over het hoofd gezien.',
        'Ze domineert het overleg.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['By the end, the quieter members were contributing noticeably more.', 'De stillere teamleden brachten meer in.'],
      'valence',
      'strength',
    );
  });
  it('reads the coach filling the silence as working hard', () => {
    for (const text of ['I filled the silence with another question.', 'Ik vulde de stilte met een nieuwe vraag.'])
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
  });
});

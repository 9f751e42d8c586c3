// Dutch plurals in "-ies", a question the coachee has that names no hindrance, the coach telling what they saw, and
// problems growing less frequent (rules 10, 13, 21, 32).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';
import { tokenize } from '../../../server/src/core/words';

describe('a Dutch plural in "-ies" or "-\'s"', () => {
  it('shares the stem of its singular', () => {
    const [plural, singular] = tokenize('ruzies ruzie', 'nl');
    assert.equal(plural!.stem, singular!.stem);
    assertRuleLabels(['De ruzies thuis zijn heftiger geworden.'], 'valence', 'weakness');
  });
});

describe('"weet niet meer"', () => {
  it('is a question she has, not a hindrance that stops the problem after it (rule 13)', () => {
    assertRuleLabels(['Ze weet niet meer waar ze het allemaal voor doet.'], 'valence', 'weakness');
  });
});

describe('the coach telling what they saw', () => {
  it('is the coach’s act: the part before the colon decides (rule 21)', () => {
    assertRuleLabels(
      [
        inEnglish('I told him what I saw: he leaned back and crossed his arms.'),
        'Ik benoemde wat ik zag: hij leunde achterover.',
      ],
      'focus',
      'coach',
    );
    // A perception frame that opens the sentence still hands focus on (rule 19).
    assertRuleLabels([inEnglish('What I did catch was this: last year he wrote a plan.')], 'focus', 'coachee');
  });
  it('is no advice, where telling what the coach would do is (rule 32)', () => {
    assert.deepEqual(ruleLabel(inEnglish('I told him what I saw: he leaned back.')).signals, []);
    assert.deepEqual(ruleLabel(inEnglish('I told her what I would do in her place.')).signals, ['expert-role']);
  });
});

describe('a perception frame', () => {
  it('hands focus to the coachee it shows without "dat" in Dutch, as in English (rule 19)', () => {
    assertRuleLabels(
      [
        'Je bleef daar even bij stilstaan, en ik zag je schouders zakken.',
        inEnglish('She went quiet, and I saw her shoulders drop.'),
      ],
      'focus',
      'coachee',
    );
  });
  it('hands nothing to a main clause joined on after a thing seen (rules 18, 22)', () => {
    assertRuleLabels(
      ['Ik zie daar toch een blokkade in, en die moeten we eerst wegnemen voordat we verder kunnen opbouwen.'],
      'focus',
      'coach',
    );
  });
});

describe('problems less frequent, a step back not taken, recovery', () => {
  it('are progress in both languages (rules 9, 10)', () => {
    assertRuleLabels(
      [
        inEnglish('Her panic attacks are less frequent and less intense.'),
        inEnglish('She has fewer panic attacks than in the spring.'),
        'Ze krabbelde niet terug toen de directeur tegengas gaf.',
        inEnglish('She recovered from a difficult winter.'),
      ],
      'valence',
      'strength',
    );
  });
});

describe('a reading with what it is inferred from', () => {
  it('is grounded, in both languages (rule 33)', () => {
    for (const text of [
      'Mijn inschatting is dat ze vooral blijft vanwege haar team; dat leid ik af uit wat ze over haar collega’s vertelde.',
      inEnglish(
        'My sense is that she stays mainly for her team; I infer this from how she spoke about her colleagues.',
      ),
    ])
      assert.ok(!ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });
});

describe('someone of the coach’s own', () => {
  it('is not the coach, nor a party to the coachee’s situation: neutral, as the corpus labels "My peer supervisor … suggested" (rules 18, 24)', () => {
    assertRuleLabels([inEnglish('My supervisor thinks the sessions are going well.')], 'focus', 'neutral');
  });
});

describe('a name set off by commas after a third party', () => {
  it('is that third party, whose wish is their plan (rules 17, 24)', () => {
    const labels = ruleLabel(inEnglish('Her manager, Peter, wants her back at work in April.'));
    assert.equal(labels.valence, 'neutral');
    assert.equal(labels.focus, 'coachee');
  });
});

describe('what the coachee spoke about', () => {
  it('grounds a reading after a colon (rule 33)', () => {
    const text = 'Het lijkt erop dat hier een kentering zit: ze sprak voor het eerst over haar toekomst.';
    assert.ok(!ruleLabel(text).signals.includes('ungrounded-interpretation'));
  });
});

describe('never allowed', () => {
  it('is a constraint the coachee grew up with, a problem', () => {
    assertRuleLabels(
      [inEnglish('She said she had never been allowed to think out loud at home.'), 'Ze mocht nooit iets zeggen.'],
      'valence',
      'weakness',
    );
  });
});

// A courtesy wish takes on no result (rule 36) where a hope for the coachee's decision or job does; a frame the
// coachee's ask puts to the coach is hers (rules 15, 18); Dutch "al" before a verb and its subject concedes (rule 9);
// words side by side in a term are not matched across a comma; feeding the answer is expert-role (rule 32).
import * as assert from 'node:assert/strict';
import { splitClauses } from '../../../server/src/core/clauses';
import { MatcherMemo } from '../../../server/src/core/label-cache';
import { tokenize } from '../../../server/src/core/words';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

const signalsOf = (text: string): string[] => ruleLabel(text).signals;

describe('a hope of the coach', () => {
  it('for the coachee’s decision or job is outcome-responsibility', () => {
    for (const text of [
      inEnglish('I notice I am quietly hoping she applies.'),
      inEnglish('Honestly, I am invested in this one: I would love to see her get it.'),
      'Ik hoop stiekem dat hij solliciteert.',
      'Ik gun het haar zo, die baan.',
    ])
      assert.deepEqual(signalsOf(text), ['outcome-responsibility'], text);
  });

  it('for her holiday, rest or luck is a courtesy', () => {
    for (const text of [
      inEnglish('I hope she has a lovely holiday.'),
      inEnglish('I hope that she takes good care of herself.'),
      'Ik hoop dat ze een fijne vakantie heeft.',
      'Ik hoop dat ze even kan uitrusten.',
    ])
      assert.deepEqual(signalsOf(text), [], text);
  });
});

describe('what an English hope without "that" wishes', () => {
  it('is the coach’s wish, no strength of the coachee’s (rule 8)', () => {
    assertRuleLabels(
      [
        inEnglish('I hope she has a lovely holiday.'),
        inEnglish('I am hoping she gets the job.'),
        inEnglish('I really hope he passes the exam.'),
      ],
      'valence',
      'neutral',
    );
  });
});

describe('the coachee asking what the coach thinks', () => {
  it('is the coachee’s, not the coach’s opinion', () => {
    assertRuleLabels(
      [
        inEnglish('The client asked whether I thought she should apply for the ward manager post.'),
        'Ze vroeg of ik vond dat ze moest solliciteren.',
      ],
      'focus',
      'coachee',
    );
  });
});

describe('Dutch "al" that concedes', () => {
  it('leaves the main clause to decide', () => {
    assertRuleLabels(
      [
        'Ze komt steeds beter voor zichzelf op, al vindt ze het nog spannend.',
        'Al was ze zenuwachtig, ze heeft het gesprek gevoerd.',
      ],
      'valence',
      'strength',
    );
  });

  it('is no concession as "already" or before a determiner', () => {
    const conceding = (text: string): string[] => {
      const tokens = tokenize(text, 'nl');
      const hits = new MatcherMemo().matchersFor('nl', {}).focus.find(tokens);
      return splitClauses(tokens, (cls) => hits.filter((hit) => hit.cls === cls))
        .filter((clause) => clause.kind === 'concessive')
        .map((clause) => clause.conjunction);
    };
    assert.deepEqual(conceding('Ze komt steeds beter voor zichzelf op, al vindt ze het nog spannend.'), ['al']);
    assert.deepEqual(conceding('Ze is al drie weken ziek thuis.'), []);
    assert.deepEqual(conceding('Ze ging goed vooruit, al die tijd bleef ze moe.'), []);
    assert.deepEqual(conceding('Hij werkt daar, al twee jaar zonder contract.'), []);
  });
});

describe('a term of words side by side', () => {
  it('is not matched across a comma', () => {
    assertRuleLabels(
      ['Hij spreekt zijn vennoot volgende week aan, op een moment dat ze allebei tijd hebben.'],
      'valence',
      'neutral',
    );
    assertRuleLabels(['Hij spreekt zijn vennoot aan op de facturen die blijven liggen.'], 'valence', 'strength');
  });
});

describe('feeding the coachee the answer', () => {
  it('is expert-role', () => {
    for (const text of [
      'Ik had achteraf het gevoel dat ik te veel had voorgezegd.',
      'Ik heb haar de woorden in de mond gelegd.',
      inEnglish('Looking back, I fed him the answer.'),
    ])
      assert.deepEqual(signalsOf(text), ['expert-role'], text);
  });
});

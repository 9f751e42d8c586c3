// Deciding or not: going back and forth, asking everyone, choosing (rules 9, 11); fixed phrases open no clause.
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('deciding', () => {
  it('going back and forth between options, asking everyone what to do are problems', () => {
    assertRuleLabels(
      [
        inEnglish('He keeps going back and forth between the two job offers.'),
        'Hij blijft heen en weer gaan tussen de twee aanbiedingen.',
        inEnglish('He asks everyone around him what he should do.'),
        'Hij vraagt iedereen om hem heen wat hij moet doen.',
      ],
      'valence',
      'weakness',
    );
  });
  it('a decision made, a choice accepted as imperfect and made are strength', () => {
    assertRuleLabels(
      [
        inEnglish('She made the decision about the move without waiting for anyone.'),
        inEnglish('She accepts that no choice is perfect and picked one.'),
        'Ze accepteert dat geen keuze perfect is en heeft er een gemaakt.',
      ],
      'valence',
      'strength',
    );
  });
});

// A quality asked about in a frame of doubt is doubted, one after a frame of difficulty lacking: a problem (rule 8);
// a negation split around a word ("geen plezier meer") negates it; a clause of "toen" is the situation beside what
// the coachee did (rule 9).
import assert from 'node:assert/strict';
import { assertRuleLabels, ruleAnalyze, ruleLabel } from '../../helpers';

describe('a frame of doubt', () => {
  it('turns the quality it asks about into a problem, in both languages', () => {
    assertRuleLabels(
      [
        'He doubts whether he is good enough.',
        "He doesn't know whether he is strong enough for the role.",
        'She wonders if she is capable of leading the team.',
        'Ze twijfelt of ze wel sterk genoeg is.',
        'Hij vraagt zich af of hij wel capabel is.',
      ],
      'valence',
      'weakness',
    );
  });

  it('leaves a negated doubt, a turn after it and the coach’s own doubt alone', () => {
    assertRuleLabels(
      [
        'She no longer doubts whether she is capable.',
        'She wonders whether she is good enough, but she applied anyway.',
      ],
      'valence',
      'strength',
    );
    assert.notEqual(
      ruleLabel('On the drive back I was doubting whether the exercise was correct.').valence,
      'weakness',
    );
  });

  it('turns a quality of the coachee’s that the coach doubts into a problem (rule 8)', () => {
    assertRuleLabels(
      [
        'Because she cancelled twice, I wondered whether she is still committed.',
        'Omdat ze twee keer haar afspraak afzegde, vroeg ik me af of ze er nog achter staat.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a frame of difficulty', () => {
  it('turns what the coachee cannot yet do into a problem, in both languages', () => {
    assertRuleLabels(
      [
        'He struggles to delegate.',
        'She finds it hard to ask for help.',
        'Ze heeft moeite om hulp te vragen.',
        'Hij vindt het lastig om te delegeren.',
        'She does not yet know how to put her talent to use.',
        'Ze weet nog niet goed hoe ze haar talent kan inzetten.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a quality in excess', () => {
  it('is a problem, the Dutch "te" only after a copula or a word of degree (rule 11)', () => {
    assertRuleLabels(
      ['She is too helpful.', 'Ze is te behulpzaam en zegt daardoor overal ja op.', 'Hij is veel te aardig.'],
      'valence',
      'weakness',
    );
    assertRuleLabels(['Ze is behulpzaam.', 'She helped too.'], 'valence', 'strength');
    // Named with its word of excess: the quality alone would read as praise.
    assert.deepEqual(ruleAnalyze('She is too helpful.').sentences[0]!.why.valence.words, ['too helpful']);
  });
});

describe('a learning point named as the subject', () => {
  it('makes the sentence one, whatever the goal it names (rule 13)', () => {
    assertRuleLabels(
      ['Her development point is to ask for help more often.', 'Haar ontwikkelpunt is om vaker om hulp te vragen.'],
      'valence',
      'weakness',
    );
    // A problem as the subject is told of, no label: gone, it is progress.
    assertRuleLabels(
      ['Her strength is that she listens well.', 'De concentratieproblemen zijn weg.', 'Her complaints are gone.'],
      'valence',
      'strength',
    );
  });
});

describe('a negation split around a word', () => {
  it('negates the word inside it', () => {
    assertRuleLabels(
      [
        'Hij heeft geen plezier meer in zijn werk.',
        'Hij heeft geen energie meer.',
        'Ze heeft geen zelfvertrouwen meer.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a clause of "toen"', () => {
  it('is the situation the coachee dealt with, as "when" is', () => {
    assertRuleLabels(
      ['Hij bleef rustig toen zijn leidinggevende boos werd.', 'He stayed calm when his manager got angry.'],
      'valence',
      'strength',
    );
  });
});

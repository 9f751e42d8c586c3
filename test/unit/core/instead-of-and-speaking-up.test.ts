import assert from 'node:assert/strict';
// "in plaats van", "instead of": the act not chosen for the one told is no step missed (rule 10); speaking up and
// keeping quiet, doing everything oneself, in both languages.
import { assertRuleLabels, ruleLabel } from '../../helpers';

const valenceOf = (sentence: string): string => ruleLabel(sentence).valence;

describe('an act told instead of another', () => {
  it('is the coachee acting, not a step missed', () => {
    assertRuleLabels(
      ['She called the parent instead of sending an email.', 'Ze belde de ouder in plaats van een mail te sturen.'],
      'valence',
      'strength',
    );
  });
  it('still turns a problem or a quality after it', () => {
    for (const [sentence, valence] of [
      ['He now asks for help instead of doing it all himself.', 'strength'],
      ['Hij vraagt nu om hulp in plaats van alles zelf op te lossen.', 'strength'],
      ['He kept quiet instead of speaking up.', 'weakness'],
      ['He worried instead of acting.', 'weakness'],
      ['Hij bleef zwijgen in plaats van iets te zeggen.', 'weakness'],
    ])
      assert.equal(valenceOf(sentence), valence, sentence);
  });
});

describe('doing everything oneself', () => {
  it('is a problem, not her own solution', () => {
    assertRuleLabels(
      [
        'Ze probeert alles zelf op te lossen.',
        'Ze lost alles zelf op.',
        'She tries to solve everything herself.',
        'He handles everything himself.',
      ],
      'valence',
      'weakness',
    );
    assert.equal(valenceOf('Ze lost het zelf op.'), 'strength');
  });
});

describe('speaking up and keeping quiet', () => {
  it('are a strength and a problem of the coachee', () => {
    for (const [sentence, valence] of [
      ['In the meeting she spoke her mind.', 'strength'],
      ['She no longer kept quiet in the meetings she chaired.', 'strength'],
      ['Ze zei wat ze vond.', 'strength'],
      ['In het overleg zweeg ze weer.', 'weakness'],
      ['In the review he kept silent again.', 'weakness'],
    ])
      assert.equal(valenceOf(sentence), valence, sentence);
  });
  it('are the coach’s own side when the coach keeps quiet', () => {
    assert.equal(valenceOf('Ik zweeg even en liet de stilte vallen.'), 'neutral');
    // An infinitive is the coach's restraint as often as the coachee's silence: only told forms count.
    assert.equal(valenceOf('My job today was mostly to stay quiet.'), 'neutral');
  });
});

describe('a verb of starting that only dates something', () => {
  it('is no step taken', () => {
    for (const sentence of [
      'Sinds ze begonnen is, heeft ze één nieuwe klant gehad.',
      'Since she started, she has had one new client.',
    ])
      assert.notEqual(valenceOf(sentence), 'strength', sentence);
    assert.equal(valenceOf('She started the course last week.'), 'strength');
  });
});

describe('work that does not stop at home', () => {
  it('is a problem; leaving it at work a strength', () => {
    for (const [sentence, valence] of [
      ['She can’t switch off in the evening.', 'weakness'],
      ['Ze neemt alles van de afdeling mee naar huis.', 'weakness'],
      ['He now leaves work at work.', 'strength'],
      ['Hij neemt de lunch mee naar huis.', 'neutral'],
    ])
      assert.equal(valenceOf(sentence), valence, sentence);
  });
});

describe('a word of ending inside a term', () => {
  it('is that term’s and turns nothing after it', () => {
    assert.equal(valenceOf('Nothing stopped her from speaking up this time.'), 'strength');
    assert.equal(valenceOf('Something stopped her from speaking up.'), 'weakness');
    assert.equal(valenceOf('The breathing stopped her from panicking.'), 'strength');
  });
});

// In a report of team coaching the team and its members, team lead included, are the coachee (rule 28): what they
// do and decide counts as the coachee's, not as a third party's.
import assert from 'node:assert/strict';
import { ruleAnalyze } from '../../helpers';

const labelsOf = (text: string): string[] => ruleAnalyze(text).sentences.map((s) => `${s.valence}/${s.focus}`);

describe('team coaching', () => {
  it('reads the team as the coachee under a heading of team coaching, in both languages', () => {
    assert.deepEqual(
      labelsOf(
        '# Teamcoaching klantcontactcentrum, bijeenkomst 2\n\nHet team heeft zelf nieuwe werkafspraken gemaakt. ' +
          'De teamleden spreken elkaar nog niet aan op afspraken.\n',
      ),
      ['strength/coachee', 'weakness/coachee'],
    );
    assert.deepEqual(
      labelsOf(
        '---\nlang: en\n---\n# Team coaching, session 3\n\nThe team agreed on clearer roles during the retrospective. ' +
          'The team lead now lets others chair the stand-up.\n',
      ),
      ['strength/coachee', 'strength/coachee'],
    );
  });
  it('also when the front matter names a team as the coachee', () => {
    assert.deepEqual(labelsOf('---\ncoachee: Team Finance\nlang: en\n---\nThe team agreed on clearer roles.\n'), [
      'strength/coachee',
    ]);
  });
  it('keeps a team a third party in a report about one coachee', () => {
    const [sentence] = ruleAnalyze(
      '---\nlang: en\n---\n# Session 3 with Anna\n\nThe team agreed on clearer roles.\n',
    ).sentences;
    assert.equal(sentence!.valence, 'neutral');
    assert.equal(sentence!.why.focus?.rule, 'third party in the coachee’s situation');
  });
});

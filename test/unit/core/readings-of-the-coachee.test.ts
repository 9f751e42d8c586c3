import assert from 'node:assert/strict';
// The coach's reading of the coachee: "to me", "voor mij" frame an opinion (rule 19); "what is really going on" reads
// beneath what was said (rule 33); an observation denied grounds nothing; a quality foreseen is the coachee's
// strength and a fear named the coachee's problem (rule 8).
import { ruleLabel } from '../../helpers';

const label = (sentence: string): string[] => {
  const { valence, focus, signals } = ruleLabel(sentence);
  return [valence, focus, signals.join(',')];
};

describe('the coach’s reading of the coachee', () => {
  it('framed by "to me", "voor mij" is the coach’s, an interpretation', () => {
    assert.deepEqual(label('To me this is typical avoidance behaviour.'), [
      'weakness',
      'coach',
      'ungrounded-interpretation',
    ]);
    assert.deepEqual(label('Voor mij is dit typisch vermijdingsgedrag.'), [
      'weakness',
      'coach',
      'ungrounded-interpretation',
    ]);
  });
  it('of what is really going on is an interpretation, "niet gezien" no ground for it', () => {
    assert.deepEqual(label('Wat er echt speelt, denk ik, is dat hij zich niet gezien voelt door zijn vader.'), [
      'weakness',
      'coach',
      'ungrounded-interpretation',
    ]);
  });
  it('tells the strength it foresees and the fear it names', () => {
    assert.equal(ruleLabel('I think she would make an excellent manager.').valence, 'strength');
    assert.equal(ruleLabel('Ik denk dat ze een uitstekende manager zou zijn.').valence, 'strength');
    assert.equal(
      ruleLabel('Because she twice cancelled when the topic came up, I wondered whether the topic frightens her.')
        .valence,
      'weakness',
    );
  });
});

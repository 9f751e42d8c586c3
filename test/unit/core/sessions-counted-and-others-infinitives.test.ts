// A count of the meetings is about the sessions, no pattern of the coachee's (rule 6); a cue of the coach's behaviour
// whose verb the coachee does ("waited for her to fill the silence") is not the coach's (rule 29); a question the
// coachee came in with is weakness whatever its adjective (rule 13); doing the coachee's thinking is working hard
// (rule 30); a personal best is an achievement (rule 10).
import * as assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a count of the meetings', () => {
  it('is no pattern of the coachee’s, in either language', () => {
    assertRuleLabels(
      [
        'We spraken elkaar vandaag voor de derde keer.',
        'Dit was de vierde keer dat we elkaar zagen.',
        inEnglish('This was the third time we met.'),
        inEnglish('Today we met for the fourth time.'),
      ],
      'valence',
      'neutral',
    );
  });

  it('leaves a count of what the coachee does a pattern', () => {
    assertRuleLabels(
      [
        inEnglish('For the third time in a row he came back empty-handed.'),
        'Voor de derde keer op rij kwam hij met lege handen.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a cue of the coach’s behaviour done by the coachee', () => {
  it('is not the coach working hard', () => {
    for (const text of [
      inEnglish('Next time I will wait for him to fill the silence.'),
      inEnglish('I asked her to explain it again in her own words.'),
      inEnglish('I let him do most of the talking.'),
      'Ik liet haar het nog een keer uitleggen.',
    ])
      assert.deepEqual(ruleLabel(text).signals, [], text);
  });

  it('still is where the coach does it', () => {
    for (const text of [
      inEnglish('I explained it again.'),
      inEnglish('I kept filling the silence for her.'),
      inEnglish('I asked her to wait while I explained it again.'),
    ])
      assert.deepEqual(ruleLabel(text).signals, ['working-hard'], text);
  });
});

describe('the coachee’s question and achievements, the coach doing their thinking', () => {
  it('reads a question the coachee came in with as weakness', () => {
    assertRuleLabels(
      [
        inEnglish('Sam came in with a clear question: how to say no without letting the team down.'),
        'Sam kwam binnen met een duidelijke vraag: hoe zeg je nee zonder het team te laten vallen?',
      ],
      'valence',
      'weakness',
    );
  });

  it('reads a personal best as strength', () => {
    assertRuleLabels(
      [
        inEnglish('She ran a personal best in the 800 metres.'),
        'Ze liep zaterdag een persoonlijk record op de 800 meter.',
      ],
      'valence',
      'strength',
    );
  });

  it('reads doing the coachee’s thinking as working hard', () => {
    for (const text of [
      inEnglish('In supervision it became clear to me that I have been doing his thinking for him.'),
      'In de intervisie werd me duidelijk dat ik het denkwerk voor hem doe.',
    ])
      assert.deepEqual(ruleLabel(text).signals, ['working-hard'], text);
  });
});

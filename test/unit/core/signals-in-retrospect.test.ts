import assert from 'node:assert/strict';
// Signals as coaches tell them looking back on their own sessions (published reflections): trying too hard and a
// new technique every session (working-hard), rehearsing what to say (intervention-focus), praise reported in the
// coach's words (appreciation); the coach's own "how I would" is no advice asked for.
import { ruleLabel } from '../../helpers';

const signalsOf = (text: string): string[] => ruleLabel(text).signals;

describe('signals told in retrospect', () => {
  it('reads trying too hard and a new technique every session as working hard, in both languages', () => {
    for (const text of [
      'Looking back, I was trying far too hard to make a breakthrough happen.',
      'Every session I came armed with a new technique.',
      'Achteraf gezien trok ik veel te hard aan hem.',
      'Ik merkte dat ik elke sessie met een nieuw model aankwam.',
    ])
      assert.ok(signalsOf(text).includes('working-hard'), text);
    assert.ok(!signalsOf('She is trying far too hard to please her manager.').includes('working-hard'));
  });
  it('reads rehearsing what to say or how to react as preoccupation with the intervention, not as advice', () => {
    for (const text of [
      'I remember lying awake the night before, rehearsing what I would say.',
      'I rehearsed how I would open the session.',
      'I wondered what I would do if she cried.',
      'De avond ervoor bedacht ik wat ik zou zeggen.',
      'Ik vroeg me af hoe ik zou reageren als hij boos werd.',
    ]) {
      assert.ok(signalsOf(text).includes('intervention-focus'), text);
      assert.ok(!signalsOf(text).includes('expert-role'), text);
    }
    assert.ok(signalsOf('She asked me how I would handle it.').includes('expert-role'));
  });
  it('reads the coachee saying the coach helped so much as appreciation, in the coach’s words too', () => {
    for (const text of [
      'She said I had helped her so much.',
      'Ze zei dat ik haar enorm geholpen had.',
      'Hij zei dat ik hem zo goed hielp.',
    ])
      assert.ok(signalsOf(text).includes('appreciation'), text);
    assert.ok(!signalsOf('She said that I was too pushy.').includes('appreciation'));
  });

  it('reads a reflection for supervision: doubting the questions, jumping to solutions, praise, the outcome taken on', () => {
    const expected: [string, string][] = [
      ['Ik twijfelde de hele sessie of ik wel de goede vragen stelde.', 'intervention-focus'],
      ['Toen Femke stilviel, schoot ik meteen in de oplossingen.', 'expert-role'],
      ['Leo said it was the most useful session he had ever had.', 'appreciation'],
      ['I felt responsible for getting him back to work.', 'outcome-responsibility'],
      ['He is clearly just afraid of conflict.', 'ungrounded-interpretation'],
    ];
    for (const [text, signal] of expected) assert.ok(signalsOf(text).includes(signal), text);
    assert.ok(!signalsOf('She finds it useful to write things down.').includes('appreciation'));
  });

  it('reads pointing the coachee to a course, the same model again, and going over what one could have said', () => {
    const expected: [string, string][] = [
      ['I pointed her to a leadership course that might suit her.', 'expert-role'],
      ['Ik heb haar gewezen op een leiderschapscursus die bij haar zou passen.', 'expert-role'],
      ['I found myself explaining the same model for the third time.', 'working-hard'],
      ['Ik merkte dat ik hetzelfde model voor de derde keer uitlegde.', 'working-hard'],
      ['Ik heb ’s avonds nog cursussen voor haar opgezocht.', 'working-hard'],
      ['I kept thinking about what I could have said differently.', 'intervention-focus'],
      ['Ik bleef maar nadenken over wat ik anders had kunnen zeggen.', 'intervention-focus'],
    ];
    for (const [text, signal] of expected) assert.ok(signalsOf(text).includes(signal), text);
    assert.ok(!signalsOf('She came in late for the third time.').includes('working-hard'));
  });
});

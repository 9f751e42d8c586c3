import assert from 'node:assert/strict';
import { singleQuoteSpans } from '../../../server/src/core/speech';
import { analyze, label } from '../../helpers';

describe('speech: speakers, quotations and general remarks', () => {
  it('gives a dialogue line to the speaker its label names, in both languages (rules 2, 25, 27)', () => {
    const focus = (text: string): string => label(text, { coacheeNames: ['Dana'] }).focus;
    assert.equal(focus('Coach: Wat zou je helpen?'), 'coach');
    assert.equal(focus('Ik: Maar wat denk jij?'), 'coach');
    assert.equal(focus('Cliënt: Ik voel me leeg.'), 'coachee');
    assert.equal(focus('C: Ik weet het gewoon niet meer.'), 'coachee');
    assert.equal(focus('Client: I just don’t have a day.'), 'coachee');
    assert.equal(focus('Dana: I want to try it on my own first.'), 'coachee');
    assert.equal(focus('Me: What would it take?'), 'coach');
  });
  it('still drops a logistics field whose value is a name or date (rule 1)', () => {
    assert.deepEqual(
      analyze('Coach: M. Verhoef\n\nVolgende sessie: 2 mei\n\nZe heeft het zelf geregeld.').sentences.map(
        (s) => s.text,
      ),
      ['Ze heeft het zelf geregeld.'],
    );
  });
  it('reads "mijn cliënt" and "my client" as the coachee, not the coach', () => {
    assert.equal(label('Mijn cliënt vertelde dat hij slecht slaapt.').focus, 'coachee');
    assert.equal(label('My client told me she had quit.').focus, 'coachee');
  });
  it('keeps a remark about coaching in general neutral and free of signals (kind 4 of issue 15)', () => {
    for (const text of [
      'Een coach hoort vooral het proces te bewaken.',
      'Coaching gaat over eigen regie.',
      'A good coach does not give advice.',
    ]) {
      assert.deepEqual(label(text), { valence: 'neutral', focus: 'neutral', signals: [] }, text);
    }
    // With an opinion frame or the coach beside it, it is the coach's (VOICES p6).
    assert.equal(label('Coaching gaat voor mij over eigen regie.').focus, 'coach');
  });
  it('keeps a quotation in single quotes one sentence, and leaves elisions and apostrophes alone', () => {
    const texts = (text: string): string[] => analyze(text).sentences.map((s) => s.text);
    assert.deepEqual(texts("Ze zei: 'Ik doe het gewoon. Morgen bel ik hem,' en liep weg."), [
      "Ze zei: 'Ik doe het gewoon. Morgen bel ik hem,' en liep weg.",
    ]);
    // Ended with its own full stop, it ends the sentence, as a double-quoted one does (rule 4's example).
    assert.deepEqual(texts("Ze zei: 'Ik doe het gewoon.' Daarna was ze stil."), [
      "Ze zei: 'Ik doe het gewoon.'",
      'Daarna was ze stil.',
    ]);
    assert.deepEqual(texts('Hij zei: ‘Dat lukt me wel. Echt.’ En toen ging hij.'), [
      'Hij zei: ‘Dat lukt me wel. Echt.’',
      'En toen ging hij.',
    ]);
    assert.deepEqual(singleQuoteSpans("Ik ga 's avonds wandelen, zo'n uur. It's Piet's idea."), []);
    assert.equal(label("'Ik ben er klaar mee,' zei ze.").focus, 'coachee');
  });
});

import assert from 'node:assert/strict';
// A label naming the coach's own note before a colon makes the sentence the coach's (rules 21, 25).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('a coach’s note label before a colon', () => {
  it('gives the note to the coach whoever it names after the colon, in both languages', () => {
    assertRuleLabels(
      [
        'Vraag voor intervisie: wie wil hier eigenlijk die toets, zij of ik?',
        'Voor mezelf: zij bepaalt het tempo, niet ik.',
        'Note to self: she did most of the work today.',
        'My question for supervision: whose goal is this really?',
      ],
      'focus',
      'coach',
    );
  });
  it('leaves such words in the coachee’s quotation, or past a long opening, to the sentence', () => {
    assert.equal(ruleLabel('Ze zei: "Mijn vraag is of ik dit wel wil."').focus, 'coachee');
    const long = ruleLabel(
      'Ze vertelde uitgebreid over het overleg van dinsdag en mijn rol daarin: zij had het voortouw.',
    );
    assert.notEqual(long.focus, 'coach');
  });
});

describe('a perception frame the coach opens with "what I saw"', () => {
  it('hands focus on to what it introduces, in both languages (rules 19, 21)', () => {
    assertRuleLabels(
      [
        'Wat ik wel gezien heb: ze heeft vorige week zelf de kapper gebeld.',
        'What I did see was this: she had called the hairdresser herself.',
      ],
      'focus',
      'coachee',
    );
    // Seen in the coach's own self, it stays the coach's.
    assert.equal(ruleLabel('What I saw in myself was impatience.').focus, 'coach');
  });
});

describe('a Dutch infinitive note after the coachee’s condition', () => {
  it('is the coach’s plan, "samen" or not (rules 25, 26)', () => {
    assertRuleLabels(
      [
        'Als hij weer te laat is: gewoon benoemen.',
        'Als ze weer met "geen tijd" komt → rooster erbij en samen uren tellen.',
      ],
      'focus',
      'coach',
    );
  });
  it('leaves a note with its own subject or finite verb to its subject', () => {
    assert.equal(ruleLabel('Als het regent, gaat ze binnen wandelen.').focus, 'coachee');
    assert.equal(ruleLabel('Als ze belt, ga ik meteen terugbellen.').focus, 'coach');
  });
});

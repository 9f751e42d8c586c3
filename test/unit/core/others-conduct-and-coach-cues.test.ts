// What others do for or against the coachee takes valence by content (rule 17); the coach telling her what she must
// do is advice (rule 32), and a second model in a row is working hard (rule 30), in Dutch as in English.
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('what others do against the coachee', () => {
  it('is a problem: ignored, belittled, shut out, credit taken', () => {
    assertRuleLabels(
      [
        inEnglish('Her colleagues ignore her suggestions in meetings.'),
        inEnglish('A colleague keeps taking credit for her work.'),
        'Haar collega’s negeren haar voorstellen in vergaderingen.',
        'Een collega ging met de eer van haar werk strijken.',
        'Haar teamleider kleineert haar waar iedereen bij is.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('what others seek in the coachee', () => {
  it('is a strength: her advice sought, the way she worked praised', () => {
    assertRuleLabels(
      [
        inEnglish('Two colleagues came to her for advice this week.'),
        'Deze week kwamen twee collega’s bij haar om advies vragen.',
        'Haar leidinggevende prees de manier waarop ze het project leidde.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('the coach’s cues in Dutch', () => {
  it('hears telling her what she must do as advice', () => {
    assert.ok(
      ruleLabel('Ik zei dat ze haar leidinggevende om een mentor moest vragen.').signals.includes('expert-role'),
    );
  });
  it('leaves the coachee telling what she must do alone', () => {
    assert.deepEqual(ruleLabel('Ze zei dat ze eerst met haar manager moest praten.').signals, []);
  });
  it('hears a second model in a row as working hard', () => {
    assert.ok(ruleLabel('Ik introduceerde daarna een tweede model.').signals.includes('working-hard'));
    assert.ok(ruleLabel(inEnglish('I then introduced a second model.')).signals.includes('working-hard'));
  });
});

describe('idioms of strain and of footing regained', () => {
  it('hears the end of one’s tether, too much on one’s plate, eggshells and a wall hit as problems', () => {
    assertRuleLabels(
      [
        'Ze zit helemaal aan het eind van haar latijn.',
        'Ze brandt de kaars aan twee kanten.',
        'Hij heeft meer hooi op zijn vork genomen dan hij aankan.',
        'Ze loopt op eieren bij haar directeur.',
        'Ze liep in maart tegen een muur op.',
      ],
      'valence',
      'weakness',
    );
  });
  it('hears things under control again and standing firm as strengths', () => {
    assertRuleLabels(
      [
        'Hij heeft zijn werk weer onder controle.',
        'Ze bleef overeind tegenover de raad van bestuur.',
        inEnglish('She has things under control again.'),
      ],
      'valence',
      'strength',
    );
  });
  it('reads the coachee running into a wall as no resistance framed, and a wall she puts up as one', () => {
    assert.deepEqual(ruleLabel('Ze liep in maart tegen een muur op.').signals, []);
    const wall = ruleLabel('Hij zette meteen een muur op toen ik het huiswerk noemde.');
    assert.ok(wall.signals.includes('resistance-framing'));
    assert.equal(wall.valence, 'weakness');
  });
});

describe('a question handed back and a reason given', () => {
  it('is no expert-role when the coach hands the coachee’s question back (rule 32)', () => {
    const label = ruleLabel(inEnglish('When he asked what I would do, I handed the question back to him.'));
    assert.deepEqual(label.signals, []);
    assert.equal(label.valence, 'neutral');
  });
  it('leaves the reason of the coach’s act uncounted, also through its infinitive (rule 8)', () => {
    assert.equal(
      ruleLabel(inEnglish('I declined to rewrite her CV, because it has to be in her own words.')).valence,
      'neutral',
    );
  });
});

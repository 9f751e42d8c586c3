import assert from 'node:assert/strict';
// Going past one's own limits and dropping what one started are problems; keeping to a plan is progress
// (rule table), in both languages.
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('going past one’s limits', () => {
  it('reads overstretching, ignoring one’s limits and running on empty as a problem', () => {
    assertRuleLabels(
      [
        'She keeps pushing past her limits at work.',
        'He ignored his limits until he collapsed.',
        'She spreads herself too thin across three projects.',
        'He is burning the candle at both ends.',
        'She has been running on empty for weeks.',
        'He bit off more than he could chew with the extra course.',
        'Ze gaat steeds over haar grenzen heen.',
        'Hij negeerde zijn grenzen tot hij uitviel.',
        'Ze pleegt roofbouw op haar lichaam.',
        'Hij werkt zich over de kop.',
        'Ze loopt zichzelf voorbij zodra het beter gaat.',
      ],
      'valence',
      'weakness',
    );
  });
  it('reads talking about her limits as no problem of its own', () => {
    assert.equal(ruleLabel('We spraken over haar grenzen.').valence, 'neutral');
  });
});

describe('dropping what one started', () => {
  it('reads abandoning tasks and losing interest as a problem', () => {
    assertRuleLabels(
      [
        'He keeps starting tasks and abandoning them halfway.',
        'She lost interest after two weeks.',
        'He ran out of steam before the deadline.',
        'Hij haakt halverwege af.',
        'Ze maakt nooit iets af.',
        'Na twee weken verloor hij zijn interesse.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('keeping to a plan', () => {
  it('reads sticking to her plan and staying the course as a strength', () => {
    assertRuleLabels(
      [
        'She stuck to her plan all week.',
        'He stayed the course when it got hard.',
        'She kept to her schedule even on bad days.',
        'Ze plant nu pauzes in en houdt zich daar ook aan.',
        'Hij heeft zich aan de afspraak gehouden.',
        'Ze hield zich aan haar planning.',
      ],
      'valence',
      'strength',
    );
  });
  it('reads not keeping to it as a problem', () => {
    assert.equal(ruleLabel('She did not stick to her plan.').valence, 'weakness');
    assert.equal(ruleLabel('Hij hield zich niet aan de afspraak.').valence, 'weakness');
  });
});

describe('what keeps her going and what she will not lose', () => {
  it('reads a resource that carries the coachee as a strength, also asked about', () => {
    assertRuleLabels(
      [
        'Running is what kept her afloat that winter.',
        'Her sister is her rock.',
        'Ik vroeg wat haar op de been houdt.',
        'Zijn kinderen zijn zijn houvast.',
        '"Ik was er echt klaar mee, maar ik wil die plek niet kwijt," zei je.',
        'She does not want to lose the contact with her team.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('closing a chapter', () => {
  it('reads moving on and making peace with it as progress, in both languages', () => {
    assertRuleLabels(
      [
        'He shrugged and said that chapter is closed.',
        'She has made peace with the decision.',
        'Ze heeft het verlies inmiddels een plek gegeven.',
        'Dat hoofdstuk is voor hem afgesloten.',
      ],
      'valence',
      'strength',
    );
  });
  it('reads not having made peace with it as a problem', () => {
    assert.equal(ruleLabel('Ze heeft er nog geen vrede mee.').valence, 'weakness');
  });
});

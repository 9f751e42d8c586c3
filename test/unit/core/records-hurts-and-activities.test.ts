// A judgement spelt out by a record with numbers is grounded (rule 33); a hurt before the good thing it describes
// decides (rule 9); a model as the subject of its verb, or a Dutch infinitive after "het", is no act of the coach's
// (rule 25); one more model fetched is working hard (rule 30); qualities named as nouns, steps finally taken, exercise
// and late-night scrolling are named (rules 10, 11).
import * as assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('a judgement spelt out after its colon', () => {
  it('by a record with numbers is grounded', () => {
    assert.deepEqual(
      ruleLabel('Ze is duidelijk een doorzetter: drie jaar avondstudie naast een volle baan').signals,
      [],
    );
    assert.deepEqual(
      english('She is clearly a finisher: three years of evening classes beside a full-time job.').signals,
      [],
    );
  });

  it('without one, or as a label, is not', () => {
    assert.deepEqual(ruleLabel('Ze is duidelijk een doorzetter.').signals, ['ungrounded-interpretation']);
    assert.deepEqual(ruleLabel('Mijn inschatting: ze heeft twee problemen.').signals, ['ungrounded-interpretation']);
  });
});

describe('a hurt right before the good thing it describes', () => {
  it('decides', () => {
    assertRuleLabels(
      [
        'Vermoedelijk speelt bij haar ook een gekrenkt gevoel van loyaliteit jegens de gemeente mee.',
        'Zijn geknakte zelfvertrouwen staat hem in de weg.',
      ],
      'valence',
      'weakness',
    );
    assert.equal(english('Her shaken confidence keeps her quiet in meetings.').valence, 'weakness');
  });

  it('leaves a strength after a break its own', () => {
    assert.equal(english('Despite the stress, calm and focused.').valence, 'strength');
  });
});

describe('a model or an activity named as the subject', () => {
  it('is brought by no one', () => {
    const sources = ruleLabel('Opvallend: bijna alle energiegevers hadden te maken met contact met leerlingen.');
    assert.equal(sources.focus, 'coachee');
    const grading = ruleLabel('De vergaderingen en het nakijken stonden allemaal aan de andere kant.');
    assert.deepEqual([grading.focus, grading.signals], ['coachee', []]);
  });

  it('leaves the coach bringing one in without a subject', () => {
    assert.equal(english('Drew the window of tolerance.').focus, 'coach');
    assert.equal(ruleLabel('Het model van de spanningsboog is uitgelegd.').focus, 'coach');
  });
});

describe('one more model fetched', () => {
  it('is working hard, in a clause of its own too', () => {
    assert.deepEqual(ruleLabel('Ik haalde er ook nog de kernkwadranten bij.').signals, ['working-hard']);
    assert.deepEqual(ruleLabel('Toen ik daarna ook nog de kernkwadranten erbij haalde, zag ik haar afhaken.').signals, [
      'working-hard',
    ]);
    assert.deepEqual(ruleLabel('Ze haalde er haar agenda bij.').signals, []);
  });
});

describe('the words of qualities, steps and habits', () => {
  it('names qualities as nouns', () => {
    assertRuleLabels(['Ze toonde veel loyaliteit aan haar team.', 'Zijn gedrevenheid viel op.'], 'valence', 'strength');
    assert.equal(english('She showed real dedication to her team.').valence, 'strength');
  });

  it('names a step finally taken and exercise as strength, late-night scrolling as a problem', () => {
    assert.equal(
      english("She finally sent the email to her landlord, which she's been putting off since August.").valence,
      'strength',
    );
    assert.equal(english('Went to the gym twice, even on a day she did not feel like it').valence, 'strength');
    assert.equal(english('Still doom-scrolling until 1am most nights').valence, 'weakness');
    assertRuleLabels(['Hij heeft eindelijk de huisarts gebeld.'], 'valence', 'strength');
    assertRuleLabels(['Ze blijft scrollen tot diep in de nacht.'], 'valence', 'weakness');
  });
});

describe('a learning point told as what matters, laughing at a thing', () => {
  it('is the learning point (rule 13), and humour (rule 11)', () => {
    assertRuleLabels(['Het is belangrijk dat hij leert zichzelf beter te verkopen.'], 'valence', 'weakness');
    assert.equal(english('It is important that she learns to say no.').valence, 'weakness');
    assert.equal(english('He laughed at that.').valence, 'strength');
    assert.equal(english('His colleagues laughed at him.').valence, 'weakness');
  });
});

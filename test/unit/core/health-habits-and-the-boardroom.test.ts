// Habits of health and the work of leading an organisation take valence by what they mean for the coachee (rules
// 10, 11, 13, 17); what the coach calls their own ("my failure") is the coach's side, and what the coach fears
// beside it the coachee's problem (rules 8, 18).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('health habits', () => {
  it('hears relapses and eating out of boredom as problems, quitting and weight lost as strengths', () => {
    assertRuleLabels(
      [
        inEnglish('He snacks in the evening when he is bored.'),
        'Ze eet s avonds uit verveling.',
        'Ze heeft weer een pakje sigaretten gekocht.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      [
        inEnglish('He has cut out sugary drinks completely.'),
        inEnglish('He has been smoke-free for six weeks now.'),
        'Ze rookt al drie weken niet meer.',
        'Ze is vijf kilo afgevallen.',
      ],
      'valence',
      'strength',
    );
  });
  it('hears a goal of a healthier life as the coachee’s question, and blood pressure as no pressure', () => {
    assertRuleLabels(
      [inEnglish("Kevin wants to lose weight before his daughter's wedding."), 'Ingrid wil stoppen met roken.'],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel(inEnglish('His GP is pleased with his blood pressure.')).valence, 'strength');
  });
});

describe('leading an organisation', () => {
  it('hears funding secured and a meeting chaired as strengths, taking over and opposition as problems', () => {
    assertRuleLabels(
      [
        inEnglish('She secured funding for the second phase.'),
        inEnglish('She chaired the difficult shareholder meeting with composure.'),
        'Hij heeft de financiering voor de tweede fase rondgekregen.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [
        inEnglish('She tends to take over when her directors hesitate.'),
        'Hij neemt het vaak over als zijn managers twijfelen.',
        'Twee directeuren werken hem openlijk tegen.',
        'Pieter krijgt zijn managementteam niet mee in de reorganisatie.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('what the coach calls their own', () => {
  it('is the coach’s side, and what the coach fears beside it is the coachee’s problem (rule 8)', () => {
    const found = ruleLabel(inEnglish('It would feel like my failure if she dropped out.'));
    assert.equal(found.focus, 'coach');
    assert.equal(found.valence, 'weakness');
    assert.equal(ruleLabel(inEnglish('It was my idea.')).valence, 'neutral');
    assert.equal(ruleLabel('Op mijn vraag hoe het ging zei hij alleen: "Boeiend."').focus, 'coachee');
  });
  it('still leaves the condition of an act uncounted', () => {
    const found = ruleLabel(
      inEnglish('If he starts talking about his supervisor again next time, I will use the empty chair.'),
    );
    assert.equal(found.valence, 'neutral');
  });
});

describe('stress and managing staff', () => {
  it('hears meditation taken up, tension noticed earlier and agreements put down in writing as strengths', () => {
    assertRuleLabels(
      [
        inEnglish('He meditates ten minutes every morning.'),
        'Hij mediteert elke ochtend tien minuten.',
        inEnglish('She notices the tension in her shoulders earlier now.'),
        'Ze merkt de spanning in haar schouders nu eerder op.',
        inEnglish('She documented the agreements and sent them to HR.'),
        'Ze heeft de afspraken vastgelegd en naar HR gestuurd.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels([inEnglish('He still lies awake worrying about work.')], 'valence', 'weakness');
  });
});

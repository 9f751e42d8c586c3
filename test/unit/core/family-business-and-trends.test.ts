// The coachee's family, social life and own business take valence by what they mean for her (rules 9-11, 13, 17): a
// quarrel at home, a child's tantrums, clients lost are problems; friends made, prices raised, a first customer are
// strengths. A word of growing frequency takes the sign of what grows; a role the coachee wishes to be is a goal.
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('family and social life', () => {
  it('hears quarrels, tantrums and a relative who interferes as problems, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish("Tom and his wife argue almost every evening about the children's bedtime."),
        inEnglish('His son had three tantrums this week.'),
        inEnglish('His mother-in-law keeps criticising his parenting.'),
        'Haar zoon van acht heeft driftbuien op school.',
        'Haar schoonmoeder bemoeit zich met de opvoeding.',
        'Sinds de verhuizing heeft ze veel heimwee.',
      ],
      'valence',
      'weakness',
    );
  });
  it('hears friends made, a club joined and calming down as strengths', () => {
    assertRuleLabels(
      [
        inEnglish('She joined a Dutch conversation group last month.'),
        inEnglish('She has made two close friends at her running club.'),
        inEnglish('This week he walked away to cool down instead of shouting.'),
        'Ze heeft nieuwe vrienden gemaakt bij de koorrepetitie.',
        'Ze gunt zichzelf weer een avond per week voor zichzelf.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('own business', () => {
  it('hears more work than one can handle, pressure and lost clients as problems', () => {
    assertRuleLabels(
      [
        inEnglish('Her accountant keeps pushing her to hire staff.'),
        inEnglish('She lost her biggest client in March.'),
        'Mehmet heeft een eenmanszaak en krijgt meer klussen dan hij aankan.',
        'Zijn boekhouder zit hem op de huid over de achterstallige btw-aangifte.',
      ],
      'valence',
      'weakness',
    );
  });
  it('hears prices raised and first customers as strengths, a client who stayed as no loss', () => {
    assertRuleLabels(
      [
        inEnglish('She raised her prices by ten percent last week.'),
        inEnglish('He landed his first paying customer.'),
        'Hij heeft zijn tarieven verhoogd en geen enkele klant is weggelopen.',
        'Ze heeft haar eerste opdracht binnengehaald.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('growing frequency', () => {
  it('takes the sign of what grows', () => {
    assertRuleLabels(
      [
        'Eva en haar partner hebben steeds vaker ruzie over het huishouden.',
        inEnglish('She is increasingly anxious before meetings.'),
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['Ze neemt steeds vaker het woord in vergaderingen.', inEnglish('She increasingly takes the lead.')],
      'valence',
      'strength',
    );
  });
});

describe('a role wished for', () => {
  it('is a goal, not a quality the coachee has, nor a third party', () => {
    assertRuleLabels(
      [inEnglish('He wants to be a calmer father.'), 'Hij wil een rustigere vader zijn.'],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel(inEnglish('He wants to be a calmer father.')).focus, 'coachee');
    assertRuleLabels(['Ze is een betere leider geworden.', 'Ze wil een betere baan.'], 'valence', 'strength');
  });
});

describe('plans and understanding', () => {
  it('hears a list or schedule the coachee made as a way forward, not understanding yet as a problem', () => {
    assertRuleLabels(
      [
        'Hij heeft een lijst gemaakt van dingen die hij altijd al wilde doen.',
        inEnglish('She drew up a plan for her first month.'),
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      ['Ze begrijpt de ongeschreven regels op haar werk nog niet.', inEnglish("He doesn't understand why she left.")],
      'valence',
      'weakness',
    );
  });
});

describe('a pseudonym given', () => {
  it('is a remark about the report, whatever the pronoun in it (rule 6)', () => {
    for (const sentence of [
      'Ik noem hem hier Joost.',
      inEnglish("Let's call her Anna."),
      inEnglish("I'll call him Tom."),
    ])
      assert.deepEqual(ruleLabel(sentence), { valence: 'neutral', focus: 'neutral', signals: [] }, sentence);
    assert.equal(ruleLabel(inEnglish('Anna (not her real name) had worked there for years.')).focus, 'coachee');
  });
});

describe('school, care work and owning up', () => {
  it('hears truancy, screen nights and a request turned down as problems', () => {
    assertRuleLabels(
      [
        inEnglish('Noah is seventeen and skips school at least twice a week.'),
        'Ze zit elke avond tot laat op haar telefoon.',
        'Haar teamleider heeft haar verzoek om minder diensten afgewezen.',
      ],
      'valence',
      'weakness',
    );
  });
  it('hears a retake passed, colleagues coming to her and a mistake owned up to as strengths', () => {
    assertRuleLabels(
      [
        inEnglish('He passed his maths retake.'),
        'Ze heeft haar herkansing gehaald.',
        inEnglish('Colleagues come to her when a patient is difficult.'),
        'Ze heeft de fout zelf gemeld bij haar leidinggevende.',
        inEnglish('She admitted her mistake to the team.'),
      ],
      'valence',
      'strength',
    );
  });
});

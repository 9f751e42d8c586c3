// What something is seen as decides, not the thing seen (rule 12: a reframe is a strength); what a third party wants
// or expects of the coachee is their plan or request, neutral (rule 17).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('something seen as something else', () => {
  it('is a strength when a problem is seen as a chance, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('He came to see the setback as a chance to start again.'),
        inEnglish('She now treats criticism as useful information.'),
        'Hij is de tegenslag gaan zien als een kans om opnieuw te beginnen.',
        'Ze zag de kritiek als bruikbare informatie.',
        'Ze beschouwt de afwijzing als een leermoment.',
      ],
      'valence',
      'strength',
    );
  });
  it('is a problem when a quality is seen as a weakness', () => {
    assertRuleLabels(
      [inEnglish('She sees her sensitivity as a weakness.'), 'Hij ziet zijn gevoeligheid als een zwakte.'],
      'valence',
      'weakness',
    );
  });
  it('leaves "as" that opens a comparison or a clause alone', () => {
    assert.equal(ruleLabel(inEnglish('She saw her manager as soon as she was calm again.')).valence, 'strength');
    assert.equal(ruleLabel('Hij ziet op tegen het gesprek als zijn manager erbij is.').valence, 'weakness');
  });
});

describe('what a third party wants of the coachee', () => {
  it('is their plan, no strength of the coachee', () => {
    assertRuleLabels(
      [
        inEnglish('His manager wants him back at work in April.'),
        'Zijn leidinggevende wil dat hij in april weer aan het werk gaat.',
        'De bedrijfsarts verwacht dat ze over twee weken volledig hersteld is.',
        // What a third party advises is their plan too, also before a Dutch participle.
        'Zijn huisarts heeft hem aangeraden om meer rust te nemen.',
        'Haar leidinggevende raadt haar aan om vaker nee te zeggen.',
        inEnglish('Her manager suggested she delegate more and take proper breaks.'),
        inEnglish('Her doctor recommended that she take time for herself.'),
      ],
      'valence',
      'neutral',
    );
    // Telling her what she did well is praise, no request.
    assert.equal(
      ruleLabel(inEnglish('Her manager told her that she handled the client brilliantly.')).valence,
      'strength',
    );
  });
  it('keeps the reason given for it, and what others want for themselves', () => {
    assert.equal(
      ruleLabel(inEnglish('Her manager asked her to lead the project because she handles conflict so well.')).valence,
      'strength',
    );
    assert.equal(
      ruleLabel(inEnglish('Two teachers who wanted to leave last summer have decided to stay.')).valence,
      'strength',
    );
  });
});

describe('words of people-pleasing, old habits, sleep and belonging', () => {
  it('hears saying yes to everything and an old habit as problems', () => {
    assertRuleLabels(
      [
        inEnglish('She realised that she always says yes when her manager asks for something.'),
        'Ze besefte dat ze altijd ja zegt als haar leidinggevende iets vraagt.',
        inEnglish('The old habit of checking everything twice is back.'),
        'De oude gewoonte om alles twee keer te controleren is teruggekomen.',
      ],
      'valence',
      'weakness',
    );
  });
  it('hears sleeping well and feeling at home as strengths', () => {
    assertRuleLabels(
      [
        inEnglish('She sleeps well again.'),
        'Hij slaapt beter sinds het gesprek.',
        inEnglish('He feels at home in his new role.'),
        'Hij voelt zich thuis in zijn nieuwe rol.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('a plan the coachee forms', () => {
  it('is a way forward, in both languages (rule 13)', () => {
    assertRuleLabels(
      [
        inEnglish('He plans to ask his team for feedback himself.'),
        inEnglish('She intends to block Friday afternoons for her own projects.'),
        'Hij is van plan zijn team zelf om feedback te vragen.',
        'Ze neemt zich voor om de vrijdagmiddag vrij te houden voor haar eigen projecten.',
      ],
      'valence',
      'strength',
    );
  });
  it('leaves the goal she brings to the coaching a question', () => {
    assert.equal(ruleLabel(inEnglish('He wants to learn how to handle criticism.')).valence, 'weakness');
  });
});

describe('a complaint handled and a new job talked about', () => {
  it('hears a complaint handled as coping, in Dutch too', () => {
    assertRuleLabels(
      [inEnglish('She handled the complaint calmly.'), 'Ze heeft de klacht rustig afgehandeld.'],
      'valence',
      'strength',
    );
  });
  it('reads a new job as her situation, and finding one as progress', () => {
    assertRuleLabels(
      [
        inEnglish('We spent most of the hour on her new job.'),
        'We hebben het grootste deel van het uur over haar nieuwe baan gesproken.',
      ],
      'valence',
      'neutral',
    );
    assert.equal(ruleLabel(inEnglish('She found a new job in March.')).valence, 'strength');
  });
});

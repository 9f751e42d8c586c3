// Who rejects decides a rejection (the coachee's boundary, or her setback); general remarks about coaching are
// neutral (rule 6 and the kind 4); Dutch reports speak in English loanwords; "zonder" governs only its own
// phrase.
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a rejection', () => {
  it('the coachee makes, in the active, is her decision', () => {
    assertRuleLabels(
      [
        'Twee verzoeken heeft ze afgewezen.',
        'Desondanks heeft ze het extra project afgewezen.',
        inEnglish('She rejected the extra project.'),
      ],
      'valence',
      'strength',
    );
  });
  it('someone else makes, or she suffers, is a setback', () => {
    assertRuleLabels(
      [
        'Ze is afgewezen voor de functie.',
        'Haar teamleider heeft haar verzoek om minder diensten afgewezen.',
        inEnglish('She was rejected for the job.'),
        inEnglish('Her manager refused her request.'),
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a general remark', () => {
  it('about coaches, coachees or people in general is neutral, a pronoun pointing back included', () => {
    for (const sentence of [
      inEnglish('Many coachees find it hard to ask for help.'),
      inEnglish('A good coach listens more than she talks.'),
      'Een goede coach luistert meer dan hij praat.',
      'Veel coachees vinden het moeilijk om hulp te vragen.',
      'Je ziet vaak dat leidinggevenden moeite hebben met loslaten.',
      'Een coach hoeft het niet beter te weten dan de coachee.',
    ])
      assert.deepEqual(ruleLabel(sentence), { valence: 'neutral', focus: 'neutral', signals: [] }, sentence);
    assert.equal(ruleLabel('Een goede coach heeft Sanne gezegd dat ze moet rusten.').focus, 'coachee');
    assert.equal(ruleLabel('De coachee wist het zelf al.').focus, 'coachee');
  });
});

describe('English loanwords in Dutch', () => {
  it('are read by what they mean', () => {
    assertRuleLabels(
      ['Ze voelt zich een imposter.', 'Ze is helemaal burned out.', 'Ze struggelt met haar nieuwe rol.'],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['Ze heeft een growth mindset ontwikkeld.', 'Hij heeft de lead genomen in het project.'],
      'valence',
      'strength',
    );
  });
});

describe('concession and contrast', () => {
  it('let the main clause decide, with "zonder" governing its own phrase only', () => {
    assertRuleLabels(
      ['Hoewel ze zenuwachtig was, heeft ze de presentatie zonder aantekeningen gegeven.'],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [
        'Hij wil meer delegeren, maar hij controleert nog steeds alles zelf.',
        'Ze heeft weliswaar een nieuwe baan, maar ze voelt zich er nog niet thuis.',
        'Ze heeft de presentatie niet gegeven.',
      ],
      'valence',
      'weakness',
    );
  });
});

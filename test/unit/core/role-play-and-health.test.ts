// How the coachee does in a role-play, and their body and health, in both languages (rules 10, 11, 30).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('in a role-play or exercise', () => {
  it('holding one’s ground and asking without apologising are strength', () => {
    assertRuleLabels(
      [
        'In het rollenspel hield ze voet bij stuk toen ik tegengas gaf.',
        'De tweede keer vroeg ze om wat ze nodig had zonder zich te verontschuldigen.',
      ],
      'valence',
      'strength',
    );
  });
  it('stumbling over words, giving in, seeking approval, finding no strength of one’s own are problems', () => {
    assertRuleLabels(
      [
        inEnglish('He stumbled over his words in the role-play.'),
        'Hij struikelde over zijn woorden in het rollenspel.',
        'Ze gaf meteen toe toen ik mijn stem verhief.',
        inEnglish('He kept looking at me for approval during the exercise.'),
        'Hij keek tijdens de oefening steeds naar mij voor goedkeuring.',
        inEnglish('In the exercise he could not come up with a single strength of his own.'),
      ],
      'valence',
      'weakness',
    );
  });
  it('while a plan sent for approval is no problem', () => {
    assert.notEqual(ruleLabel(inEnglish('She sent the project plan to the board for approval.')).valence, 'weakness');
  });
});

describe('"achter elkaar"', () => {
  it('is working hard for exercises in a row, not for the coachee saying no three times in a row (rule 30)', () => {
    assert.deepEqual(ruleLabel('Ik heb drie oefeningen achter elkaar gedaan.').signals, ['working-hard']);
    const managed = ruleLabel('Het lukte hem drie keer achter elkaar om nee te zeggen.');
    assert.deepEqual([managed.focus, managed.signals], ['coachee', []]);
  });
});

describe('body and health', () => {
  it('sleeping through, walking are strength; drinking more than one would like, skipping lunch problems', () => {
    assertRuleLabels(['Ze slaapt weer door.', 'Hij maakt nu elke lunchpauze een wandeling.'], 'valence', 'strength');
    assertRuleLabels(
      [
        inEnglish('He drinks more than he would like in the evenings.'),
        'Hij drinkt ’s avonds meer dan hij zou willen.',
        'Ze slaat de lunch meestal over.',
        inEnglish('His blood pressure is too high, according to his doctor.'),
      ],
      'valence',
      'weakness',
    );
  });
});

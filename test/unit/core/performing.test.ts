// Performing (music, stage, sport) in both languages: nerves, injuries and selection (rules 10, 11, 17).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('performing', () => {
  it('stage fright, blanking, an injury, not being selected are problems', () => {
    assertRuleLabels(
      [
        inEnglish('She had stage fright before the audition.'),
        'Ze had plankenkoorts voor de auditie.',
        'Halverwege het stuk viel ze helemaal stil.',
        inEnglish('His injury means he cannot play for six weeks.'),
        'Door zijn blessure kan hij zes weken niet spelen.',
        inEnglish('He was not selected for the orchestra.'),
        'Hij is niet geselecteerd voor het orkest.',
      ],
      'valence',
      'weakness',
    );
  });
  it('playing without a slip, getting through the audition, winning a prize are strength', () => {
    assertRuleLabels(
      [
        inEnglish('He played the whole recital without a single slip.'),
        'Hij speelde het hele recital zonder één misser.',
        'Ze is door de auditie gekomen en kreeg een plek aangeboden.',
        'Ze won de tweede prijs op het concours.',
      ],
      'valence',
      'strength',
    );
  });
});

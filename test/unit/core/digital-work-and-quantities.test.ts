// Digital work and availability, and small quantities that deny what they count (rules 10, 11).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('digital work and quantities', () => {
  it('mail into the night, back-to-back meetings, always having to be reachable are problems', () => {
    assertRuleLabels(
      [
        inEnglish('She answers emails until midnight.'),
        'Ze beantwoordt mails tot middernacht.',
        inEnglish('Her calendar is full of back-to-back meetings.'),
        'Haar agenda zit vol met vergaderingen achter elkaar.',
        inEnglish('She feels she always has to be available.'),
        'Ze heeft het gevoel dat ze altijd bereikbaar moet zijn.',
        'Door het thuiswerken voelt hij zich afgesneden van zijn team.',
      ],
      'valence',
      'weakness',
    );
  });
  it('notifications off, focus time kept, meetings declined, an inbox cleared are strength', () => {
    assertRuleLabels(
      [
        inEnglish('He has turned off all notifications after six in the evening.'),
        'Hij heeft na zes uur ’s avonds alle meldingen uitgezet.',
        'Ze blokt elke ochtend twee uur focustijd en houdt die vrij.',
        'Ze heeft deze week drie vergaderingen afgezegd waar ze geen rol in had.',
        inEnglish('He cleared his inbox and set up folders for each project.'),
      ],
      'valence',
      'strength',
    );
  });
  it('"niet meer dan", "no more than" bound a quantity and deny nothing (rule 10)', () => {
    assertRuleLabels(
      [
        'Door haar chronische pijn kan ze niet meer dan vier uur per dag werken.',
        inEnglish('Because of her back pain she can work no more than four hours a day.'),
      ],
      'valence',
      'weakness',
    );
  });
  it('"little" and "few" deny what they count; "a little" and "a few" only measure it', () => {
    assertRuleLabels(
      [
        inEnglish('She has little confidence.'),
        inEnglish('There is little trust in the team.'),
        inEnglish('She made little progress.'),
        inEnglish('She was a little nervous.'),
        inEnglish('Her little son is ill.'),
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels([inEnglish('A few colleagues support her.')], 'valence', 'strength');
  });
});

// What others do to the coachee, criticising, shouting at or belittling them, is a problem in their situation;
// the body standing or sitting up straight is a sign of strength (rules 7, 11). Kracht's own fields, by meaning.
import { assertRuleLabels } from '../../helpers';

describe('being criticised, and the body upright', () => {
  it('reads being criticised, shouted at or put down as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'Uiteindelijk kwam het verhaal eruit: ze was publiekelijk bekritiseerd door haar manager.',
        'Hij is in het teamoverleg flink afgebrand.',
        'Her manager criticised her in front of the team.',
        'He was shouted at by a client on Monday.',
      ],
      'valence',
      'weakness',
    );
  });
  it('reads standing or sitting up straight as a strength, also with the subject between', () => {
    assertRuleLabels(
      ['Na twee keer oefenen stond ze rechtop en sprak ze veel krachtiger.', 'By the end she sat up straight.'],
      'valence',
      'strength',
    );
  });
  it('reads praise and compliments from others as recognition: the coachee’s strength (rule 17)', () => {
    assertRuleLabels(
      [
        'Her colleagues complimented her afterwards.',
        'She received compliments from the director.',
        'Haar collega’s complimenteerden haar achteraf.',
        'Ze kreeg complimenten van de directeur.',
      ],
      'valence',
      'strength',
    );
  });
});

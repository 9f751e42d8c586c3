// Losing a quality, a quotation in single quotes and its reporting verb, progress made with a problem, a third party's
// games, and idioms of strain and recovery (rules 9, 10, 17, 27, 35).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';
import { tokenize } from '../../../server/src/core/words';

describe('losing a quality', () => {
  it('is a quality missing, in both languages (rule 10)', () => {
    assertRuleLabels(
      [
        inEnglish('She lost her confidence after the audit.'),
        inEnglish('He is losing his motivation.'),
        'Ze verloor haar zelfvertrouwen na de audit.',
        'Hij heeft zijn motivatie verloren.',
      ],
      'valence',
      'weakness',
    );
  });
  it('and losing a fear is progress', () => {
    assertRuleLabels(
      [inEnglish('She has lost her fear of speaking up.'), 'Ze heeft haar angst verloren.'],
      'valence',
      'strength',
    );
  });
  it('turns nothing in another clause, nor as part of a term of its own', () => {
    assertRuleLabels(
      [
        inEnglish('She went quiet and said she would lose half her regulars.'),
        'Wellicht speelt mee dat zijn vader destijds bij een faillissement zijn baan verloor.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a quotation in single quotes', () => {
  it('opens no word with its quote mark, where a Dutch clitic keeps it', () => {
    assert.deepEqual(
      tokenize("'Ik kan dit,' zei ze 's ochtends", 'nl').map((t) => t.norm),
      ['ik', 'kan', 'dit', 'zei', 'ze', "'s", 'ochtends'],
    );
  });
  it('is told by the quotation, not by the verb that attributes it (rule 27)', () => {
    assertRuleLabels([inEnglish("'I can't face another Monday,' he wrote in his journal.")], 'valence', 'weakness');
  });
});

describe('progress made with a problem', () => {
  it('is how the coachee deals with it (rule 9)', () => {
    assertRuleLabels(
      [
        inEnglish('He feels he has turned a corner with his anxiety.'),
        'Hij heeft vooruitgang geboekt met zijn faalangst.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('a management team playing games behind his back', () => {
  it('is his situation, a problem, and no resistance framed (rules 17, 35)', () => {
    const labels = ruleLabel('Zijn managementteam speelt politieke spelletjes achter zijn rug om.');
    assert.equal(labels.valence, 'weakness');
    assert.equal(labels.focus, 'coachee');
    assert.deepEqual(labels.signals, []);
  });
});

describe('idioms of strain and of recovery', () => {
  it('are weaknesses and strengths in both languages', () => {
    assertRuleLabels(
      [
        'Ze zei dat ze er helemaal doorheen zat.',
        'Hij is deze maand vaak over zijn grens gegaan.',
        'Hij voelt zich een vis op het droge in het nieuwe team.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      [
        inEnglish('She finally bit the bullet and handed in her notice.'),
        inEnglish('She has got her mojo back.'),
        'Ze is weer helemaal de oude.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('a strength limited to a condition', () => {
  it('is still missing (rule 10): "only … when", "pas … als"', () => {
    assertRuleLabels(
      [
        inEnglish('"I only speak up when I\'m a hundred percent sure," he said.'),
        inEnglish('She only asks for help when it is too late.'),
        'Hij spreekt zich pas uit als hij het zeker weet.',
        'Ze voelt zich alleen rustig als ze alles heeft voorbereid.',
      ],
      'valence',
      'weakness',
    );
  });
  it('not where "only when" opens the sentence: it tells that she did', () => {
    assertRuleLabels([inEnglish('Only when she felt safe did she speak up.')], 'valence', 'strength');
  });
});

describe('a Dutch word of loss', () => {
  it('turns nothing as an adjective after an article, nor a word before another object', () => {
    assertRuleLabels(['Na de verloren finale schreef hij op wat hij goed had gedaan.'], 'valence', 'strength');
    assertRuleLabels(
      [
        'Hij is bang het contact met de werkvloer te verliezen.',
        'Ze heeft het vertrouwen in haar eigen oordeel verloren.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a negated problem verb', () => {
  it('turns the verb, not its object too: "no longer avoids conflict" is progress (rule 10)', () => {
    assertRuleLabels(
      [
        inEnglish('He no longer avoids conflict.'),
        inEnglish('She no longer fears failure.'),
        'Ze twijfelt niet meer aan haar besluit.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(['Ze durft geen grenzen te stellen.', 'Ze vraagt nooit om hulp.'], 'valence', 'weakness');
  });
});

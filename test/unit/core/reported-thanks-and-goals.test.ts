import assert from 'node:assert/strict';
// Thanks the report quotes without quotation marks are the coachee's (rules 27, 34); what the coachee wants to
// learn or practise is a goal, counted on the problem side (rule 13); an English prefix term hears its -ing form.
import { assertRuleLabels, ruleLabel } from '../../helpers';
import { Matcher } from '../../../server/src/core/matcher';
import { tokenize } from '../../../server/src/core/words';

describe('reported thanks, goals and -ing forms', () => {
  it('reads thanks with a reporting clause after it as the coachee’s appreciation, the writer’s own as none', () => {
    for (const text of [
      'Thanks for a really useful session, he wrote afterwards.',
      'Dank je wel voor de fijne sessie, appte ze achteraf.',
    ])
      assert.ok(ruleLabel(text).signals.includes('appreciation'), text);
    for (const text of ['Thanks for a really useful session.', 'Dank je wel voor de fijne sessie.'])
      assert.ok(!ruleLabel(text).signals.includes('appreciation'), text);
  });
  it('reads praise that names and quotes no one as the writer’s own, and a closing greeting as a remark', () => {
    for (const text of ['Great session today!', 'Wat een fijne sessie vandaag!'])
      assert.ok(!ruleLabel(text).signals.includes('appreciation'), text);
    assert.ok(ruleLabel('Bedankte me uitgebreid voor de fijne sessie.').signals.includes('appreciation'));
    for (const text of ['Speak soon!', 'Tot de volgende keer!']) {
      const { valence, focus } = ruleLabel(text);
      assert.deepEqual([valence, focus], ['neutral', 'neutral'], text);
    }
  });
  it('counts what the coachee wants to learn, practise or work on as a goal, in both languages', () => {
    assertRuleLabels(
      [
        'He wants to practise saying no to extra projects.',
        'She wants to work on her presentation skills.',
        'Ze wil oefenen met nee zeggen tegen extra projecten.',
        'Hij wil verbeteren hoe hij feedback geeft.',
      ],
      'valence',
      'weakness',
    );
  });
  it('matches an English prefix term ending in "e" in its -ing form, and nothing short of it', () => {
    const find = (text: string): string[] =>
      new Matcher('en', { weakness: ['struggle*', 'postpone*'] }).find(tokenize(text, 'en')).map((hit) => hit.term);
    assert.deepEqual(find('He is still struggling to switch off.'), ['struggle*']);
    assert.deepEqual(find('She kept postponing it; he struggled; they struggle.'), [
      'postpone*',
      'struggle*',
      'struggle*',
    ]);
    assert.deepEqual(find('A strug of war.'), []);
    assert.equal(ruleLabel('He is still struggling to switch off in the evenings.').valence, 'weakness');
  });
});

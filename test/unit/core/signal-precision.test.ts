import assert from 'node:assert/strict';
import { Matcher } from '../../../server/src/core/matcher';
import { tokenize } from '../../../server/src/core/words';
import { label, ruleLabel } from '../../helpers';

// Precision first: what a cue means where it stands, not every sentence that holds its words.
describe('signal cues where they stand', () => {
  const signals = (text: string): string[] => ruleLabel(text).signals;

  it('reads a perfect of the coach’s after a condition about the coachee as outcome-responsibility, no plan', () => {
    for (const text of [
      'Als zij haar bevoegdheid kwijtraakt, heb ik het niet goed gedaan.',
      'If she doesn’t get the job, I have failed her.',
    ]) {
      assert.ok(signals(text).includes('outcome-responsibility'), text);
      assert.ok(!signals(text).includes('intervention-focus'), text);
    }
    assert.ok(
      signals('Als ze weer zonder oefening komt, doe ik hem ter plekke met haar.').includes('intervention-focus'),
    );
    // A condition that names no one judges nobody's result.
    assert.deepEqual(signals('Als het regent, heb ik de sessie binnen gedaan.'), []);
  });

  it('hears getting it wrong as intervention-focus only in the coach’s fear of it (rule 31)', () => {
    assert.ok(signals('I was afraid to get it wrong.').includes('intervention-focus'));
    assert.ok(signals('I tried hard not to get it wrong.').includes('intervention-focus'));
    assert.ok(!signals('I’ve been coaching for nine years, and I still get it wrong.').includes('intervention-focus'));
  });

  it('matches a term written with a colon only where the word ends a label', () => {
    const terms = (text: string): string[] =>
      new Matcher('nl', { cue: ['twijfel:'] }).find(tokenize(text, 'nl')).map((hit) => hit.term);
    assert.deepEqual(terms('Twijfel: incidentlijn met hem tekenen?'), ['twijfel:']);
    assert.deepEqual(terms('Ik had daar nog over liggen twijfelen.'), []);
    assert.ok(signals('Twijfel: incidentlijn met hem tekenen?').includes('intervention-focus'));
    assert.ok(
      !signals('Een paar maanden geleden had ik daar nog over liggen twijfelen.').includes('intervention-focus'),
    );
  });

  it('hears deference in an ask as the ask, not as appreciation (rules 15, 34)', () => {
    const ask = ruleLabel(
      'Halverwege vroeg ze of ze het schema kon versnellen, "want jij weet vast wel wat verantwoord is".',
    );
    assert.ok(ask.signals.includes('expert-role'));
    assert.ok(!ask.signals.includes('appreciation'));
    assert.equal(ask.valence, 'weakness');
    assert.ok(
      signals('Aan het eind zei hij: "Dit was precies wat ik nodig had, jij weet hoe het werkt."').includes(
        'appreciation',
      ),
    );
  });

  it('matches a term written with a caret only where it opens the sentence', () => {
    const terms = (text: string): string[] =>
      new Matcher('nl', { cue: ['^of juist'] }).find(tokenize(text, 'nl')).map((hit) => hit.term);
    assert.deepEqual(terms('Of juist niks voorbereiden en hem laten vertellen?'), ['^of juist']);
    assert.deepEqual(terms('Of hij eerder of juist later zou zijn hersteld, weet ik niet.'), []);
    assert.ok(
      !signals('Coach kan niet vaststellen of betrokkene eerder of juist later zou zijn hersteld.').includes(
        'intervention-focus',
      ),
    );
  });

  it('keeps a user’s lexicon entry plain words: a caret or colon in it anchors nothing', () => {
    const settings = { lexicon: { weakness: ['^kribbig:'] } };
    assert.equal(label('Ze was erg kribbig in het overleg.', settings).valence, 'weakness');
  });
});

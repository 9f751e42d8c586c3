import assert from 'node:assert/strict';
import { splitClauses } from '../../../server/src/core/clauses';
import { MatcherMemo } from '../../../server/src/core/label-cache';
import { tokenize } from '../../../server/src/core/words';
import { ruleLabel } from '../../helpers';

/** The clauses of a sentence as their words, the way the labeller cuts them. */
function clauses(language: 'nl' | 'en', text: string): string[] {
  const focus = new MatcherMemo().matchersFor(language, {}).focus;
  const tokens = tokenize(text, language);
  const hits = focus.find(tokens);
  return splitClauses(tokens, (cls) => hits.filter((hit) => hit.cls === cls)).map((c) =>
    tokens
      .slice(c.first, c.last + 1)
      .map((t) => t.norm)
      .join(' '),
  );
}

describe('clauses', () => {
  it('reads "dat"/"that" after a preposition as pointing at a noun, not opening a clause', () => {
    assert.deepEqual(clauses('nl', 'Op dat moment wist ik het even niet meer.'), [
      'op dat moment wist ik het even niet meer',
    ]);
    assert.deepEqual(clauses('nl', 'Hij is in dat kader aangemeld voor een loopbaantraject.'), [
      'hij is in dat kader aangemeld voor een loopbaantraject',
    ]);
    assert.deepEqual(clauses('en', 'At that moment she stopped talking.'), ['at that moment she stopped talking']);
  });
  it('still opens a clause after a verb particle that looks like a preposition', () => {
    assert.deepEqual(clauses('nl', 'Je gaf aan dat je het nog lastig vindt.'), [
      'je gaf aan',
      'dat je het nog lastig vindt',
    ]);
    assert.deepEqual(clauses('nl', 'Het viel me op dat betrokkene stil werd.'), [
      'het viel me op',
      'dat betrokkene stil werd',
    ]);
    assert.deepEqual(clauses('nl', 'Ik zag in dat haar aanpak werkte.'), ['ik zag in', 'dat haar aanpak werkte']);
  });
  it('reads "dat" right after the subject of a clause just opened as its object', () => {
    assert.deepEqual(clauses('nl', 'Ik wil vragen hoe ze dat aangepakt heeft.'), [
      'ik wil vragen',
      'hoe ze dat aangepakt heeft',
    ]);
    assert.deepEqual(clauses('nl', 'Ik merk dat ik dat stiekem ook wil.'), ['ik merk', 'dat ik dat stiekem ook wil']);
  });
  it('reads "ook maar" as "even": no turn of the sentence, where "maar" alone before the same words would be', () => {
    assert.deepEqual(clauses('nl', 'Ze heeft het gesprek gevoerd zonder ook maar één keer in paniek te raken.'), [
      'ze heeft het gesprek gevoerd zonder ook maar één keer in paniek te raken',
    ]);
    assert.deepEqual(clauses('nl', 'Ze heeft het gesprek gevoerd maar ze raakte één keer in paniek.'), [
      'ze heeft het gesprek gevoerd',
      'maar ze raakte één keer in paniek',
    ]);
  });
  it('starts the main clause at a second subject pronoun after an opening clause without a comma', () => {
    assert.deepEqual(clauses('en', 'When I asked about the fight he shrugged.'), [
      'when i asked about the fight',
      'he shrugged',
    ]);
    assert.deepEqual(clauses('en', 'Before he left I gave him a card.'), ['before he left', 'i gave him a card']);
    assert.deepEqual(clauses('en', 'When I asked what she wanted she smiled.'), [
      'when i asked',
      'what she wanted',
      'she smiled',
    ]);
    // Not a pronoun after a verb that reports what is said.
    assert.deepEqual(clauses('en', 'If he says I am wrong, he is right.').slice(0, 1), ['if he says i am wrong']);
    assert.deepEqual(clauses('nl', 'Toen ik ernaar vroeg haalde hij zijn schouders op.'), [
      'toen ik ernaar vroeg haalde',
      'hij zijn schouders op',
    ]);
  });
  it('opens a clause at a conjunction of several words: "every time", "by the time", "in case"', () => {
    assert.deepEqual(clauses('en', 'Every time I bring it up he changes the subject.'), [
      'every time i bring it up',
      'he changes the subject',
    ]);
    assert.deepEqual(clauses('en', 'By the time she found me, she had decided.'), [
      'by the time she found me',
      'she had decided',
    ]);
    assert.deepEqual(clauses('en', 'She wrote a second plan in case the first one failed.'), [
      'she wrote a second plan',
      'in case the first one failed',
    ]);
  });
  it('reads "dat"/"that" after a break and before a copula as the subject of a main clause pointing back', () => {
    const kinds = (language: 'nl' | 'en', text: string): string[] => {
      const focus = new MatcherMemo().matchersFor(language, {}).focus;
      const tokens = tokenize(text, language);
      const hits = focus.find(tokens);
      return splitClauses(tokens, (cls) => hits.filter((hit) => hit.cls === cls)).map((c) => c.kind);
    };
    assert.deepEqual(kinds('nl', 'Ze wuift elke suggestie weg, dat is pure weerstand en daar moet ik doorheen.'), [
      'main',
      'main',
      'main',
    ]);
    assert.deepEqual(kinds('en', 'She waved it away, that was pure resistance and I felt stuck.'), [
      'main',
      'main',
      'main',
    ]);
    // A subordinate clause puts its verb last, or a participle after the copula may close a relative clause.
    assert.deepEqual(kinds('nl', 'Ze wuift het weg, dat ze moe is en ik moet doorheen.'), [
      'main',
      'subordinate',
      'subordinate',
    ]);
    assert.deepEqual(kinds('nl', 'Het plan, dat is goedgekeurd, ligt klaar.'), ['main', 'subordinate', 'main']);
    assert.equal(
      ruleLabel('Ze wuift elke suggestie weg, dat is pure weerstand en daar moet ik eerst doorheen.').focus,
      'neutral',
    );
  });
  it('reads "dat" after a form of "hebben", straight or after its subject, as its object', () => {
    assert.deepEqual(clauses('nl', 'In sessie 5 heb ik dat hardop benoemd en gevraagd wat hij wil.'), [
      'in sessie 5 heb ik dat hardop benoemd',
      'en gevraagd',
      'wat hij wil',
    ]);
    assert.deepEqual(clauses('nl', 'Ik heb dat gedaan.'), ['ik heb dat gedaan']);
    // After another verb it may open what is said or thought.
    assert.deepEqual(clauses('nl', 'Ik zei dat het goed ging.'), ['ik zei', 'dat het goed ging']);
  });
  it('reads "toen" after a finite verb, or its subject after it, as "then", not a clause of time', () => {
    assert.deepEqual(clauses('nl', 'Ik heb toen uitgelegd wat ik bedoel.'), ['ik heb toen uitgelegd', 'wat ik bedoel']);
    assert.deepEqual(clauses('nl', 'Heb ik toen gezegd.'), ['heb ik toen gezegd']);
    // With a subject of its own after it, or after a comma, it opens one.
    assert.deepEqual(clauses('nl', 'Hij zei toen ik binnenkwam niets.'), ['hij zei', 'toen ik binnenkwam niets']);
    assert.deepEqual(clauses('nl', 'Ze was blij, toen het klaar was.'), ['ze was blij', 'toen het klaar was']);
  });
});

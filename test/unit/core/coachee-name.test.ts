import assert from 'node:assert/strict';
import { headerCoachee, nameParts } from '../../../server/src/core/coachee-name';
import { ruleAnalyze } from '../../helpers';

const subjectRule = (text: string): { focus: string; rule: string }[] =>
  ruleAnalyze(text).sentences.map((s) => ({ focus: s.focus, rule: s.why.focus.rule }));

describe('the coachee named in a report', () => {
  it('keeps a name’s own parts, not its particles, titles or initials', () => {
    assert.deepEqual(nameParts('Marjolein de Vries'), ['marjolein', 'vries']);
    assert.deepEqual(nameParts('mevrouw S. Yilmaz'), ['yilmaz']);
    assert.deepEqual(nameParts('Mr. Arvind Kulkarni'), ['arvind', 'kulkarni']);
    assert.deepEqual(nameParts('Jean-Pierre van der Berg'), ['jean', 'pierre', 'berg']);
  });

  it('does not make every "de" the coachee when the coachee’s surname has one', () => {
    const text = '---\ncoachee: Marjolein de Vries\n---\n\nDe manager belde de directeur. Marjolein is trots.';
    const [manager, marjolein] = subjectRule(text);
    assert.notEqual(manager!.rule, 'subject');
    assert.deepEqual(marjolein, { focus: 'coachee', rule: 'subject' });
  });

  it('reads the coachee from a header line, in both languages and with markup around the field', () => {
    assert.equal(headerCoachee('Datum: 4 maart 2024\nCoachee: Bas\nSessie: 2\n\nTekst.'), 'Bas');
    assert.equal(headerCoachee('# Verslag\n\n**Cliënt:** mevrouw S. Yilmaz\n'), 'mevrouw S. Yilmaz');
    assert.equal(headerCoachee('Client: Graham Whitfield (CFO, Halloran)\nDate: 3 May'), 'Graham Whitfield');
    assert.equal(headerCoachee('- Participant: Tyler, Year 11'), 'Tyler');
  });

  it('takes no dialogue line, no other field and nothing far below the header for a name', () => {
    assert.equal(headerCoachee("Client: I don't know. I just don't have a day."), undefined);
    assert.equal(headerCoachee('Coachee: Dat weet ik niet, dat moet je hun vragen.'), undefined);
    assert.equal(headerCoachee('Coach: Anna de Wit\nDatum: 3 mei'), undefined);
    assert.equal(headerCoachee(`${'Een regel tekst.\n'.repeat(20)}Coachee: Bas`), undefined);
  });

  it('makes a name that only opens sentences the subject once the header names it', () => {
    const body = '- Bas zoekt uit wat de afspraken over werktijden precies zijn\n';
    assert.deepEqual(subjectRule(`Datum: 4 maart\nCoachee: Bas\n\n${body}`)[0], { focus: 'coachee', rule: 'subject' });
    assert.notEqual(subjectRule(`Datum: 4 maart\n\n${body}`)[0]!.rule, 'subject');
    // A one-word answer in a dialogue that opens the report is no name: it stands in lower case elsewhere.
    const dialogue = 'Coachee: Ja\n\nJa betekent hier weinig. Ze zei ja tegen alles.';
    assert.notEqual(subjectRule(dialogue)[0]!.rule, 'subject');
  });
});

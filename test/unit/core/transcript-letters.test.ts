// In a transcript whose other speaker is the coachee by her initial or her role, "C:" is the coach and her initial
// labels her lines (rule 27); "C:" alone beside "Coach:" stays the client's; beside the coach's own "Me:", "Ik:" any
// other single letter is the coachee's.
import { strict as assert } from 'node:assert';
import { ruleAnalyze } from '../../helpers';
import { analyzeReport, defaultSettings, ReportSession } from '../../../server/src/kracht';
import { dialogueLetters } from '../../../server/src/core/dialogue-letters';

const transcript = [
  '# Sessie 5, Joost',
  '',
  'C: Wat heb je deze week anders gedaan?',
  '',
  'J: Ik heb twee keer nee gezegd tegen een extra klus.',
  '',
  'C: En hoe was dat voor jou?',
  '',
  'J: Eerlijk gezegd voel ik me nog steeds schuldig.',
  '',
].join('\n');

describe('a transcript’s short speaker labels', () => {
  it('read "C:" as the coach beside the coachee’s initial, her initial as hers', () => {
    assert.deepEqual(
      ruleAnalyze(transcript).sentences.map((sentence) => sentence.focus),
      ['coach', 'coachee', 'coach', 'coachee'],
    );
  });

  it('read "C:" as the coach beside "Cl:", "Cliënt:"', () => {
    const text = 'C: Wat wil je bereiken?\n\nCl: Rust in mijn hoofd.\n';
    assert.equal(ruleAnalyze(text).sentences[0]!.focus, 'coach');
  });

  it('leave "C:" the client’s beside "Coach:"', () => {
    const text = 'Coach: Wat wil je bereiken?\n\nC: Ik wil weer rust in mijn hoofd.\n';
    assert.deepEqual(
      ruleAnalyze(text).sentences.map((sentence) => sentence.focus),
      ['coach', 'coachee'],
    );
  });

  it('read another speaker’s single letter beside the coach’s own label as the coachee’s', () => {
    const text = 'Me: What made Sunday night the moment?\nK: I saw a mistake and I could not leave it.\n';
    assert.deepEqual(
      ruleAnalyze(`---\nlang: en\n---\n${text}`).sentences.map((sentence) => sentence.focus),
      ['coach', 'coachee'],
    );
    assert.deepEqual([...dialogueLetters('Ik: Wat wil je?\nS: Rust.\n', new Set()).coachee], ['s']);
  });

  it('find labels at line starts only, behind list markers and emphasis', () => {
    const letters = dialogueLetters(
      '- **C:** Hoe gaat het?\n- **J:** Goed.\nDatum: 3 maart, Joost: afwezig',
      new Set(['joost']),
    );
    assert.deepEqual([[...letters.coach], [...letters.coachee]], [['c'], ['j']]);
    assert.deepEqual(dialogueLetters('Geen dialoog hier: alleen tekst.\n', new Set(['joost'])).coach.size, 0);
  });

  it('are read again when a document typed into gains the coachee’s lines', () => {
    // The label cache is keyed by who the letters are: "C:" read as the client before "J:" came is read again.
    const session = new ReportSession();
    const first = 'C: Wat heb je deze week anders gedaan?\n';
    const before = analyzeReport(first, defaultSettings, { session, model: null }).sentences[0]!.focus;
    const after = analyzeReport(`${first}\nJ: Nee gezegd, Joost hier.\n`, defaultSettings, { session, model: null });
    assert.deepEqual([before, after.sentences[0]!.focus], ['coachee', 'coach']);
  });
});

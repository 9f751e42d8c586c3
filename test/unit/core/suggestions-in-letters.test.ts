// Written to the coachee, a suggestion is a tip as an imperative is (rules 26, 32); help only supposed ("misschien
// helpt het") is no praise for the coach (rule 34).
import assert from 'node:assert/strict';
import { analyze, ruleAnalyze } from '../../helpers';

const letter = (line: string): string =>
  `Beste Joris,\n\nJe vertelde dat je slecht slaapt. Je merkt dat je moe bent.\n\n${line}\n\nHartelijke groet,\nMiriam\n`;
const dearLetter = (line: string): string =>
  `Dear Joris,\n\nYou told me you sleep badly. You notice you are tired.\n\n${line}\n\nKind regards,\nMiriam\n`;
const signalsOf = (text: string, line: string, of = ruleAnalyze): string[] =>
  of(text).sentences.find((s) => s.text.startsWith(line.slice(0, 20)))!.signals;

// Advice that names nothing it rests on carries both expert-role and ungrounded-interpretation (rule 33).
const tip = ['expert-role', 'ungrounded-interpretation'];

describe('a suggestion written to the coachee', () => {
  for (const line of [
    'Je zou kunnen overwegen om een keer per week een wandeling te maken.',
    'Misschien helpt het als je een lijstje maakt van momenten waarop je trots was.',
    'Het kan helpen om je agenda op vrijdag al te plannen.',
  ])
    it(`is ungrounded advice: ${line}`, () => assert.deepEqual(signalsOf(letter(line), line), tip));
  for (const line of [
    'You could try asking your manager for a weekly check-in.',
    'It might help to write things down.',
  ])
    it(`is ungrounded advice: ${line}`, () => assert.deepEqual(signalsOf(dearLetter(line), line), tip));

  it('is the coach speaking, and its own words praise nothing', () => {
    const line = 'It might help to write things down.';
    const sentence = ruleAnalyze(dearLetter(line)).sentences.find((s) => s.text === line)!;
    assert.deepEqual([sentence.valence, sentence.focus], ['neutral', 'coach']);
    const tipped = 'Read up on situational leadership before the next session.';
    assert.ok(!signalsOf(dearLetter(tipped), tipped).includes('working-hard'));
  });

  it('is the coachee’s own idea in a report about her', () => {
    const text = 'Sanne vertelde over haar week. Ze zei dat het kan helpen om haar agenda op vrijdag al te plannen.';
    assert.deepEqual(signalsOf(text, 'Ze zei dat het kan helpen'), []);
  });

  it('is the coachee’s own idea where she is reported to have made it', () => {
    const line = 'Je zei zelf dat het kan helpen om je agenda op vrijdag al te plannen.';
    assert.deepEqual(signalsOf(letter(line), line), []);
    const mine = 'Ik zei dat het kan helpen om je agenda op vrijdag al te plannen.';
    assert.deepEqual(signalsOf(letter(mine), mine), ['expert-role']);
  });

  it('is no praise for the coach where help is only supposed', () => {
    const line = 'Misschien helpt het als je een lijstje maakt van momenten waarop je trots was.';
    assert.ok(!signalsOf(letter(line), line, analyze).includes('appreciation'));
    const praise = 'Misschien was je moe, maar je zei dat het gesprek je enorm had geholpen.';
    assert.ok(signalsOf(letter(praise), praise).includes('appreciation'));
  });
});

import assert from 'node:assert/strict';
// A dialogue line belongs to the speaker its label names, all of it (rules 2, 25, 27).
import { analyze, ruleAnalyze } from '../../helpers';

const read = (text: string): { focus: string; signals: string[]; text: string }[] =>
  ruleAnalyze(text).sentences.map((s) => ({ focus: s.focus, signals: s.signals, text: s.text }));

describe('a dialogue line of several sentences', () => {
  it('gives every sentence of the line to its speaker, in both languages', () => {
    const en = read("Coach: What would it take to try it for one day?\nClient: I don't know. I just don't have a day.");
    assert.deepEqual(
      en.map((s) => s.focus),
      ['coach', 'coachee', 'coachee'],
    );
    const nl = read('Cliënt: Ik weet het niet. Ik heb er gewoon geen tijd voor.\nCoach: Wat zou helpen?');
    assert.deepEqual(
      nl.map((s) => s.focus),
      ['coachee', 'coachee', 'coach'],
    );
  });
  it('ends the line at a line break', () => {
    const lines = read("Client: I don't know.\n\nI asked her again later. I waited.");
    assert.deepEqual(
      lines.map((s) => s.focus),
      ['coachee', 'coach', 'coach'],
    );
  });
  it('takes the coach asking in their own line for no ask of the coach (rule 32)', () => {
    for (const text of ['Me: What would you like to get out of today?', 'Coach: Wat zou jij willen bereiken?'])
      for (const sentence of analyze(text).sentences) assert.ok(!sentence.signals.includes('expert-role'), text);
    assert.ok(read('Client: What would you do?')[0]!.signals.includes('expert-role'));
  });
});

describe('a speaker label before a short question', () => {
  it('is speech, not a metadata field (rule 1)', () => {
    assert.deepEqual(
      read('Coach: Wat zou helpen?\n\nCoach: M. Verhoef').map((s) => s.text),
      ['Coach: Wat zou helpen?'],
    );
  });
});

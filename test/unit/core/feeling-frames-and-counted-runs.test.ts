// A frame around a feeling that names nobody interprets the coachee; explaining counted, tools counted, split or
// redrawn, are working hard; a tool planned for a later session is none brought now.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleAnalyze, ruleLabel } from '../../helpers';

describe('an opinion frame around a feeling that names nobody', () => {
  it('is an interpretation of the coachee (rule 33)', () => {
    for (const text of [
      inEnglish('My impression is that guilt plays a big role.'),
      inEnglish('I think shame is driving this.'),
      'Mijn indruk is dat schuld een grote rol speelt.',
      'Ik denk dat schaamte hier meespeelt.',
    ])
      assert.ok(ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });

  it('is none around what is no feeling, nor around the coach’s own', () => {
    for (const text of [
      inEnglish('I think the session went well.'),
      'Ik denk dat het gesprek goed verliep.',
      inEnglish('I think I felt some shame myself.'),
    ])
      assert.ok(!ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });
});

describe('explaining and tools counted', () => {
  it('is working hard when the explaining is counted, split or drawn again (rule 30)', () => {
    for (const text of [
      'Ik heb het hem wel vijf keer uitgelegd.',
      inEnglish('I must have explained it five times.'),
      'Ik legde het model nog een keer uit, en daarna nog eens.',
      'Ik tekende het schema nog een keer uit.',
    ])
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
    assert.ok(!ruleLabel('Ik heb het hem een keer uitgelegd.').signals.includes('working-hard'));
  });

  it('is working hard when several tools of a kind are brought at once (rule 30)', () => {
    assert.ok(
      ruleLabel(inEnglish('I walked him through three different budgeting apps.')).signals.includes('working-hard'),
    );
    assert.ok(ruleLabel('Ik liet haar een paar checklists zien.').signals.includes('working-hard'));
    assert.ok(!ruleLabel(inEnglish('I showed him a budgeting app.')).signals.includes('working-hard'));
  });

  it('is working hard at the second tool named in a row, and working harder than the coachee (rule 30)', () => {
    const report = 'Ik liet haar het levenswiel zien. Later heb ik ook het Eisenhower-schema uitgelegd.\n';
    const [first, second] = ruleAnalyze(report).sentences;
    assert.deepEqual([first!.signals, second!.signals], [[], ['working-hard']]);
    assert.ok(ruleLabel('Ik denk dat ik vandaag harder heb gewerkt dan zij.').signals.includes('working-hard'));
  });

  it('counts no tool planned for a later session in the run (rule 30)', () => {
    const report =
      'Ik heb het kernkwadrant uitgelegd.\n\nIn het volgende gesprek neemt coach de oefeningen met haar door.\n';
    const [, planned] = ruleAnalyze(report).sentences;
    assert.ok(planned && !planned.signals.includes('working-hard'), planned?.text);
  });
});

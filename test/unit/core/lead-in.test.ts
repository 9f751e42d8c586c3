import assert from 'node:assert/strict';
import { isListItem, LeadIns } from '../../../server/src/core/lead-in';
import { parseMarkdown } from '../../../server/src/core/markdown';
import { ruleAnalyze } from '../../helpers';

describe('lead-in: a list spells out the colon line before it', () => {
  it('tells list items from paragraphs, in quotes and numbered lists too', () => {
    const source = 'A paragraph.\n\n- Eat early.\n1. Sleep well.\n> * [ ] Walk daily.\n\nA paragraph - not a list.\n';
    const blocks = parseMarkdown(source).blocks;
    assert.deepEqual(
      blocks.map((block) => [block.text, isListItem(source, block)]),
      [
        ['A paragraph.', false],
        ['Eat early.', true],
        ['Sleep well.', true],
        ['Walk daily.', true],
        ['A paragraph - not a list.', false],
      ],
    );
  });
  it('gives every item of a list the colon line before it, and ends with the list', () => {
    const leadIns = new LeadIns();
    assert.equal(leadIns.next(false, undefined), null);
    assert.equal(leadIns.next(true, 'Tips die ik meegaf:'), 'Tips die ik meegaf:');
    assert.equal(leadIns.next(true, 'Eet op tijd.'), 'Tips die ik meegaf:');
    assert.equal(leadIns.next(false, 'Slaap goed.'), null);
    assert.equal(leadIns.next(true, 'We spraken over haar week.'), null);
  });
  it('reads every tip of a list of tips as the coach’s advice (rules 26, 32), not only the first', () => {
    for (const report of [
      'Tips I gave him:\n\n- Stop playing at full volume two days before.\n- Eat something slow three hours before.\n- Visualise the walk to the stage.\n',
      'Tips die ik haar meegaf:\n\n- Plan na elke dienst een kwartier voor jezelf.\n- Eet iets voor je begint.\n- Zeg voorlopig nee tegen extra diensten.\n',
    ]) {
      const items = ruleAnalyze(report).sentences.slice(1);
      assert.equal(items.length, 3);
      for (const item of items) assert.ok(item.signals.includes('expert-role'), item.text);
    }
  });
  it('reads every item of a list of tips as advice whatever its form, but not a question (rules 29, 32)', () => {
    const items = ruleAnalyze(
      'Ik gaf haar drie tips:\n\n- een lijst maken van taken die haar energie geven\n- twee gesprekken voeren met mensen buiten de gemeente\n- Wat wil je zelf?\n',
    ).sentences.slice(1);
    assert.deepEqual(
      items.map((item) => item.signals.includes('expert-role')),
      [true, true, false],
    );
    const grounded = ruleAnalyze(
      'Tips I gave her:\n\n- Take your break upstairs, because you said yourself you never rest at the desk.\n',
    ).sentences[1]!;
    assert.deepEqual(
      [grounded.signals.includes('expert-role'), grounded.signals.includes('ungrounded-interpretation')],
      [true, false],
    );
  });
  it('reads a tip without a subject as the coach speaking, in a list a heading or a compound announces (rules 25, 26)', () => {
    for (const report of [
      '---\ncoachee: Jorien\n---\n\nTips meegegeven:\n\n- na nachtdienst max. 3 uur slapen, daarna naar buiten\n- Jorien houdt een slaaplogboek bij\n',
      'Daarna heb ik hem een lijstje slaaptips gegeven:\n\n- telefoon om half elf beneden leggen\n- hij vraagt zijn mentor om hulp\n',
      '## My advice\n\n- no screens after ten on weeknights\n- she asks her manager for a quieter desk\n',
    ]) {
      const [tip, step] = ruleAnalyze(report).sentences.slice(-2);
      assert.deepEqual([tip!.focus, tip!.signals.includes('expert-role')], ['coach', true], tip!.text);
      assert.equal(step!.focus, 'coachee', step!.text);
    }
    const steps = ruleAnalyze('## Afspraken\n\n- slaaplogboek bijhouden, twee weken\n').sentences.at(-1)!;
    assert.deepEqual([steps.focus, steps.signals.includes('expert-role')], ['coachee', false]);
  });
  it('leaves a list after a line without a colon as it was', () => {
    const items = ruleAnalyze(
      'Wat ik zag in de sessie.\n\n- Eet iets vooraf.\n- Zeg nee tegen extra diensten.\n',
    ).sentences.slice(1);
    assert.equal(items.filter((item) => item.signals.includes('expert-role')).length, 0);
  });
});

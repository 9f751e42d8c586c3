import assert from 'node:assert/strict';
import { analyzeReport, parseSettings, sentenceKey } from '../../../server/src/kracht';

const advice = 'Ik heb haar geadviseerd om eerst met haar leidinggevende te praten.';
const report = (body: string): string =>
  `# Sessie 4\n\n${body}\nZe voelt zich onzeker en twijfelt over alles wat ze op haar werk doet.\n`;
const expertRole = (text: string, hiddenFindings: unknown): number =>
  analyzeReport(text, parseSettings({ hiddenFindings }), { model: null }).findings.filter(
    (f) => f.ruleId === 'signal/expert-role',
  ).length;

describe('findings hidden in settings, by rule and sentence key', () => {
  it('keys a sentence by its words, not by where it stands or how it is wrapped', () => {
    assert.match(sentenceKey(advice), /^[0-9a-f]{8}$/u);
    assert.equal(sentenceKey(advice.replace('om eerst', 'om\n   eerst')), sentenceKey(advice));
    assert.notEqual(sentenceKey(advice.replace('eerst', 'meteen')), sentenceKey(advice));
  });
  it('hides the finding of that rule on that sentence wherever it stands, and only that one', () => {
    const hidden = [{ rule: 'signal/expert-role', sentence: sentenceKey(advice) }];
    assert.equal(expertRole(report(advice), []), 1);
    assert.equal(expertRole(report(advice), hidden), 0);
    assert.equal(expertRole(report(`Eerst iets anders.\n\n${advice}`), hidden), 0, 'moved to another paragraph');
    assert.equal(
      expertRole(report(advice.replace('eerst', 'meteen')), hidden),
      1,
      'the sentence changed: the finding is back',
    );
    assert.equal(
      expertRole(report(advice), [{ rule: 'signal/working-hard', sentence: sentenceKey(advice) }]),
      1,
      'another rule hidden',
    );
    const balance = analyzeReport(report(advice), parseSettings({ hiddenFindings: hidden }), {
      model: null,
    }).findings.filter((f) => f.kind === 'balance');
    assert.deepEqual(
      balance.map((f) => f.ruleId),
      analyzeReport(report(advice), parseSettings({}), { model: null })
        .findings.filter((f) => f.kind === 'balance')
        .map((f) => f.ruleId),
    );
  });
  it('skips entries that are not a rule and an eight-digit key, and says so', () => {
    const problems: string[] = [];
    const settings = parseSettings(
      {
        hiddenFindings: [
          { rule: 'signal/expert-role', sentence: 'not a key' },
          'x',
          { rule: 'signal/expert-role', sentence: '0a1b2c3d', file: 'a.md' },
        ],
      },
      problems,
    );
    assert.deepEqual(settings.hiddenFindings, [{ rule: 'signal/expert-role', sentence: '0a1b2c3d', file: 'a.md' }]);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /kracht\.hiddenFindings/u);
    parseSettings({ hiddenFindings: 'all' }, problems);
    assert.equal(problems.length, 3);
  });
});

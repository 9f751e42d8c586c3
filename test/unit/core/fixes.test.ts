import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../../../server/src/core/types';
import { fixesFor } from '../../../server/src/kracht';
import { fixContext } from '../../../server/src/core/fixes';
import { parseSettings } from '../../../server/src/core/settings';
import { analyze } from '../../helpers';

/** Applies a fix's edits to the text, as an editor would. */
function apply(text: string, fix: Fix): string {
  return TextDocument.applyEdits(TextDocument.create('file:///r.md', 'markdown', 1, text), fix.edits);
}

function fix(text: string, ruleId: string, kind: Fix['kind'], settings: unknown = {}): Fix {
  const analysis = analyze(text, settings);
  const finding = analysis.findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `no ${ruleId} finding`);
  const found = fixesFor(finding, fixContext(text, analysis, parseSettings(settings))).find((f) => f.kind === kind);
  assert.ok(found, `no ${kind} fix`);
  return found;
}

const advice =
  '# Sessie 2\r\n\r\nIk heb haar geadviseerd eerst met haar manager te praten.\r\nDaarna was het stil.\r\n\r\nZe besloot zelf te wachten.\r\n';

describe('quick fixes', () => {
  it('inserts the reflection question after the paragraph as a block quote, keeping CRLF', () => {
    assert.equal(
      apply(advice, fix(advice, 'signal/expert-role', 'reflection')),
      '# Sessie 2\r\n\r\nIk heb haar geadviseerd eerst met haar manager te praten.\r\nDaarna was het stil.\r\n\r\n> **Reflectie:** Wat zegt dit over jouw geloof in het zelfoplossende vermogen van de coachee?\r\n\r\nZe besloot zelf te wachten.\r\n',
    );
  });
  it('inserts it as a hidden HTML comment when kracht.reflectionStyle is "comment"', () => {
    const text = 'I gave him three tips for the interview.';
    assert.equal(
      apply(text, fix(text, 'signal/expert-role', 'reflection', { reflectionStyle: 'comment' })),
      "I gave him three tips for the interview.\n\n<!-- Reflection: What does this say about your belief in the coachee's ability to find their own solutions? -->",
    );
  });
  it('adds a prompt for the coachee’s own share to an existing "Wat ging goed" list', () => {
    const text = [
      '---',
      'coachee: Ruud',
      '---',
      '# Sessie',
      '',
      '## Wat ging goed',
      '',
      '- Hij kwam op tijd.',
      '',
      '## Lastig',
      '',
      'Hij voelt zich onzeker en twijfelt over alles wat hij doet op zijn werk.',
      'Het conflict met zijn collega loopt vast en hij slaapt er slecht door.',
      'Zijn valkuil is dat hij problemen uitstelt tot ze te groot zijn.',
      '',
    ].join('\n');
    const after = apply(text, fix(text, 'balance/strength-weakness', 'own-share'));
    assert.equal(
      after,
      text.replace(
        '- Hij kwam op tijd.\n',
        '- Hij kwam op tijd.\n- Wat deed Ruud zelf, en welke kwaliteit kwam daarbij naar voren?\n',
      ),
    );
  });
  it('creates a "What went well" heading when the report has none', () => {
    const text =
      'He feels insecure and doubts everything he does at work. The conflict with his colleague is stuck and he sleeps badly. His pitfall is that he postpones problems until they are too big.';
    const after = apply(text, fix(text, 'balance/strength-weakness', 'own-share'));
    assert.equal(
      after,
      `${text}\n\n## What went well\n\n- What did the coachee do themselves, and which quality showed in it?\n`,
    );
  });
  it('reframes a coach-centred sentence with a prompt right after it', () => {
    const text = 'Ik heb haar geadviseerd eerst met haar manager te praten. Ze knikte.';
    assert.equal(
      apply(text, fix(text, 'signal/expert-role', 'reframe')),
      'Ik heb haar geadviseerd eerst met haar manager te praten. *(Wat deed de coachee hier zelf mee?)* Ze knikte.',
    );
  });
  it('silences a rule on a line that starts a block with a directive above it', () => {
    const text = '# S\n\nIk gaf hem drie tips.\nHij knikte.\n';
    const after = apply(text, fix(text, 'signal/expert-role', 'silence'));
    assert.equal(
      after,
      '# S\n\n<!-- kracht-disable-next-line signal/expert-role -->\nIk gaf hem drie tips.\nHij knikte.\n',
    );
    assert.equal(
      analyze(after).findings.some((f) => f.ruleId === 'signal/expert-role'),
      false,
    );
  });
  it('silences a rule inside a paragraph, a list or a table at the end of its line, where a comment line would split it', () => {
    const cases = [
      [
        'Hij kwam binnen.\nIk gaf hem drie tips.\nHij knikte.\n',
        'Hij kwam binnen.\nIk gaf hem drie tips. <!-- kracht-disable-line signal/expert-role -->\nHij knikte.\n',
      ],
      [
        '- Hij kwam binnen.\n- Ik gaf hem drie tips.\n',
        '- Hij kwam binnen.\n- Ik gaf hem drie tips. <!-- kracht-disable-line signal/expert-role -->\n',
      ],
      [
        'Hij kwam binnen.\nIk gaf hem drie tips.  \nHij knikte.\n',
        'Hij kwam binnen.\nIk gaf hem drie tips. <!-- kracht-disable-line signal/expert-role -->  \nHij knikte.\n',
      ],
      [
        '| wie | wat |\n|---|---|\n| ik | Ik gaf hem drie tips |\n',
        '| wie | wat |\n|---|---|\n| ik | Ik gaf hem drie tips <!-- kracht-disable-line signal/expert-role --> |\n',
      ],
    ] as const;
    for (const [text, expected] of cases) {
      const after = apply(text, fix(text, 'signal/expert-role', 'silence'));
      assert.equal(after, expected);
      assert.equal(
        analyze(after).findings.some((f) => f.ruleId === 'signal/expert-role'),
        false,
        after,
      );
    }
  });
});

describe('suppression directives', () => {
  const tips = 'Ik gaf hem drie tips.';
  it('silences one rule or all on the next line with text', () => {
    assert.equal(
      analyze(`<!-- kracht-disable-next-line signal/expert-role -->\n\n${tips}`).findings.filter(
        (f) => f.ruleId === 'signal/expert-role',
      ).length,
      0,
    );
    assert.equal(analyze(`<!-- kracht-disable-next-line -->\n${tips}`).findings.length, 0);
    assert.equal(
      analyze(`<!-- kracht-disable-next-line signal/working-hard -->\n${tips}`).findings.some(
        (f) => f.ruleId === 'signal/expert-role',
      ),
      true,
    );
  });
  it('reads kracht-disable-line on its own line, not inside fenced code', () => {
    assert.equal(
      analyze(`${tips} <!-- kracht-disable-line signal/expert-role -->`).findings.some(
        (f) => f.ruleId === 'signal/expert-role',
      ),
      false,
    );
    const fenced = '```\n<!-- kracht-disable-line signal/expert-role -->\n```\n\n' + tips;
    assert.equal(
      analyze(fenced).findings.some((f) => f.ruleId === 'signal/expert-role'),
      true,
    );
  });
  it('silences a stretch between disable and enable', () => {
    const text = `<!-- kracht-disable signal/expert-role -->\n${tips}\n<!-- kracht-enable signal/expert-role -->\n\n${tips}\n`;
    assert.deepEqual(
      analyze(text)
        .findings.filter((f) => f.ruleId === 'signal/expert-role')
        .map((f) => f.range.start.line),
      [4],
    );
  });
  it('turns a whole report off with front matter kracht: off', () => {
    assert.deepEqual(analyze(`---\nkracht: off\n---\n${tips}`).findings, []);
  });
});

import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../../../server/src/core/types';
import { allReflectionsFor } from '../../../server/src/kracht';
import { fixContext } from '../../../server/src/core/fixes';
import { parseSettings } from '../../../server/src/core/settings';
import { analyze } from '../../helpers';

function apply(text: string, fix: Fix): string {
  return TextDocument.applyEdits(TextDocument.create('file:///r.md', 'markdown', 1, text), fix.edits);
}

function fixAll(text: string, settings: unknown = {}): Fix | null {
  const analysis = analyze(text, settings);
  return allReflectionsFor(analysis.findings, fixContext(text, analysis, parseSettings(settings)));
}

const report = [
  '# Sessie 3',
  '',
  'Ik heb haar geadviseerd eerst met haar manager te praten. Ik gaf haar ook drie tips.',
  'Ik moet ervoor zorgen dat dit traject slaagt.',
  '',
  'Ze besloot zelf te wachten.',
  '',
  'Ik legde het model nog een keer uit, en daarna nog eens.',
  '',
].join('\r\n');

describe('all reflection questions at once', () => {
  it('adds each question once below its paragraph, in one fix, and keeps every other character', () => {
    const fix = fixAll(report);
    assert.ok(fix);
    const fixed = apply(report, fix);
    assert.match(fix.title, /^Voeg alle reflectievragen van dit verslag toe \(\d+\)$/u);
    // The balance below the heading, and two paragraphs with signals: three insertions, each with the
    // questions of its own rules, the first paragraph's three (advice twice, ungrounded twice, outcome) once each.
    assert.deepEqual(
      fix.edits.map((edit) => [edit.range.start.line, edit.newText.split('> **Reflectie:**').length - 1]),
      [
        [0, 1],
        [3, 3],
        [7, 1],
      ],
    );
    const questions = fixed.split('\r\n').filter((line) => line.startsWith('> **Reflectie:**'));
    assert.equal(new Set(questions).size, questions.length, 'no question twice below one paragraph');
    assert.equal(fixed.replace(/\r\n\r\n> \*\*Reflectie:\*\* [^\r\n]*/gu, ''), report, 'only insertions, CRLF kept');
  });

  it('adds nothing the second time', () => {
    const fixed = apply(report, fixAll(report)!);
    assert.equal(fixAll(fixed), null);
  });

  it('has nothing to add to a report without findings', () => {
    assert.equal(fixAll('Ze besloot zelf om het gesprek aan te gaan.'), null);
  });

  it('writes hidden comments when kracht.reflectionStyle says so, in the report’s language', () => {
    const text = 'I gave him three tips for the interview.\n\nI explained the model again, and then once more.\n';
    const fix = fixAll(text, { reflectionStyle: 'comment' });
    assert.ok(fix);
    assert.match(fix.title, /^Add all reflection questions in this report/u);
    assert.ok(apply(text, fix).includes('\n\n<!-- Reflection: '));
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { codeActions } from '../../server/src/lsp/code-actions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { defaultSettings } from '../../server/src/core/settings';
import { analyze } from '../helpers';

// `npm run fuzz` raises the number of runs; the default suite runs a short, seeded sample.
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const seed = Number(process.env.FUZZ_SEED ?? 20261126);

const fragments = [
  '# Kop',
  '## Wat ging goed',
  '- ',
  '* ',
  '1. ',
  '> ',
  '- [ ] ',
  '**',
  '*',
  '_',
  '`',
  '[',
  '](x)',
  '<!-- c -->',
  '<div>',
  '|',
  '---',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u2028',
  ' ',
  '\t',
  '    ',
  'Ik gaf haar drie tips.',
  'Ze besloot zelf te bellen.',
  'Hij voelt zich onzeker.',
  'I advised him to wait.',
  'She decided herself.',
  '"Ik was bang," zei ze.',
  'M. vond het o.a. spannend.',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  'שלום',
  '\u0000',
  '\u0007',
  '\ud800',
  '\udc00',
  '\ufeff',
];
const markdown = fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(''));

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}

describe('properties (fast-check)', () => {
  it('every sentence range lies inside the document, in order, on UTF-16 positions', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const docLines = lines(text);
        for (const { range } of analyze(text).sentences) {
          for (const position of [range.start, range.end]) {
            assert.ok(
              position.line >= 0 && position.line < docLines.length,
              `line ${position.line} of ${docLines.length}`,
            );
            assert.ok(position.character >= 0 && position.character <= docLines[position.line]!.length);
          }
          assert.ok(
            range.start.line < range.end.line ||
              (range.start.line === range.end.line && range.start.character <= range.end.character),
          );
        }
      }),
      { numRuns: runs, seed },
    );
  });

  it('a quick fix only inserts: every character of the report stays, in order', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const analysis = analyze(text);
        const document = TextDocument.create('file:///fuzz.md', 'markdown', 1, text);
        for (const finding of analysis.findings) {
          const diagnostic = toDiagnostic(finding, document.uri, 1);
          const actions = codeActions(
            document,
            { textDocument: { uri: document.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } },
            { analysis, settings: defaultSettings },
          );
          // At least the reflection question and the directive that silences the rule.
          assert.ok(actions.length >= 2, `${finding.ruleId}: ${actions.length} quick fixes`);
          for (const action of actions) {
            // Hiding a finding edits settings, never the report: a command, no edit.
            if (!action.edit) {
              assert.equal(action.command?.command, 'kracht.hideFinding', action.title);
              continue;
            }
            const change = action.edit.documentChanges![0] as TextDocumentEdit;
            assert.equal(change.textDocument.version, 1);
            for (const edit of change.edits as TextEdit[]) {
              const start = document.offsetAt(edit.range.start);
              const end = document.offsetAt(edit.range.end);
              assert.equal(start, end, 'an insertion, never a replacement');
              const after = TextDocument.applyEdits(document, [edit]);
              assert.equal(after.slice(0, start) + after.slice(start + edit.newText.length), text);
            }
          }
        }
      }),
      { numRuns: runs, seed },
    );
  });
});

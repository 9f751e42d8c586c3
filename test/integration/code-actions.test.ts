import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Position, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './lsp-client';

const runs = Number(process.env.FUZZ_RUNS ?? 8);
const seed = Number(process.env.FUZZ_SEED ?? 20261202);

// Sentences that bring diagnostics with fixes (advice, a coach-centred line, a problem-heavy report),
// and the pieces that move them: blank lines, headings, list markers.
const pieces = [
  'Ik heb haar geadviseerd om eerst met haar leidinggevende te praten.',
  'Ze voelt zich onzeker en twijfelt over alles.',
  'Ik gaf hem drie tips.',
  'Ik merkte dat ik harder werkte dan zij.',
  'Ze besloot zelf om het gesprek aan te gaan.',
  '\n\n',
  '\n',
  '# Sessie\n\n',
  '- ',
];
const start = fc.array(fc.constantFrom(...pieces), { minLength: 3, maxLength: 10 }).map((p) => p.join(' '));
// An edit inserts pieces somewhere or removes a stretch; `restore` goes back to the first text (the
// same text under a newer version).
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...pieces) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), length: fc.nat({ max: 30 }) }),
  fc.constant({ kind: 'restore' as const }),
);

/** Whether an edit only inserts, at a place that exists in the text. */
function insertsWithin(document: TextDocument, edit: TextEdit): boolean {
  const valid = (p: Position): boolean =>
    p.line < document.lineCount &&
    document.offsetAt(p) === document.offsetAt({ line: p.line, character: 0 }) + p.character;
  return valid(edit.range.start) && JSON.stringify(edit.range.start) === JSON.stringify(edit.range.end);
}

describe('quick fixes for the text on screen', function () {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    client.configuration = { focusMode: false };
    await client.initialize('nl');
  });
  after(async () => {
    await client.stop();
  });

  it('carry the current version and insert into the current text, whatever version their diagnostic had', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(start, fc.array(edit, { minLength: 1, maxLength: 4 }), async (first, edits) => {
        const uri = `file:///tmp/fixes-${run++}.md`;
        let document = TextDocument.create(uri, 'markdown', 1, first);
        const seen: Diagnostic[] = [...(await client.open(uri, first)).diagnostics];
        const ask = async (diagnostics: Diagnostic[]): Promise<void> => {
          const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
          const actions = (await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range,
            context: { diagnostics },
          })) as CodeAction[];
          for (const action of actions) {
            // A fix worked out from an older analysis puts its text where the paragraph used to end.
            for (const diagnostic of action.diagnostics ?? []) {
              assert.equal(
                (diagnostic.data as { version: number }).version,
                document.version,
                `${action.title}: a fix for a diagnostic of an older text`,
              );
            }
            // Hiding a finding edits settings, never the report: a command, no edit.
            if (!action.edit)
              assert.equal(
                action.command?.command,
                'kracht.hideFinding',
                `${action.title}: neither an edit nor the hide command`,
              );
            for (const change of (action.edit?.documentChanges ?? []) as {
              textDocument: { version: number };
              edits: TextEdit[];
            }[]) {
              assert.equal(
                change.textDocument.version,
                document.version,
                `${action.title}: an edit for version ${change.textDocument.version}, the text is at ${document.version}`,
              );
              for (const e of change.edits)
                assert.ok(
                  insertsWithin(document, e),
                  `${action.title}: ${JSON.stringify(e)} in ${JSON.stringify(document.getText())}`,
                );
            }
          }
        };
        for (const step of edits) {
          const text = document.getText();
          const next =
            step.kind === 'restore'
              ? first
              : step.kind === 'insert'
                ? text.slice(0, step.at % (text.length + 1)) + step.text + text.slice(step.at % (text.length + 1))
                : text.slice(0, step.at % (text.length + 1)) + text.slice((step.at % (text.length + 1)) + step.length);
          const version = document.version + 1;
          document = TextDocument.create(uri, 'markdown', version, next);
          const published = client.next(uri, (p) => p.version === version);
          await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ text: next }],
          });
          // Before the new text is analysed: the diagnostics of every earlier version, one at a time.
          for (const diagnostic of seen) await ask([diagnostic]);
          seen.push(...(await published).diagnostics);
          await ask(seen);
        }
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }),
      { numRuns: runs, seed },
    );
  });
});

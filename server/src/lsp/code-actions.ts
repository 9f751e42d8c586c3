import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from './diagnostics';

const label = { nl: 'Reflectie', en: 'Reflection' } as const;

/** Quick fixes for Kracht's diagnostics: each inserts its reflection question after the paragraph. */
export function codeActions(document: TextDocument, params: CodeActionParams, locale: 'nl' | 'en'): CodeAction[] {
  const actions: CodeAction[] = [];
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'kracht') continue;
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    for (const fix of data?.fixes ?? []) {
      if (fix.kind !== 'reflection' || typeof fix.question !== 'string') continue;
      const at = clampToLineEnd(document, fix.insertAt.line);
      actions.push(reflectionAction(document, diagnostic, `${eol}${eol}> **${label[locale]}:** ${fix.question}`, at, locale));
    }
  }
  return actions;
}

function reflectionAction(document: TextDocument, diagnostic: Diagnostic, newText: string, at: { line: number; character: number }, locale: 'nl' | 'en'): CodeAction {
  return {
    title: locale === 'nl' ? 'Voeg een reflectievraag toe' : 'Add a reflection question',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [{ range: { start: at, end: at }, newText }] }] },
  };
}

/** The end of a line, so that an insertion never splits a paragraph's last line. */
function clampToLineEnd(document: TextDocument, line: number): { line: number; character: number } {
  const safeLine = Math.max(0, Math.min(line, document.lineCount - 1));
  const start = document.offsetAt({ line: safeLine, character: 0 });
  const text = document.getText();
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return document.positionAt(end);
}

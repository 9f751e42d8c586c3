import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineEnding, reframeFix, type FixContext } from '../core/fixes';
import { LineIndex, rangeContains } from '../core/positions';
import type { Analysis, Fix, Language } from '../core/types';
import type { DiagnosticData } from './diagnostics';

/**
 * Quick fixes: those a Kracht diagnostic carries (reflection question, the coachee's own share,
 * reframe, silence), and a reframe prompt for any coach-centred sentence under the cursor.
 */
export function codeActions(document: TextDocument, params: CodeActionParams, locale: Language, analysis?: Analysis): CodeAction[] {
  const actions: CodeAction[] = [];
  const diagnostics = Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [];
  let reframed = false;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'kracht') continue;
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    if (!Array.isArray(data?.fixes) || typeof data.version !== 'number') continue;
    for (const fix of data.fixes) {
      if (!isFix(fix)) continue;
      reframed ||= fix.kind === 'reframe';
      actions.push(toAction(document.uri, data.version, fix, diagnostic, fix.kind === 'reflection'));
    }
  }
  const sentence = analysis && !reframed ? analysis.sentences.find((s) => validPosition(params.range?.start) && rangeContains(s.range, params.range.start) && s.focus === 'coach') : undefined;
  if (sentence && analysis) {
    const text = document.getText();
    const context: FixContext = { text, lines: new LineIndex(text), locale, meta: analysis.meta, style: 'blockquote', headings: [], eol: lineEnding(text) };
    actions.push(toAction(document.uri, document.version, reframeFix(context, sentence)));
  }
  return actions;
}

function toAction(uri: string, version: number, fix: Fix, diagnostic?: Diagnostic, isPreferred = false): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    ...(isPreferred ? { isPreferred } : {}),
    // Versioned: an edit made for an older text is refused by the editor rather than applied in the wrong place.
    edit: { documentChanges: [{ textDocument: { uri, version }, edits: fix.edits }] },
  };
}

function isFix(value: unknown): value is Fix {
  const fix = value as Fix;
  return typeof fix?.title === 'string' && Array.isArray(fix.edits) && fix.edits.every((e) => typeof e?.newText === 'string' && typeof e.range?.start?.line === 'number');
}

function validPosition(position: unknown): position is { line: number; character: number } {
  const p = position as { line?: unknown; character?: unknown } | undefined;
  return typeof p?.line === 'number' && typeof p.character === 'number';
}

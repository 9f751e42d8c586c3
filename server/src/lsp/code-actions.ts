import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  allReflectionsFor,
  fixesFor,
  fixContext,
  messages,
  reframeFix,
  rangeContains,
  ruleById,
  sentenceKey,
  type Settings,
  type Analysis,
  type Fix,
  type FixAnchor,
  type Position,
} from '../kracht';
import type { DiagnosticData } from './diagnostics';
import { hideFindingCommand, type HideFindingArgs } from './protocol';

/**
 * Quick fixes: for each Kracht diagnostic of the current text its fixes (reflection question, the
 * coachee's own share, reframe, silence), worked out now from the analysis that made the diagnostic;
 * and a reframe prompt for any coach-centred sentence under the cursor.
 */
export function codeActions(
  document: TextDocument,
  params: CodeActionParams,
  current?: { analysis: Analysis; settings: Settings },
): CodeAction[] {
  if (!current) return [];
  const { analysis, settings } = current;
  const context = fixContext(document.getText(), analysis, settings);
  const only = Array.isArray(params.context?.only) ? params.context.only : null;
  // Asked for source actions only (on save, "Fix All"): every reflection question at once, nothing else.
  if (
    only &&
    !only.some((kind) => kind === CodeActionKind.QuickFix || kind.startsWith(`${CodeActionKind.QuickFix}.`))
  ) {
    const wanted = only.some((kind) => fixAllKind === kind || fixAllKind.startsWith(`${kind}.`));
    const all = wanted ? allReflectionsFor(analysis.findings, context) : null;
    return all ? [{ ...toAction(document.uri, document.version, all), kind: fixAllKind }] : [];
  }
  const actions: CodeAction[] = [];
  const diagnostics = Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [];
  let reframed = false;
  for (const diagnostic of diagnostics) {
    if (
      diagnostic.source !== 'kracht' ||
      typeof diagnostic.code !== 'string' ||
      !validPosition(diagnostic.range?.start)
    )
      continue;
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    // A diagnostic of an older text: its places have moved. The new analysis brings its own.
    if (data?.version !== document.version || !validAnchor(data.anchor)) continue;
    for (const fix of fixesFor({ ruleId: diagnostic.code, range: diagnostic.range, anchor: data.anchor }, context)) {
      reframed ||= fix.kind === 'reframe';
      actions.push(toAction(document.uri, document.version, fix, diagnostic, fix.kind === 'reflection'));
    }
    if (ruleById(diagnostic.code)?.kind === 'signal') actions.push(hideAction(document, diagnostic, context.locale));
  }
  // With a Kracht diagnostic under the cursor and more than one in the report: all of them at once too.
  if (actions.length > 0 && analysis.findings.length > 1) {
    const all = allReflectionsFor(analysis.findings, context);
    if (all) actions.push(toAction(document.uri, document.version, all));
  }
  const start = params.range?.start;
  const sentence =
    !reframed && validPosition(start)
      ? analysis.sentences.find((s) => s.focus === 'coach' && rangeContains(s.range, start))
      : undefined;
  if (sentence) actions.push(toAction(document.uri, document.version, reframeFix(context, sentence.range.end)));
  return actions;
}

/** The source action "fix all" of Kracht: every reflection question of the report, in one edit. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.kracht`;

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

function hideAction(document: TextDocument, diagnostic: Diagnostic, locale: keyof typeof messages): CodeAction {
  const args: HideFindingArgs = {
    uri: document.uri,
    rule: String(diagnostic.code),
    sentence: sentenceKey(document.getText(diagnostic.range)),
  };
  const title = messages[locale].hideTitle(args.rule);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: hideFindingCommand, arguments: [args] },
  };
}

function validAnchor(anchor: unknown): anchor is FixAnchor {
  const a = anchor as Partial<FixAnchor> | undefined;
  return validPosition(a?.paragraphEnd) && (a.reframeAfter === undefined || validPosition(a.reframeAfter));
}

function validPosition(position: unknown): position is Position {
  const p = position as { line?: unknown; character?: unknown } | undefined;
  return (
    Number.isInteger(p?.line) &&
    Number.isInteger(p?.character) &&
    (p!.line as number) >= 0 &&
    (p!.character as number) >= 0
  );
}

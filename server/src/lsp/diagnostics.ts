import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { messages, type Finding, type FixAnchor, type Language } from '../kracht';

/** What a Kracht diagnostic carries for its code actions: where its fixes go, in which version of the text. */
export interface DiagnosticData {
  anchor: FixAnchor;
  version: number;
}

const severities = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
} as const;

// dist/server.js → docs/rules/ beside dist/, in the repository and in the VSIX alike.
const docsRoot = join(__dirname, '..', 'docs', 'rules');

/** The page that explains a rule, in the language the coach reads Kracht in (each rule has both). */
export function ruleDocsUrl(ruleId: string, locale: Language = 'en'): string {
  return pathToFileURL(join(docsRoot, `${ruleId}${locale === 'nl' ? '.nl' : ''}.md`)).href;
}

/** Turns a finding into the diagnostic the editor shows. */
export function toDiagnostic(finding: Finding, uri: string, version: number, locale: Language = 'en'): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    source: 'kracht',
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId, locale) },
    message: finding.message,
    data: { anchor: finding.anchor, version } satisfies DiagnosticData,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri, range: related.range },
      message: related.message,
    }));
  }
  return diagnostic;
}

const maxDiagnostics = 1000;

/** At most 1,000 diagnostics, then one that says how many more there are: never silently dropped. */
export function capped(diagnostics: Diagnostic[], language: Language): Diagnostic[] {
  if (diagnostics.length <= maxDiagnostics) return diagnostics;
  const message = messages[language].moreDiagnostics(diagnostics.length - maxDiagnostics);
  const kept = diagnostics.slice(0, maxDiagnostics);
  kept.push({ range: diagnostics[maxDiagnostics]!.range, severity: 3, source: 'kracht', code: 'too-many', message });
  return kept;
}

/** The lines of the paragraph holding a change: out to the nearest blank lines. */
export function paragraphAround(
  document: TextDocument,
  fromLine: number,
  toLine: number,
): { from: number; to: number } {
  const blank = (line: number): boolean =>
    document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).trim() === '';
  let from = Math.min(fromLine, document.lineCount - 1);
  let to = Math.min(toLine, document.lineCount - 1);
  while (from > 0 && !blank(from - 1)) from--;
  while (to < document.lineCount - 1 && !blank(to + 1)) to++;
  return { from, to };
}

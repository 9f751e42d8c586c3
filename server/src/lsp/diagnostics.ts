import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding, FixAnchor, Language } from '../kracht';

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
    diagnostic.relatedInformation = finding.related.map((related) => ({ location: { uri, range: related.range }, message: related.message }));
  }
  return diagnostic;
}

import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding, FixData } from '../core/types';

/** What a Kracht diagnostic carries for its code actions. */
export interface DiagnosticData {
  fixes: FixData[];
}

const severities = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
} as const;

// dist/server.js → docs/rules/ beside dist/, in the repository and in the VSIX alike.
const docsRoot = join(__dirname, '..', 'docs', 'rules');

/** The page that explains a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return pathToFileURL(join(docsRoot, `${ruleId}.md`)).href;
}

/** Turns a finding into the diagnostic the editor shows. */
export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: finding.range,
    severity: severities[finding.severity],
    source: 'kracht',
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
    data: { fixes: finding.fixes } satisfies DiagnosticData,
  };
}

import type { Finding, Severity } from '../core/types';
import { rules } from '../rules';

// SARIF's levels for Kracht's effective severities (kracht.severity), so SARIF says what the text says.
const levels: Record<Exclude<Severity, 'off'>, 'warning' | 'note'> = {
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** Path segments as a URI path: each percent-encoded, joined by '/' (Windows separators too). */
function uriPath(path: string): string {
  return path.split(/[\\/]/u).map(encodeURIComponent).join('/');
}

/** A report's path as SARIF wants it: a relative URI reference below %SRCROOT%, or an absolute file URI. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const drive = /^([A-Za-z]):[\\/]/u.exec(path);
  if (drive) return { uri: `file:///${drive[1]}:/${uriPath(path.slice(3))}` };
  if (path.startsWith('/')) return { uri: `file://${uriPath(path)}` };
  return { uri: uriPath(path), uriBaseId: 'SRCROOT' };
}

/**
 * SARIF 2.1.0 for code-scanning tools: one run, Kracht's rules, one result per finding. Paths are
 * relative to `rootUri` (%SRCROOT%: the working folder as a file URI); rules carry their help inline,
 * since the rule pages have no published address yet (a relative helpUri is not valid SARIF).
 */
export function sarif(
  files: { path: string; findings: readonly Finding[] }[],
  version: string,
  rootUri: string,
): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kracht',
            version,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description.en },
              help: {
                text: `${rule.description.en} Reflection: ${rule.question.en}`,
                markdown: `${rule.description.en}\n\n**Reflection:** ${rule.question.en}`,
              },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        results: files.flatMap(({ path, findings }) =>
          findings.map((finding) => ({
            ruleId: finding.ruleId,
            level: levels[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(path),
                  // SARIF lines and columns are one-based; LSP's are zero-based.
                  region: {
                    startLine: finding.range.start.line + 1,
                    startColumn: finding.range.start.character + 1,
                    endLine: finding.range.end.line + 1,
                    endColumn: finding.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

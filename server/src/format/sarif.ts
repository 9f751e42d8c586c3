import type { Finding } from '../core/types';
import { rules } from '../rules';

/** SARIF 2.1.0 for code-scanning tools: one run, Kracht's rules, one result per finding. */
export function sarif(files: { path: string; findings: readonly Finding[] }[], version: string): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kracht',
            version,
            informationUri: 'https://www.npmjs.com/package/kracht',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description.en },
              help: { text: `${rule.description.en} Reflection: ${rule.question.en}` },
              helpUri: `docs/rules/${rule.id}.md`,
            })),
          },
        },
        results: files.flatMap(({ path, findings }) =>
          findings.map((finding) => ({
            ruleId: finding.ruleId,
            level: finding.ruleId.startsWith('balance/') ? 'warning' : 'note',
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: path.split('\\').join('/') },
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

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixesFor } from '../../../server/src/kracht';
import { fixContext } from '../../../server/src/core/fixes';
import { defaultSettings } from '../../../server/src/core/settings';
import { analyze } from '../../helpers';

const runs = Number(process.env.FUZZ_RUNS ?? 60);
const seed = Number(process.env.FUZZ_SEED ?? 20261202);

const parser = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [gfmTable()])
  .data('fromMarkdownExtensions', [gfmTableFromMarkdown()]);

interface Node {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  children?: Node[];
}

/** What a Markdown text renders as: its tree without comments or positions, white space collapsed. */
function rendering(text: string): string {
  const walk = (node: Node): string => {
    if (node.type === 'html') return '';
    if (node.type === 'text') return node.value!;
    const attributes = [node.depth, node.ordered].filter((a) => a !== undefined && a !== null).join(',');
    return `<${node.type}${attributes ? ` ${attributes}` : ''}>${(node.children ?? []).map(walk).join('')}</${node.type}>`;
  };
  return walk(parser.parse(text) as Node)
    .replace(/\s+/gu, ' ')
    .replace(/ ?(<\/?[a-zA-Z]+[^>]*>) ?/gu, '$1');
}

// Lines with findings (advice, a coach-centred line) among the shapes a report has: paragraphs of several
// lines, list items, quotations, headings, a table, hard breaks.
const sentences = [
  'Ik gaf hem drie tips.',
  'I gave her three tips.',
  'Hij kwam binnen.',
  'Ik heb haar geadviseerd te wachten.',
  'Ze twijfelt over alles.',
];
const line = fc
  .tuple(
    fc.constantFrom('', '', '- ', '1. ', '> ', '# ', '  '),
    fc.constantFrom(...sentences),
    fc.constantFrom('', '', '  ', '\\'),
  )
  .map(([a, b, c]) => `${a}${b}${c}`);
const block = fc.oneof(
  fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.constantFrom('| wie | wat |\n|---|---|\n| ik | Ik gaf hem drie tips |\n| zij | Ze twijfelt |'),
);
const report = fc
  .array(block, { minLength: 1, maxLength: 5 })
  .map((blocks) => `${blocks.join(fc.sample(fc.constantFrom('\n\n', '\n'), 1)[0]!)}\n`);

describe('silencing a rule reshapes nothing', () => {
  it('leaves what the report renders as it was, and silences the rule on that line', () => {
    fc.assert(
      fc.property(report, (text) => {
        const analysis = analyze(text);
        const context = fixContext(text, analysis, defaultSettings);
        for (const finding of analysis.findings) {
          const silence = fixesFor(finding, context).find((f) => f.kind === 'silence')!;
          const after = TextDocument.applyEdits(
            TextDocument.create('file:///r.md', 'markdown', 1, text),
            silence.edits,
          );
          assert.equal(
            rendering(after),
            rendering(text),
            `${finding.ruleId} on line ${finding.range.start.line} of ${JSON.stringify(text)} → ${JSON.stringify(after)}`,
          );
          const still = analyze(after).findings.filter(
            (f) =>
              f.ruleId === finding.ruleId &&
              f.range.start.line === finding.range.start.line + (after.split('\n').length - text.split('\n').length),
          );
          assert.deepEqual(still, [], `${finding.ruleId} still on ${JSON.stringify(after)}`);
        }
      }),
      { numRuns: runs, seed },
    );
  });
});

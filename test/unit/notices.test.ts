import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

// npm test builds dist/ first (node esbuild.mjs), which writes the notices from the bundles' inputs.
describe('third-party notices', () => {
  const notices = readFileSync(join(root, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  it('names every bundled package with its licence, and VADER with its Apache licence and NOTICE', () => {
    for (const name of [
      'vader-sentiment',
      'tinyld',
      'chart.js',
      'vscode-languageserver',
      'remark-parse',
      '@nlpjs/lang-nl',
      'yaml',
    ]) {
      assert.ok(
        notices.split('\n').some((line) => line.startsWith(`${name} `) && line.includes(' — ')),
        name,
      );
    }
    const vader = notices.slice(
      notices.indexOf('vader-sentiment '),
      notices.indexOf('\n====', notices.indexOf('vader-sentiment ') + 200),
    );
    assert.match(vader, /Apache-2\.0/u);
    assert.match(vader, /^--- NOTICE$/mu);
    // Development tools are never bundled, so never listed.
    assert.doesNotMatch(notices, /^(mocha|eslint|fast-check|typescript) /mu);
  });
  it('ships in the VSIX', () => {
    assert.match(readFileSync(join(root, '.vscodeignore'), 'utf8'), /^!dist\/THIRD-PARTY-NOTICES\.txt$/mu);
  });
});

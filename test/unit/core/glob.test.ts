import assert from 'node:assert/strict';
import { globMatch } from '../../../server/src/core/glob';

describe('globMatch', () => {
  it('matches *, ** and ? the way VS Code settings do', () => {
    assert.equal(globMatch('**/*.md', 'verslagen/sanne/sessie-1.md'), true);
    assert.equal(globMatch('**/*.md', 'sessie-1.md'), true);
    assert.equal(globMatch('*.md', 'verslagen/sessie-1.md'), false);
    assert.equal(globMatch('verslagen/**', 'verslagen/a/b.md'), true);
    assert.equal(globMatch('**/README.md', 'docs/README.md'), true);
    assert.equal(globMatch('sessie-?.md', 'sessie-3.md'), true);
    assert.equal(globMatch('**/{drafts,archief}/**', 'x/archief/y.md'), true);
    assert.equal(globMatch('**/node_modules/**', 'src/report.md'), false);
  });
  it('stays fast on patterns that make backtracking matchers explode', () => {
    const pattern = `${'*a'.repeat(30)}*b`;
    assert.equal(globMatch(pattern, 'a'.repeat(200)), false);
  });
});

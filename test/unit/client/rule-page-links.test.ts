import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { isRulePage, rulePageCommandLink, rulePageOf, withRulePageCommands } from '../../../client/src/rule-page-links';
import { ruleDocsUrl } from '../../../server/src/lsp/diagnostics';

describe('rule page links inside VS Code', () => {
  it('reads the page a server link names, in both languages', () => {
    assert.equal(rulePageOf(ruleDocsUrl('signal/expert-role', 'en')), 'signal/expert-role.md');
    assert.equal(rulePageOf(ruleDocsUrl('balance/coach-coachee', 'nl')), 'balance/coach-coachee.nl.md');
  });
  it('names nothing outside the rule pages', () => {
    assert.equal(rulePageOf('https://example.org/docs/rules/signal/expert-role.md'), null);
    assert.equal(rulePageOf(pathToFileURL('/tmp/docs/rules/../../etc/passwd').href), null);
    assert.equal(rulePageOf(pathToFileURL('/tmp/docs/rules/signal/notes.txt').href), null);
    assert.equal(isRulePage('signal/../../secret.md'), false);
    assert.equal(isRulePage(['signal/expert-role.md']), false);
  });
  it('turns the rule link of a hover into the command and leaves every other character as it was', () => {
    const link = ruleDocsUrl('signal/expert-role', 'nl');
    const hover = `**Kracht · \`signal/expert-role\`**\n\nDe coach geeft advies. [elders](https://example.org) [Meer over deze regel](${link})`;
    const { text, changed } = withRulePageCommands(hover);
    assert.ok(changed);
    assert.equal(text, hover.replace(link, rulePageCommandLink('signal/expert-role.nl.md')));
    assert.deepEqual(JSON.parse(decodeURIComponent(text.split('kracht.showRulePage?')[1]!.slice(0, -1))), [
      'signal/expert-role.nl.md',
    ]);
    assert.deepEqual(withRulePageCommands('no links here'), { text: 'no links here', changed: false });
  });
});

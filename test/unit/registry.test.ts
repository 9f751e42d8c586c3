import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/rules';
import { lexicon } from '../../server/src/lexicons';
import { parseTerm } from '../../server/src/core/term-parts';
import { defaultSettings } from '../../server/src/core/settings';
import { signalNames } from '../../server/src/core/types';
import { ruleDocsUrl } from '../../server/src/lsp/diagnostics';

const root = join(__dirname, '..', '..');
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('registry', () => {
  it('has unique ids, one source file and one docs page per rule, with both reflection questions', () => {
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
    for (const rule of rules) {
      assert.ok(existsSync(join(root, 'server', 'src', 'rules', `${rule.id}.ts`)), `${rule.id}: source file`);
      const docs = readFileSync(join(root, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      assert.ok(
        docs.includes(rule.question.nl) && docs.includes(rule.question.en),
        `${rule.id}: docs page holds the reflection questions`,
      );
      // The Dutch page: its own sections, the question, and a link each way.
      const dutch = readFileSync(join(root, 'docs', 'rules', `${rule.id}.nl.md`), 'utf8');
      const name = rule.id.split('/')[1]!;
      for (const section of [
        '## Wat het markeert',
        '## Waarom',
        '## Voorbeelden',
        '## Reflectievraag',
        '## Instellen en uitzetten',
      ])
        assert.ok(dutch.includes(section), `${rule.id}.nl.md: ${section}`);
      assert.ok(
        dutch.includes(rule.question.nl) && dutch.includes(`](./${name}.md)`) && docs.includes(`](./${name}.nl.md)`),
        `${rule.id}: Dutch page with its question, linked both ways`,
      );
    }
  });
  it('links each diagnostic to the rule page in the coach’s language, and both pages ship', () => {
    for (const rule of rules) {
      for (const locale of ['nl', 'en'] as const) {
        const url = ruleDocsUrl(rule.id, locale);
        assert.ok(url.endsWith(locale === 'nl' ? `${rule.id}.nl.md` : `${rule.id}.md`), url);
        assert.ok(existsSync(join(root, 'docs', 'rules', url.split('/docs/rules/')[1]!)), url);
      }
    }
  });
  it('gives every command a `when`: report commands with a Markdown editor, the summary with a folder', () => {
    const manifest = readJson('package.json') as {
      contributes: { commands: { command: string }[]; menus: { commandPalette: { command: string; when: string }[] } };
    };
    const palette = new Map(manifest.contributes.menus.commandPalette.map((entry) => [entry.command, entry.when]));
    for (const { command } of manifest.contributes.commands) assert.ok(palette.get(command), `${command}: no when`);
    for (const command of ['kracht.checkReport', 'kracht.toggleHighlights', 'kracht.addAllReflections'])
      assert.equal(palette.get(command), 'editorLangId == markdown', command);
    for (const command of ['kracht.showSummary', 'kracht.collectContributions'])
      assert.equal(palette.get(command), 'workspaceFolderCount > 0', command);
    // Every context key of Kracht's own that a `when` reads is set by the client.
    const client = readdirSync(join(root, 'client', 'src'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => readFileSync(join(root, 'client', 'src', name), 'utf8'))
      .join('\n');
    for (const when of palette.values())
      for (const key of when.match(/\bkracht\.\w+/g) ?? [])
        assert.ok(client.includes(`'setContext', '${key}'`), `${key}: never set`);
  });

  it('has a rule for each of the seven signals', () => {
    assert.deepEqual(
      signalNames.map((name) => `signal/${name}`).filter((id) => !rules.some((r) => r.id === id)),
      [],
    );
  });
  it('gives every rule a message in both languages that quotes the cue words', () => {
    for (const rule of rules) {
      for (const language of ['nl', 'en'] as const) {
        assert.ok(
          rule.messages[language]('“woord”', { share: '10%', threshold: '35%' }).includes('“woord”'),
          `${rule.id} ${language}`,
        );
      }
    }
  });
  it('keeps package.json settings and core defaults in step', () => {
    const properties = (
      (readJson('package.json').contributes as Record<string, unknown>).configuration as {
        properties: Record<string, { default: unknown }>;
      }
    ).properties;
    const keys = Object.keys(properties).map((key) => key.replace(/^kracht\./u, ''));
    assert.deepEqual(keys.sort(), Object.keys(defaultSettings).sort());
    for (const [key, value] of Object.entries(defaultSettings))
      assert.deepEqual(properties[`kracht.${key}`]!.default, value, key);
  });
  it('offers the same keys in the .kracht.json schema as in the settings', () => {
    const schema = readJson('schemas/kracht.schema.json') as { properties: Record<string, { default: unknown }> };
    assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(defaultSettings).sort());
    for (const [key, value] of Object.entries(defaultSettings))
      assert.deepEqual(schema.properties[key]!.default, value, key);
  });
  it('has every extension string in both nls bundles', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const used = [...manifest.matchAll(/"%([^%"]+)%"/gu)].map((m) => m[1]!);
    const en = readJson('package.nls.json');
    const nl = readJson('package.nls.nl.json');
    assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort());
    for (const key of used) assert.ok(key in en, `package.nls.json lacks ${key}`);
    const l10n = readJson('l10n/bundle.l10n.nl.json');
    const client = readdirSync(join(root, 'client', 'src'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(root, 'client', 'src', f), 'utf8'))
      .join('\n');
    for (const match of client.matchAll(/l10n\.t\(\s*'([^']+)'/gu))
      assert.ok(match[1]! in l10n, `l10n bundle lacks "${match[1]}"`);
  });
  it('has lexicon terms that all parse, without duplicates within a class', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const [group, classes] of Object.entries(lexicon(language))) {
        for (const [cls, terms] of Object.entries(classes as Record<string, string[]>)) {
          const seen = new Set<string>();
          for (const term of terms) {
            assert.ok(parseTerm(term, language).length > 0, `${language}/${group}/${cls}: "${term}" has no words`);
            assert.ok(!seen.has(term), `${language}/${group}/${cls}: "${term}" twice`);
            seen.add(term);
          }
        }
      }
    }
  });
});

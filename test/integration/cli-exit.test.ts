import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
// An English user's locale, whatever the machine's: what the CLI says to people follows it.
const run = (args: string[], cwd: string, input?: string, locale = 'C.UTF-8') =>
  spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    input,
    env: { ...process.env, LC_ALL: locale },
  });

// Problem-heavy: below the strength threshold, with warnings.
const heavy =
  'Hij voelt zich onzeker en twijfelt over alles wat hij doet. Het conflict met zijn collega loopt vast en hij slaapt er slecht door. Zijn valkuil is dat hij problemen uitstelt.\n';
const light = 'Ze besloot zelf om haar manager te bellen en was trots op het gesprek.\n';

function folder(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'kracht-exit-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

describe('kracht exit statuses and messages (as markdownlint-cli2 has them)', () => {
  it('explains each command with --help and exits 0; an unknown option is said in one line, exit 2', () => {
    const root = folder();
    for (const command of ['analyze', 'summary', 'check']) {
      const help = run([command, '--help'], root);
      assert.equal(help.status, 0, command);
      assert.match(help.stdout, new RegExp(`^Usage: kracht ${command} `, 'u'));
      assert.match(help.stdout, /Exit status: 0 .* 2 usage error/su);
    }
    const bogus = run(['analyze', '--bogus', '.'], root);
    assert.equal(bogus.status, 2);
    assert.match(bogus.stderr, /^kracht: unknown option --bogus\n/u);
    assert.match(run(['check', '--format'], root).stderr, /^kracht: option --format needs a value/u);
  });

  it('exits 1 for a report across the thresholds, 0 for none, 2 for a path or a configuration it cannot read', () => {
    const root = folder({ 'zwaar.md': heavy, 'licht.md': light });
    assert.equal(run(['check', 'licht.md'], root).status, 0);
    const crossing = run(['check', '.'], root);
    assert.equal(crossing.status, 1);
    assert.match(crossing.stdout, /^2 reports checked, 1 across the thresholds\.$/mu);
    assert.match(run(['check', 'licht.md'], root).stdout, /^1 report checked, 0 across/mu);
    const missing = run(['check', 'licht.md', 'weg.md'], root);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /weg\.md: no such file or folder/u);
    writeFileSync(join(root, '.kracht.json'), '{ "thresholds": ');
    const broken = run(['check', 'licht.md'], root);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /^kracht: \.kracht\.json is not valid JSON/u);
  });

  it("speaks the user's language: --locale, else the settings' locale, else the user's", () => {
    const root = folder({ 'zwaar.md': heavy, 'licht.md': light });
    assert.match(
      run(['check', '.'], root, undefined, 'nl_NL.UTF-8').stdout,
      /^2 verslagen gecontroleerd, 1 over de drempels\.$/mu,
    );
    assert.match(run(['check', '.', '--locale', 'en'], root, undefined, 'nl_BE.UTF-8').stdout, /^2 reports checked/mu);
    const dutch = run(['summary', '.', '--no-cache', '--by', 'month'], root, undefined, 'nl_NL.UTF-8').stdout;
    assert.match(dutch, /^maand +verslagen +hard werken +interventiefocus +expertrol/mu);
    assert.match(
      run(['summary', '.', '--no-cache'], root).stdout,
      /^date +coachee +report +words +strength +coachee share/mu,
    );
    assert.match(
      run(['summary', '.', '--no-cache', '--format', 'markdown', '--locale', 'nl'], root).stdout,
      /^\| datum \| coachee \| verslag \| woorden \| sterktes \| aandeel coachee \| signalen \|$/mu,
    );
    writeFileSync(join(root, '.kracht.json'), '{ "locale": "nl" }');
    assert.match(run(['summary', '.', '--no-cache', '--format', 'html'], root).stdout, /<html lang="nl"/u);
    // CSV is for spreadsheets and scripts: its headers stay the same in every language.
    assert.match(
      run(['summary', '.', '--no-cache', '--format', 'csv'], root, undefined, 'nl_NL.UTF-8').stdout,
      /^path,coachee,date,words,strengthShare/u,
    );
  });

  it('says when a folder holds no reports', () => {
    const root = folder();
    mkdirSync(join(root, 'leeg'));
    const checked = run(['check', 'leeg'], root);
    assert.equal(checked.status, 0);
    assert.match(checked.stderr, /^kracht: no reports found in leeg$/mu);
    assert.match(run(['summary', 'leeg'], root).stderr, /^kracht: no reports found in leeg$/mu);
    const nowhere = run(['summary', 'nergens'], root);
    assert.equal(nowhere.status, 2);
    assert.match(nowhere.stderr, /nergens: no such file or folder/u);
  });

  it('fails check on more warnings than --max-warnings, and prints what check decided as JSON', () => {
    // Advice shown as a warning, and no threshold to cross: only --max-warnings can fail the check.
    const root = folder({ 'tips.md': 'Ik heb haar drie tips gegeven voor het gesprek met haar manager.\n' });
    writeFileSync(
      join(root, '.kracht.json'),
      JSON.stringify({
        thresholds: { strengthShare: 0, coacheeShare: 0 },
        severity: { 'signal/expert-role': 'warning' },
      }),
    );
    const decided = JSON.parse(run(['check', '.', '--format', 'json'], root).stdout) as {
      checked: number;
      acrossThresholds: number;
      warnings: number;
      files: unknown[];
    };
    assert.deepEqual([decided.checked, decided.acrossThresholds, decided.files.length], [1, 0, 0]);
    assert.ok(decided.warnings >= 1, String(decided.warnings));
    assert.equal(run(['check', '.'], root).status, 0);
    assert.equal(run(['check', '.', '--max-warnings', String(decided.warnings)], root).status, 0);
    const over = run(['check', '.', '--max-warnings', String(decided.warnings - 1)], root);
    assert.equal(over.status, 1);
    assert.match(over.stdout, /more than --max-warnings/u);
    assert.equal(run(['check', '.', '--max-warnings', 'many'], root).status, 2);
  });

  it('reads a report from standard input with -, shown under --stdin-filename', () => {
    const root = folder();
    const analysed = run(
      ['analyze', '--format', 'json', '--stdin-filename', 'sessie.md', '-'],
      root,
      'Ik gaf haar drie tips voor het gesprek.\n',
    );
    assert.equal(analysed.status, 0, analysed.stderr);
    const output = JSON.parse(analysed.stdout) as { files: { path: string; diagnostics: { code: string }[] }[] };
    assert.equal(output.files[0]!.path, 'sessie.md');
    assert.ok(output.files[0]!.diagnostics.some((d) => d.code === 'signal/expert-role'));
    assert.equal(run(['check', '-'], root, heavy).status, 1);
  });

  it('summarises one report given by itself, and refuses --by where the format holds every grouping', () => {
    const root = folder({ 'licht.md': light });
    const one = run(['summary', 'licht.md', '--format', 'json', '--no-cache'], root);
    assert.equal(one.status, 0, one.stderr);
    assert.deepEqual(
      (JSON.parse(one.stdout) as { reports: { path: string }[] }).reports.map((r) => r.path),
      ['licht.md'],
    );
    const refused = run(['summary', '.', '--format', 'json', '--by', 'coachee'], root);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--by applies to table, csv and markdown/u);
  });
});

describe('one walker for every command', () => {
  it('analyze, check and summary read the same reports of a folder, honouring include and exclude', () => {
    const root = folder({ 'a.md': light, 'b.md': heavy });
    mkdirSync(join(root, 'concepten'));
    writeFileSync(join(root, 'concepten', 'c.md'), heavy);
    mkdirSync(join(root, 'sanne'));
    writeFileSync(join(root, 'sanne', 'd.md'), light);
    writeFileSync(join(root, '.kracht.json'), JSON.stringify({ exclude: ['concepten/**'] }));
    const analysed = (
      JSON.parse(run(['analyze', '--format', 'json', '.'], root).stdout) as { files: { path: string }[] }
    ).files.map((f) => f.path);
    const summarised = (
      JSON.parse(run(['summary', '.', '--format', 'json', '--no-cache'], root).stdout) as {
        reports: { path: string }[];
      }
    ).reports.map((r) => r.path);
    const checked = (JSON.parse(run(['check', '.', '--format', 'json'], root).stdout) as { checked: number }).checked;
    assert.deepEqual(analysed.map((p) => p.split('\\').join('/')).sort(), ['a.md', 'b.md', 'sanne/d.md']);
    assert.deepEqual([...summarised].sort(), ['a.md', 'b.md', 'sanne/d.md']);
    assert.equal(checked, 3);
  });
});

describe('configuration found as markdownlint-cli2 finds its own', () => {
  // A root whose .kracht.json lets nothing cross (threshold 0), with the problem-heavy report in a subfolder.
  function project(): string {
    const root = folder({ '.kracht.json': JSON.stringify({ thresholds: { strengthShare: 0, coacheeShare: 0 } }) });
    mkdirSync(join(root, 'sanne'));
    writeFileSync(join(root, 'sanne', 'zwaar.md'), heavy);
    return root;
  }

  it('reads the nearest .kracht.json above a report, from any working folder', () => {
    const root = project();
    assert.equal(run(['check', '.'], root).status, 0, 'at the root');
    assert.equal(run(['check', '.'], join(root, 'sanne')).status, 0, "in the subfolder: the root's file still holds");
    assert.equal(
      run(['check', join(root, 'sanne')], tmpdir()).status,
      0,
      'a folder given as an argument brings its file',
    );
    writeFileSync(join(root, 'sanne', '.kracht.json'), JSON.stringify({ thresholds: { strengthShare: 0.35 } }));
    assert.equal(run(['check', '.'], root).status, 1, 'the nearest file wins for the reports below it');
    const summary = JSON.parse(run(['summary', 'sanne', '--format', 'json', '--no-cache'], root).stdout) as {
      reports: unknown[];
    };
    assert.equal(summary.reports.length, 1);
  });

  it('takes --config FILE for every report, and says where a configuration is broken by line and column', () => {
    const root = project();
    writeFileSync(join(root, 'streng.json'), JSON.stringify({ thresholds: { strengthShare: 0.35 } }));
    assert.equal(run(['check', '.', '--config', 'streng.json'], root).status, 1);
    assert.equal(run(['check', '.', '--config', 'weg.json'], root).status, 2);
    writeFileSync(join(root, '.kracht.json'), '{\n  "thresholds": {\n    "strengthShare": 0.2,\n  }\n}\n');
    const broken = run(['check', '.'], root);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /\.kracht\.json is not valid JSON: .*line 4, column 3/u);
  });

  it('names a setting it does not know, and what was probably meant', () => {
    const root = project();
    writeFileSync(join(root, '.kracht.json'), JSON.stringify({ minimumWord: 3, Thresholds: {} }));
    const checked = run(['check', '.'], root);
    assert.match(checked.stderr, /\.kracht\.json: unknown setting "minimumWord" \(did you mean "minimumWords"\?\)/u);
    assert.match(checked.stderr, /unknown setting "Thresholds" \(did you mean "thresholds"\?\)/u);
  });
});

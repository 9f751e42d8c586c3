import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const heavy =
  'Hij voelt zich onzeker en twijfelt over alles wat hij doet. Het conflict met zijn collega loopt vast en hij slaapt er slecht door. Zijn valkuil is dat hij problemen uitstelt.\n';
const light = 'Ze besloot zelf om haar manager te bellen en was trots op het gesprek.\n';

/** A fresh repository with the hook installed as the README says, running this checkout's CLI. */
function repository(): { dir: string; git: (...args: string[]) => ReturnType<typeof spawnSync> } {
  const dir = mkdtempSync(join(tmpdir(), 'kracht-hook-'));
  const env = {
    ...process.env,
    KRACHT: `"${process.execPath}" "${cli}"`,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C.UTF-8',
  };
  const git = (...args: string[]) =>
    spawnSync(
      'git',
      ['-c', 'user.name=Coach', '-c', 'user.email=coach@example.org', '-c', 'commit.gpgsign=false', ...args],
      { cwd: dir, env, encoding: 'utf8' },
    );
  assert.equal(git('init', '-q').status, 0);
  copyFileSync(join(root, 'hooks', 'pre-commit'), join(dir, '.git', 'hooks', 'pre-commit'));
  chmodSync(join(dir, '.git', 'hooks', 'pre-commit'), 0o755);
  return { dir, git };
}

describe('the pre-commit hook (hooks/pre-commit)', () => {
  it('stops a commit whose staged report crosses the thresholds, and lets a balanced one and other files through', () => {
    const { dir, git } = repository();
    writeFileSync(join(dir, 'notes.txt'), 'not a report\n');
    assert.equal(git('add', 'notes.txt').status, 0);
    assert.equal(git('commit', '-q', '-m', 'no reports').status, 0, 'nothing in Markdown: nothing to check');
    writeFileSync(join(dir, 'sessie 3 #2.md'), light);
    assert.equal(git('add', '.').status, 0);
    const balanced = git('commit', '-q', '-m', 'balanced');
    assert.equal(balanced.status, 0, String(balanced.stderr));
    assert.match(String(balanced.stdout) + String(balanced.stderr), /1 report checked, 0 across the thresholds/u);
    writeFileSync(join(dir, 'zwaar.md'), heavy);
    assert.equal(git('add', 'zwaar.md').status, 0);
    const crossing = git('commit', '-q', '-m', 'problem-heavy');
    assert.notEqual(crossing.status, 0);
    assert.match(String(crossing.stdout) + String(crossing.stderr), /zwaar\.md:.*balance\/strength-weakness/u);
    assert.equal(
      git('log', '--oneline').stdout!.toString().trim().split('\n').length,
      2,
      'the problem-heavy commit was not made',
    );
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// One job a file: a source file over 250 lines is doing several (issue 16).
const limit = 250;
const root = resolve(__dirname, '../..');

describe('room size', () => {
  it(`keeps every source file of the server and the client at ${limit} lines or fewer`, () => {
    const files = ['server/src', 'client/src'].flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(root, folder, name)),
    );
    assert.ok(files.length > 50);
    const long = files
      .map((file) => [relative(root, file), readFileSync(file, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > limit);
    assert.deepEqual(long, []);
  });
});

// Extension-host entry, the @vscode/test-electron contract: export run(), reject on failure.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // E2E_GREP runs some tests only (npm run bench times activation with it).
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    reporter: 'spec',
    grep: process.env.E2E_GREP || undefined,
  });
  for (const file of readdirSync(__dirname)) if (file.endsWith('.test.js')) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const line = `${mocha.suite.total() - failures} passed, ${failures} failed`;
      console.log(line);
      if (process.env.E2E_RESULT_FILE) writeFileSync(process.env.E2E_RESULT_FILE, `${line}\n`);
      if (failures) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { anyGlob, type Settings } from '../kracht';

// The one walker of report folders: kracht analyze, check and summary, the server's workspace summary
// and its contributions command read the same files for the same folder and settings.

/**
 * Every Markdown report below a root that the include and exclude globs select and the root's
 * `.krachtignore` (gitignore syntax, read by the `ignore` package) does not name. Symbolic links are
 * never followed and special files (FIFOs, sockets, devices) are skipped.
 */
export function listReports(root: string, settings: Pick<Settings, 'include' | 'exclude'>): string[] {
  const found: string[] = [];
  const ignored = krachtignore(root);
  const stack = [root];
  while (stack.length > 0) {
    const folder = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!anyGlob(settings.exclude, `${rel}/`) && entry.name !== 'node_modules' && !ignored?.ignores(`${rel}/`))
          stack.push(path);
      } else if (
        entry.isFile() &&
        entry.name.toLowerCase().endsWith('.md') &&
        anyGlob(settings.include, rel) &&
        !anyGlob(settings.exclude, rel) &&
        !ignored?.ignores(rel)
      ) {
        found.push(path);
      }
    }
  }
  return found.sort();
}

/** The root's `.krachtignore`, or null when it has none (or it cannot be read: then nothing is ignored). */
function krachtignore(root: string): Ignore | null {
  try {
    return ignore().add(readFileSync(join(root, '.krachtignore'), 'utf8'));
  } catch {
    return null;
  }
}

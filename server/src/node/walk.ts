import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { anyGlob, type Settings } from '../kracht';

// The one walker of report folders: kracht analyze, check and summary, the server's workspace summary
// and its contributions command read the same files for the same folder and settings.

/**
 * Every Markdown report below a root that the include and exclude globs select. Symbolic links are
 * never followed and special files (FIFOs, sockets, devices) are skipped.
 */
export function listReports(root: string, settings: Pick<Settings, 'include' | 'exclude'>): string[] {
  const found: string[] = [];
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
        if (!anyGlob(settings.exclude, `${rel}/`) && entry.name !== 'node_modules') stack.push(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md') && anyGlob(settings.include, rel) && !anyGlob(settings.exclude, rel)) {
        found.push(path);
      }
    }
  }
  return found.sort();
}

import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { skipAbove, type Settings } from '../kracht';
import { listReports } from './walk';

/**
 * Every Markdown file under the given paths: files as given, folders searched as the summary searches
 * them (include and exclude, sorted); paths that do not exist, and folders without a report.
 */
export function findReports(
  paths: readonly string[],
  settingsFor: (folder: string) => Pick<Settings, 'include' | 'exclude'>,
): { files: string[]; missing: string[]; empty: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stat.isDirectory()) {
      const found = listReports(path, settingsFor(path));
      if (found.length === 0) empty.push(path);
      files.push(...found);
    } else files.push(path);
  }
  return { files, missing, empty };
}

/** Reads a report as UTF-8 text; a binary, oversized or unreadable file gives a one-line reason. */
export function readReport(path: string, maxBytes = skipAbove): { text: string } | { error: string } {
  let buffer: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { error: 'not a regular file' };
    if (stat.size > maxBytes) return { error: `skipped: larger than ${Math.round(maxBytes / 1_000_000)} MB` };
    buffer = readFileSync(path);
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'unreadable' };
  }
  return decodeReport(buffer);
}

/** A report's bytes as text: binary files and invalid UTF-8 are refused, a byte-order mark dropped. */
export function decodeReport(buffer: Uint8Array): { text: string } | { error: string } {
  if (buffer.subarray(0, 8000).includes(0)) return { error: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/** A path as shown to the user: relative to the working folder when below it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The configuration file's name, looked for in a report's folder and each folder above it. */
export const configName = '.kracht.json';

/** Reads `.kracht.json` in a folder as plain JSON (never executed); absent gives {}, broken gives a reason. */
export function readProjectConfig(folder: string): { config: unknown; error?: string } {
  return readConfigFile(join(folder, configName), true);
}

/**
 * Reads a configuration file; `optional`: a missing file is no configuration rather than an error;
 * `shown`: the name its messages give it.
 */
export function readConfigFile(file: string, optional = false, shown = file): { config: unknown; error?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return optional
      ? { config: {} }
      : { config: {}, error: `${shown}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}` };
  }
  if (text.length > 1_000_000) return { config: {}, error: `${shown} is larger than 1 MB and was ignored` };
  try {
    return { config: JSON.parse(text) as unknown };
  } catch (error) {
    return { config: {}, error: `${shown} is not valid JSON: ${withLineAndColumn((error as Error).message, text)}` };
  }
}

/** The nearest `.kracht.json` from a folder upward, as markdownlint-cli2 finds its own; null when none. */
export function nearestConfig(folder: string): string | null {
  let current = resolve(folder);
  for (;;) {
    const file = join(current, configName);
    if (existsSync(file)) return file;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** JSON.parse's "at position N" said as a line and column, which an editor can go to. */
function withLineAndColumn(message: string, text: string): string {
  const position = /at position (\d+)/u.exec(message);
  if (!position || /line \d+ column \d+/u.test(message)) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/ ?(in JSON )?at position \d+/u, '')} (line ${line}, column ${column})`;
}

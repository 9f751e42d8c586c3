import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads `.kracht.json` in a folder as plain JSON (never executed); absent gives {}, broken gives a reason. */
export function readProjectConfig(folder: string): { config: unknown; error?: string } {
  let text: string;
  try {
    text = readFileSync(join(folder, '.kracht.json'), 'utf8');
  } catch {
    return { config: {} };
  }
  if (text.length > 1_000_000) return { config: {}, error: '.kracht.json is larger than 1 MB and was ignored' };
  try {
    return { config: JSON.parse(text) as unknown };
  } catch (error) {
    return { config: {}, error: `.kracht.json is not valid JSON: ${(error as Error).message}` };
  }
}

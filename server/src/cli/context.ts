import { parseArgs, type ParseArgsConfig } from 'node:util';
import { mergeSettings, parseSettings, type Settings } from '../kracht';
import { nearestConfig, readConfigFile } from '../node/config';
import schema from '../../../schemas/kracht.schema.json';
import { relative } from 'node:path';

/** Where a command writes, and what it returns. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether standard error is a terminal, so a progress bar may be drawn. */
  interactive: boolean;
}

/** A usage error: the command prints it with the usage and exits 2. */
export class UsageError extends Error {}

/** Input or configuration that cannot be read: the command prints it alone and exits 2. */
export class InputError extends Error {}

/** Parses a command's arguments; unknown options are usage errors, said in a line. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const option = /'(-[^']*)'/u.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`option ${option.split(' ')[0]} needs a value`);
    throw new UsageError(message);
  }
}

/**
 * The language of what the CLI itself says to people (headers, counts): the user's locale
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first set, as gettext reads them) when it is Dutch, else English.
 */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): 'nl' | 'en' {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return set?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** Checks an option against its allowed values. */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/**
 * Settings by configuration file: `--config FILE` for every report, else the nearest `.kracht.json` from
 * a report's folder upward (nearest wins, as markdownlint-cli2 finds its own). Each file is read once.
 */
export class SettingsLookup {
  private readonly byFile = new Map<string | null, Settings>();
  private readonly byFolder = new Map<string, string | null>();

  constructor(
    private readonly io: Io,
    private readonly overrides: Record<string, unknown>,
    private readonly configFile?: string,
  ) {}

  /** The settings for a report in this folder (or for walking this folder). */
  for(folder: string): Settings {
    let file = this.configFile ?? this.byFolder.get(folder);
    if (file === undefined) this.byFolder.set(folder, (file = nearestConfig(folder)));
    let settings = this.byFile.get(file);
    if (!settings) this.byFile.set(file, (settings = this.load(file)));
    return settings;
  }

  private load(file: string | null): Settings {
    const shown = file === null ? '' : relative(process.cwd(), file) || file;
    const project = file === null ? { config: {} } : readConfigFile(file, false, shown);
    // A damaged configuration is not read as no configuration: a check would pass on defaults.
    if (project.error) throw new InputError(project.error);
    const problems: string[] = [];
    // The editor validates .kracht.json by its JSON schema; a typo here ("minimumWord") must not pass unseen.
    if (project.config !== null && typeof project.config === 'object' && !Array.isArray(project.config)) {
      for (const key of Object.keys(project.config))
        if (!(key in schema.properties)) problems.push(`unknown setting "${key}"${suggestion(key)}`);
    }
    const settings = parseSettings(mergeSettings(project.config, this.overrides), problems);
    for (const problem of problems) this.io.err(`kracht: ${shown}: ${problem}\n`);
    return settings;
  }
}

/** ", did you mean …?" for a key that differs from a known one only by case or a plural s. */
function suggestion(key: string): string {
  const known = Object.keys(schema.properties).find(
    (name) => name.toLowerCase() === key.toLowerCase() || name === `${key}s` || `${name}s` === key,
  );
  return known ? ` (did you mean "${known}"?)` : '';
}

/** A progress bar on a terminal; nothing when output is piped. */
export function progressBar(io: Io): { update: (done: number, total: number) => void; done: () => void } {
  if (!io.interactive) return { update: () => undefined, done: () => undefined };
  let drawn = -1;
  return {
    update(done, total) {
      const percent = Math.floor((done / Math.max(total, 1)) * 100);
      if (percent === drawn) return;
      drawn = percent;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      io.err(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (drawn >= 0) io.err('\r\x1b[K');
    },
  };
}

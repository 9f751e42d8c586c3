import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { mergeSettings, parseSettings, type Settings } from '../kracht';
import { readProjectConfig } from '../node/config';
import { configurationSection } from './protocol';

/** Pulls settings per document from the client, layered over `.kracht.json`; cached until they change. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private folders: string[] = [];
  canAskClient = false;
  /** False in an untrusted workspace: then nothing from the workspace itself (.kracht.json) is read. */
  trusted = true;
  locale: 'nl' | 'en' | null = null;
  /** Global settings for clients that cannot be asked per document (didChangeConfiguration payload). */
  global: unknown = {};

  constructor(private readonly connection: Connection) {}

  /** The workspace folders whose `.kracht.json` applies. */
  setFolders(uris: readonly string[]): void {
    this.folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    this.clear();
  }

  /** Forgets every cached answer: the next analysis asks again. */
  clear(): void {
    this.cache.clear();
  }

  /** The settings for one document; never rejects. */
  get(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  private async load(uri: string): Promise<Settings> {
    let user: unknown = this.global;
    if (this.canAskClient) {
      try {
        const [answer] = (await this.connection.workspace.getConfiguration([
          { scopeUri: uri, section: configurationSection },
        ])) as unknown[];
        user = answer ?? {};
      } catch (error) {
        this.connection.console.warn(`kracht: could not read settings: ${(error as Error).message}`);
      }
    }
    const folder = this.folderOf(uri);
    const project = folder && this.trusted ? readProjectConfig(folder) : { config: {} };
    if (project.error) this.connection.console.warn(`kracht: ${project.error}`);
    const problems: string[] = [];
    const settings = parseSettings(mergeSettings(project.config, user), problems);
    for (const problem of problems) this.connection.console.warn(`kracht: ${problem}`);
    if (settings.locale === null && this.locale) settings.locale = this.locale;
    return settings;
  }

  /** The workspace folder holding a file, if any. */
  folderOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    return this.folders.filter((folder) => path.startsWith(folder)).sort((a, b) => b.length - a.length)[0];
  }
}

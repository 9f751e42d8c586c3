import * as vscode from 'vscode';
import type { HiddenFinding, HideFindingArgs } from '../../server/src/lsp/protocol';

const setting = 'hiddenFindings';

/**
 * Where a report's hidden findings live: its workspace folder's settings, or the user's for a file outside any folder.
 */
function scopeOf(uri: vscode.Uri | undefined): {
  config: vscode.WorkspaceConfiguration;
  target: vscode.ConfigurationTarget;
  current: HiddenFinding[];
} {
  const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
  const config = vscode.workspace.getConfiguration('kracht', folder?.uri);
  const inspected = config.inspect<HiddenFinding[]>(setting);
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const current = (folder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? [];
  return { config, target, current: Array.isArray(current) ? current : [] };
}

/** Records the finding in settings, leaving the report untouched; the server drops it at the next analysis. */
export async function hideFinding(args: HideFindingArgs | undefined): Promise<void> {
  if (!args || typeof args.rule !== 'string' || typeof args.sentence !== 'string') return;
  const uri = vscode.Uri.parse(args.uri);
  const { config, target, current } = scopeOf(uri);
  if (!current.some((h) => h.rule === args.rule && h.sentence === args.sentence)) {
    const entry: HiddenFinding = {
      rule: args.rule,
      sentence: args.sentence,
      file: vscode.workspace.asRelativePath(uri, false),
    };
    await config.update(setting, [...current, entry], target);
  }
  // Not awaited: the command is done when the setting is; the message waits for the coach, who may ignore it.
  const restore = vscode.l10n.t('Restore');
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t('Kracht hides {0} for this sentence. “Kracht: Restore Hidden Findings” brings it back.', args.rule),
      restore,
    )
    .then(async (choice) => {
      if (choice === restore) await restoreHiddenFindings([{ rule: args.rule, sentence: args.sentence }]);
    });
}

function allHidden(): { scope: ReturnType<typeof scopeOf>; hidden: HiddenFinding }[] {
  const scopes = [
    ...(vscode.workspace.workspaceFolders ?? []).map((folder) => scopeOf(folder.uri)),
    scopeOf(undefined),
  ];
  return scopes.flatMap((scope) => scope.current.map((hidden) => ({ scope, hidden })));
}

/** Keeps the context key `kracht.hasHiddenFindings` true while any are hidden: the restore command's `when`. */
export function watchHiddenFindings(): vscode.Disposable {
  const update = (): void => {
    void vscode.commands.executeCommand('setContext', 'kracht.hasHiddenFindings', allHidden().length > 0);
  };
  update();
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`kracht.${setting}`)) update();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(update),
  );
}

/**
 * Lists the hidden findings of every workspace folder (and the user's) to pick the ones to bring back;
 * `'all'`, or a list of findings, restores without asking (a keybinding, the undo of a hide, tests).
 */
export async function restoreHiddenFindings(which?: 'all' | Pick<HiddenFinding, 'rule' | 'sentence'>[]): Promise<void> {
  const all = allHidden();
  if (all.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Kracht has no hidden findings here.'));
    return;
  }
  let chosen = all;
  if (Array.isArray(which))
    chosen = all.filter(({ hidden }) => which.some((w) => w.rule === hidden.rule && w.sentence === hidden.sentence));
  else if (which !== 'all') {
    const items = all.map((entry) => ({
      label: entry.hidden.rule,
      description: entry.hidden.file ?? '',
      detail: vscode.l10n.t('sentence key {0}', entry.hidden.sentence),
      entry,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      placeHolder: vscode.l10n.t('Which hidden findings should Kracht show again?'),
    });
    if (!picked || picked.length === 0) return;
    chosen = picked.map((item) => item.entry);
  }
  for (const scope of new Set(chosen.map((c) => c.scope))) {
    const kept = scope.current.filter((hidden) => !chosen.some((c) => c.scope === scope && c.hidden === hidden));
    await scope.config.update(setting, kept.length > 0 ? kept : undefined, scope.target);
  }
}

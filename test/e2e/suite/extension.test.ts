import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const extensionId = 'kracht.kracht';

/** Polls until the value is there: the workbench lags the extension host by a second or so. */
async function waitFor<T>(
  what: string,
  get: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  assert.ok(first, 'the test workspace is open');
  return first.uri;
}

async function openReport(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), name));
  await vscode.window.showTextDocument(document);
  return document;
}

const kracht = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kracht');
const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

describe('Kracht in VS Code', () => {
  it('activates on a Markdown report and shows explained diagnostics with rule pages', async () => {
    const started = Date.now();
    const document = await openReport('nl-coach-aan-het-werk.md');
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, 'the extension is installed');
    await waitFor('activation', () => (extension.isActive ? true : undefined));
    console.log(`[kracht] activated ${Date.now() - started} ms after opening the report`);
    const diagnostics = await waitFor('diagnostics', () =>
      kracht(document.uri).length > 0 ? kracht(document.uri) : undefined,
    );
    const codes = new Set(diagnostics.map(codeOf));
    assert.ok(codes.has('signal/expert-role') && codes.has('balance/coach-coachee'), [...codes].join(', '));
    const advice = diagnostics.find((d) => codeOf(d) === 'signal/expert-role')!;
    assert.match(advice.message, /“geadviseerd”/u);
    // The rule page opens through the extension's command: a file URI fails in a remote window.
    const target = typeof advice.code === 'object' ? advice.code.target : undefined;
    assert.equal(target?.scheme, 'command');
    assert.equal(target?.path, 'kracht.showRulePage');
    const [page] = JSON.parse(decodeURIComponent(target!.query)) as [string];
    assert.equal(page, 'signal/expert-role.md');
    await vscode.commands.executeCommand('kracht.showRulePage', page);
    const preview = await waitFor('the rule page, rendered', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview')),
    );
    assert.match(preview.label, /expert-role/u);
  });

  it('explains a flagged sentence on hover', async () => {
    const document = await openReport('nl-coach-aan-het-werk.md');
    const advice = await waitFor('an expert-role diagnostic', () =>
      kracht(document.uri).find((d) => codeOf(d) === 'signal/expert-role'),
    );
    const hovers = await waitFor('a hover', async () => {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        advice.range.start.translate(0, 3),
      );
      return result.length > 0 ? result : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /signal\/expert-role/u);
    assert.match(text, /“geadviseerd”/u);
    assert.match(text, /\]\(command:kracht\.showRulePage\?/u);
    assert.doesNotMatch(text, /file:/u);
  });

  it('applies a quick fix that inserts the reflection question and changes nothing else', async () => {
    const document = await openReport('en-the-expert.md');
    const before = document.getText();
    const tips = await waitFor('an expert-role diagnostic', () =>
      kracht(document.uri).find((d) => codeOf(d) === 'signal/expert-role' && /tips/u.test(d.message)),
    );
    let seen: string[] = [];
    const action = await waitFor('the reflection quick fix', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        tips.range,
      );
      seen = actions.map((a) => `${a.title} [${a.diagnostics?.map((d) => d.message.slice(0, 40)).join('; ') ?? ''}]`);
      // The command API hands actions back without their diagnostics: tell them apart by their edit.
      return actions.find(
        (a) =>
          a.title === 'Add a reflection question' &&
          a.edit?.entries().some(([, edits]) => edits.some((e) => e.newText.includes('belief'))),
      );
    }).catch((error: Error) => {
      throw new Error(`${error.message}; offered: ${seen.join(' | ')}`);
    });
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    const inserted =
      "\n\n> **Reflection:** What does this say about your belief in the coachee's ability to find their own solutions?";
    const paragraphEnd = document.offsetAt(new vscode.Position(tips.range.start.line, Number.MAX_SAFE_INTEGER));
    assert.equal(document.getText(), before.slice(0, paragraphEnd) + inserted + before.slice(paragraphEnd));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('adds every reflection question in one edit with Add All Reflection Questions, and nothing the second time', async () => {
    const document = await openReport('en-the-expert.md');
    const before = document.getText();
    // The text may just have been reverted: wait until the server offers the action for the text on screen.
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    await waitFor('the source action source.fixAll.kracht', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        whole,
        'source.fixAll.kracht',
      );
      return actions.some((a) => a.kind?.value === 'source.fixAll.kracht') ? true : undefined;
    });
    await vscode.commands.executeCommand('kracht.addAllReflections');
    const after = await waitFor('the reflections', () =>
      document.getText() !== before ? document.getText() : undefined,
    );
    const inserted = after.match(/\n\n> \*\*Reflection:\*\* [^\n]*/gu) ?? [];
    assert.ok(inserted.length >= 2, `${inserted.length} questions inserted`);
    assert.equal(after.replace(/\n\n> \*\*Reflection:\*\* [^\n]*/gu, ''), before, 'only the questions were inserted');
    assert.ok(document.isDirty && document.version > 1);
    const version = document.version;
    await vscode.commands.executeCommand('kracht.addAllReflections');
    assert.equal(document.version, version, 'nothing to add the second time');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('goes from a section’s code lens to its first finding', async () => {
    const document = await openReport('nl-coach-aan-het-werk.md');
    const diagnostics = await waitFor('diagnostics', () =>
      kracht(document.uri).length > 0 ? kracht(document.uri) : undefined,
    );
    const lens = await waitFor('a clickable code lens over a section with findings', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        document.uri,
      );
      return lenses.find((l) => {
        const [, first, last] = (l.command?.arguments ?? []) as [string, number, number];
        return (
          l.command?.command === 'kracht.showSectionFindings' &&
          diagnostics.some((d) => d.range.start.line >= first && d.range.start.line <= last)
        );
      });
    });
    const [uri, first, last] = lens.command!.arguments as [string, number, number];
    await vscode.commands.executeCommand(lens.command!.command, uri, first, last);
    const firstFinding = diagnostics
      .filter((d) => d.range.start.line >= first && d.range.start.line <= last)
      .sort((a, b) => a.range.start.compareTo(b.range.start))[0]!;
    await waitFor('the cursor on the section’s first finding', () =>
      vscode.window.activeTextEditor?.selection.active.isEqual(firstFinding.range.start) ? true : undefined,
    );
  });

  it('opens the balance summary in a webview', async () => {
    await openReport('nl-eigen-kracht.md');
    await vscode.commands.executeCommand('kracht.showSummary');
    const tab = await waitFor('the summary tab', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Kracht: Balance Summary'),
    );
    assert.ok(tab);
  });

  it('hides a finding in workspace settings, keeps it hidden after a restart, and brings it back with the restore command', async () => {
    const document = await openReport('nl-coach-aan-het-werk.md');
    const before = await waitFor('expert-role', () =>
      kracht(document.uri).find((d) => codeOf(d) === 'signal/expert-role'),
    );
    const text = document.getText();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      before.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const hide = actions.find((a) => a.command?.command === 'kracht.hideFinding');
    assert.ok(hide?.command, actions.map((a) => a.title).join(' | '));
    const gone = (): true | undefined =>
      kracht(document.uri).some((d) => codeOf(d) === 'signal/expert-role' && d.range.isEqual(before.range))
        ? undefined
        : true;
    try {
      await vscode.commands.executeCommand(hide.command.command, ...(hide.command.arguments ?? []));
      await waitFor('the hidden finding to go', gone);
      const saved =
        vscode.workspace.getConfiguration('kracht', document.uri).get<{ rule: string }[]>('hiddenFindings') ?? [];
      assert.deepEqual(
        saved.map((h) => h.rule),
        ['signal/expert-role'],
      );
      assert.equal(document.getText(), text, 'the report is untouched');
      // A fresh server reads the report and the settings again: still hidden.
      await vscode.commands.executeCommand('kracht.restartServer');
      await waitFor('diagnostics after the restart', () => (kracht(document.uri).length > 0 ? true : undefined));
      await waitFor('the finding to stay hidden', gone);
      await vscode.commands.executeCommand('kracht.restoreHiddenFindings', 'all');
      await waitFor('the finding to come back', () => (gone() ? undefined : true));
    } finally {
      await vscode.workspace
        .getConfiguration('kracht', document.uri)
        .update('hiddenFindings', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('analyses a report of a virtual workspace (vscode-vfs) as it opens', async () => {
    const files = new Map<string, Uint8Array>();
    const changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: changed.event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: (uri) => {
        if (!files.has(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
        return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: files.get(uri.path)!.length };
      },
      readFile: (uri) => files.get(uri.path) ?? Promise.reject(vscode.FileSystemError.FileNotFound(uri)),
      writeFile: (uri, content) => void files.set(uri.path, content),
      readDirectory: () => [],
      createDirectory: () => undefined,
      delete: (uri) => void files.delete(uri.path),
      rename: () => undefined,
    };
    const registration = vscode.workspace.registerFileSystemProvider('vscode-vfs', provider);
    try {
      const uri = vscode.Uri.parse('vscode-vfs://github/kracht/reports/sessie.md');
      files.set(
        uri.path,
        new TextEncoder().encode(
          'Ik heb haar geadviseerd om het anders aan te pakken en heb uitgelegd hoe ik dat zelf doe.\n',
        ),
      );
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const diagnostics = await waitFor('diagnostics of the virtual report', () =>
        kracht(uri).length > 0 ? kracht(uri) : undefined,
      );
      assert.ok(
        diagnostics.some((d) => codeOf(d) === 'signal/expert-role'),
        diagnostics.map(codeOf).join(', '),
      );
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      registration.dispose();
    }
  });

  it('follows a settings change without a reload', async () => {
    const document = await openReport('nl-coach-aan-het-werk.md');
    await waitFor('expert-role', () =>
      kracht(document.uri).some((d) => codeOf(d) === 'signal/expert-role') ? true : undefined,
    );
    const config = vscode.workspace.getConfiguration('kracht');
    await config.update('severity', { 'signal/expert-role': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('expert-role to go', () =>
        kracht(document.uri).some((d) => codeOf(d) === 'signal/expert-role') ? undefined : true,
      );
      assert.ok(kracht(document.uri).length > 0, 'other diagnostics stay');
    } finally {
      await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

import * as vscode from 'vscode';

/**
 * The code lens above a heading, clicked: the cursor on the section's first finding with its hover open,
 * or a line saying the section has none. `first`/`last`: the section's lines (from the server's lens).
 */
export async function showSectionFindings(uri: string, first: number, last: number): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const inSection = vscode.languages
    .getDiagnostics(target)
    .filter((d) => d.source === 'kracht' && d.range.start.line >= first && d.range.start.line <= last)
    .sort((a, b) => a.range.start.compareTo(b.range.start));
  if (inSection.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Kracht has nothing to say about this section.'));
    return;
  }
  const editor = await vscode.window.showTextDocument(target, { preserveFocus: false });
  // The cursor on the finding, and its hover: the message, the words that weighed most, the rule page.
  const start = inSection[0]!.range.start;
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(inSection[0]!.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('editor.action.showHover');
}

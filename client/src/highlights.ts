import * as vscode from 'vscode';
import type { ReportAnalysedParams } from '../../server/src/lsp/protocol';

/** Tints strength and weakness sentences when switched on (off by default). */
export class Highlights implements vscode.Disposable {
  private enabled = false;
  private readonly sentences = new Map<string, ReportAnalysedParams['sentences']>();
  private readonly strength = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('diffEditor.insertedTextBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.addedForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private readonly weakness = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('diffEditor.removedTextBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.deletedForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private readonly subscription = vscode.window.onDidChangeVisibleTextEditors(() => this.render());

  /** Switches the tints on or off; returns the new state. */
  toggle(): boolean {
    this.enabled = !this.enabled;
    this.render();
    return this.enabled;
  }

  /** Remembers a report's sentence labels and repaints it. */
  update(params: ReportAnalysedParams): void {
    this.sentences.set(params.uri, params.sentences);
    this.render();
  }

  private render(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const sentences = (this.enabled && this.sentences.get(editor.document.uri.toString())) || [];
      const ranges = (valence: string): vscode.Range[] =>
        sentences
          .filter((s) => s.valence === valence)
          .map(
            (s) =>
              new vscode.Range(s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character),
          );
      editor.setDecorations(this.strength, ranges('strength'));
      editor.setDecorations(this.weakness, ranges('weakness'));
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.strength.dispose();
    this.weakness.dispose();
  }
}

import * as vscode from 'vscode';
import type { ReportAnalysedParams } from '../../server/src/lsp/protocol';
import { formatShare as percent } from '../../server/src/format/share';

/** The status bar item with the active report's two shares; a click opens the workspace summary. */
export class BalanceStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('kracht.balance', vscode.StatusBarAlignment.Right, 100);
  private readonly balances = new Map<string, ReportAnalysedParams>();
  private readonly subscription = vscode.window.onDidChangeActiveTextEditor(() => this.render());

  constructor() {
    this.item.name = 'Kracht';
    this.item.command = 'kracht.showSummary';
  }

  /** Remembers a report's balance and shows it when that report is active. */
  update(params: ReportAnalysedParams): void {
    this.balances.set(params.uri, params);
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const balance = uri ? this.balances.get(uri) : undefined;
    if (!balance) {
      this.item.hide();
      return;
    }
    this.item.text = vscode.l10n.t(
      '$(pulse) strength {0} · coachee {1}',
      percent(balance.strengthShare),
      percent(balance.coacheeShare),
    );
    this.item.tooltip = vscode.l10n.t(
      'Kracht: share of words on the coachee’s strengths (vs. problems) and on the coachee (vs. the coach). Click for the workspace summary.',
    );
    // A screen reader reads words, not the pulse icon and a middle dot.
    this.item.accessibilityInformation = {
      label: vscode.l10n.t(
        'Kracht: {0} of the words on the coachee’s strengths, {1} on the coachee. Opens the workspace summary.',
        percent(balance.strengthShare),
        percent(balance.coacheeShare),
      ),
      role: 'button',
    };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

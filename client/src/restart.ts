import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient/node';
import { nextRestart } from './backoff';

/** Restarts a stopped server with a growing delay, and tells the coach once rather than each time. */
export class RestartWithBackoff implements ErrorHandler {
  private history: number[] = [];
  private told = false;

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue };
  }

  async closed(): Promise<CloseHandlerResult> {
    const next = nextRestart(this.history, Date.now());
    if (!next) {
      return {
        action: CloseAction.DoNotRestart,
        message: vscode.l10n.t(
          'Kracht’s language server stopped five times in five minutes and stays off. Run “Kracht: Restart the Language Server” to try again.',
        ),
      };
    }
    this.history = next.history;
    if (!this.told) {
      this.told = true;
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Kracht’s language server stopped unexpectedly; Kracht is restarting it.'),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, next.delayMs));
    return { action: CloseAction.Restart, handled: true };
  }
}

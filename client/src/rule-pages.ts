import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { isRulePage, rulePageCommand, rulePageCommandLink, rulePageOf, withRulePageCommands } from './rule-page-links';

/** Opens a rule page from the extension's folder, rendered; as text where the Markdown preview is off. */
export function registerRulePages(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(rulePageCommand, async (page: unknown) => {
    if (!isRulePage(page)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Kracht: there is no rule page "{0}".', String(page)));
      return;
    }
    const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', ...page.split('/'));
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.window.showTextDocument(uri, { preview: true });
    }
  });
}

/** Diagnostics and hovers with their rule links turned into the command that opens the page. */
export const rulePageMiddleware: Middleware = {
  handleDiagnostics(uri, diagnostics, next) {
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      if (typeof code !== 'object') continue;
      const page = rulePageOf(code.target.toString(true));
      if (page) diagnostic.code = { value: code.value, target: vscode.Uri.parse(rulePageCommandLink(page)) };
    }
    next(uri, diagnostics);
  },
  async provideHover(document, position, token, next) {
    const hover = await next(document, position, token);
    if (!hover) return hover;
    const contents = hover.contents.map((content) => {
      if (!(content instanceof vscode.MarkdownString)) return content;
      const { text, changed } = withRulePageCommands(content.value);
      if (!changed) return content;
      const trusted = new vscode.MarkdownString(text, content.supportThemeIcons);
      trusted.isTrusted = { enabledCommands: [rulePageCommand] };
      return trusted;
    });
    return new vscode.Hover(contents, hover.range);
  },
};

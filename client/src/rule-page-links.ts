// The server links each finding to its rule page as a file URI beside its own bundle, which an editor
// elsewhere (Neovim, Helix) opens as it is. Inside VS Code the same link goes through a command that
// opens the page from the extension's own folder, rendered: a file URI fails in a remote window.

/** The command that shows a rule page; its one argument is the page's path under docs/rules/. */
export const rulePageCommand = 'kracht.showRulePage';

// "signal/expert-role.md", "balance/coach-coachee.nl.md": the only pages a link may name.
const pagePath = /^[a-z]+\/[a-z0-9-]+(?:\.nl)?\.md$/u;
const marker = '/docs/rules/';

/** The page a server link names ("signal/expert-role.nl.md"), or null for any other link. */
export function rulePageOf(href: string): string | null {
  if (!href.startsWith('file:')) return null;
  const at = href.lastIndexOf(marker);
  if (at < 0) return null;
  const page = decodeURIComponent(href.slice(at + marker.length));
  return pagePath.test(page) ? page : null;
}

/** Whether a command argument names a rule page (and nothing outside docs/rules/). */
export function isRulePage(page: unknown): page is string {
  return typeof page === 'string' && pagePath.test(page);
}

/** The command link that opens a page inside VS Code. */
export function rulePageCommandLink(page: string): string {
  return `command:${rulePageCommand}?${encodeURIComponent(JSON.stringify([page]))}`;
}

/** Markdown with every server link to a rule page turned into its command link; the text is otherwise unchanged. */
export function withRulePageCommands(markdown: string): { text: string; changed: boolean } {
  let changed = false;
  const text = markdown.replace(/\]\((file:[^)\s]+)\)/gu, (whole, href: string) => {
    const page = rulePageOf(href);
    if (!page) return whole;
    changed = true;
    return `](${rulePageCommandLink(page)})`;
  });
  return { text, changed };
}

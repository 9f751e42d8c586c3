// Bundled in place of Node's `net` module (see esbuild.mjs). vscode-jsonrpc offers socket and pipe
// transports; Kracht speaks only over stdio and IPC, and never opens a connection of any kind.

function refuse(): never {
  throw new Error('Kracht does not open network connections or sockets: start it with --stdio or over IPC.');
}

/** Refuses: Kracht never listens on a socket. */
export const createServer = refuse;
/** Refuses: Kracht never connects anywhere. */
export const createConnection = refuse;
/** Refuses: Kracht never connects anywhere. */
export const connect = refuse;

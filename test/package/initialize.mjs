// Starts the installed language server over stdio, sends initialize, and checks the answer.
import { spawn } from 'node:child_process';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';

const server = spawn(process.argv[2], ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const body = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});
server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
let answer = '';
const bound = setTimeout(() => {
  server.kill();
  console.error(`no answer to initialize within 60 s: ${answer}`);
  process.exit(1);
}, 60_000);
server.stdout.on('data', (chunk) => {
  answer += chunk;
  if (!answer.includes('"capabilities"')) return;
  clearTimeout(bound);
  server.stdin.end();
  server.kill();
  if (!answer.includes('"codeActionProvider"')) {
    console.error(`unexpected answer: ${answer}`);
    process.exit(1);
  }
});

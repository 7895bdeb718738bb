/**
 * Debian's s3270, a real 3270 emulator, connected to the demo TN3270 host: its built-in web
 * server (`-httpd`) renders the host's screen at /3270/screen.html (one <pre> of styled spans, no
 * ids, no inputs, reloaded after each action) and takes actions at /3270/rest/. The web server
 * listens on 127.0.0.1 only, on a port chosen per run: its REST interface runs any emulator
 * action for whoever can reach it, so it runs only while the e2e tests (or `npm run demo:server
 * -- --s3270`) need it. `s3270 -httpd` cannot serve the screen alone, without the actions.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import type { DemoState } from '../data/state';
import { startTn3270Host, type Tn3270Host } from './host';

export const S3270 = process.env.S3270_PATH ?? '/usr/bin/s3270';

export interface S3270Demo {
  /** s3270's own web server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Runs an emulator action ("String(1000103)", "Enter()", "PF(3)") and waits for the host's answer. */
  act(...actions: string[]): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function s3270Installed(): boolean {
  return spawnSync(S3270, ['-v'], { stdio: 'ignore' }).error === undefined;
}

/** One GET on a connection of its own: s3270's web server closes connections a client would reuse. */
export function httpGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function rest(url: string, action: string): Promise<string> {
  const { status, body } = await httpGet(`${url}/3270/rest/text/${action}`);
  if (status !== 200) throw new Error(`s3270 ${action}: ${status} ${body.trim()}`);
  return body;
}

/** The emulator's screen page, as a browser gets it. */
export async function s3270Screen(url: string): Promise<string> {
  return (await httpGet(`${url}/3270/screen.html`)).body;
}

export async function startS3270Demo(state: () => DemoState): Promise<S3270Demo> {
  if (!s3270Installed()) throw new Error(`s3270 not found at ${S3270}. Install it with:\n  sudo apt-get install -y s3270`);
  const host: Tn3270Host = await startTn3270Host(state);
  const port = await freePort();
  const child: ChildProcess = spawn(S3270, ['-model', '2', '-httpd', `127.0.0.1:${port}`, `127.0.0.1:${host.port}`], { stdio: ['pipe', 'ignore', process.env.S3270_LOG ? 'inherit' : 'ignore'] });
  const url = `http://127.0.0.1:${port}`;
  if (process.env.S3270_LOG) child.on('exit', (code, signal) => process.stderr.write(`s3270 exited: ${code} ${signal}\n`));
  const close = async () => {
    child.kill();
    await host.close();
  };
  // Connected when the emulator is in 3270 mode and the host's first screen is there.
  for (let i = 0; i < 100; i++) {
    const status = await rest(url, 'Query(ConnectionState)').catch(() => '');
    if (status.trim() === 'connected-3270' && (await rest(url, 'Ascii(0,0,1,80)')).includes('TRACS3270')) {
      await rest(url, 'Wait(5,Unlock)');
      return {
        url,
        close,
        // One action at a time, each waiting for the host to unlock the keyboard: typing into a
        // locked keyboard leaves this s3270 in a state where rendering the page crashes it.
        act: async (...actions) => {
          for (const a of actions) {
            await rest(url, a);
            await rest(url, 'Wait(5,Unlock)');
          }
        },
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await close();
  throw new Error('s3270 did not connect to the demo TN3270 host within 10 s');
}

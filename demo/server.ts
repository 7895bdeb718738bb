/**
 * The demo legacy system: one local HTTP server for all the imitation front ends, holding
 * synthetic cases in memory. Run: `npx tsx demo/server.ts [--port 4780]`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DemoState } from './data/state';
import type { DemoRequest, DemoResponse } from './http-types';
import { handleAlaska } from './screens/alaska/alaska-routes';
import { indexPage } from './screens/index-page';
import { handleMaine } from './screens/maine/maine-routes';
import { rmssSurvey } from './screens/rmss/rmss-form';
import { agencySurvey } from './screens/rmss/agency-survey';
import { handleTracs } from './screens/tracs/tracs-routes';
import { s3270Screen, startS3270Demo } from './tn3270/s3270';
import { handlePolicyManual } from './screens/policy/manual-routes';
import { handleBench } from './screens/bench/bench-screens';

const STATIC_DIR = new URL('./public/', import.meta.url);
const STATIC_TYPES: Record<string, string> = { '.css': 'text/css', '.js': 'text/javascript' };

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k) out[k] = decodeURIComponent(v.join('='));
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function route(req: DemoRequest, state: DemoState): DemoResponse {
  if (req.path === '/') return { html: indexPage(state.cases, state.today) };
  if (req.path === '/rmss/survey') {
    const id = (req.query.get('id') ?? 'RMS-2026-0042').slice(0, 20);
    const message = req.method === 'POST' ? 'Survey submitted. Thank you.' : '';
    return { html: rmssSurvey(id, `${state.today} 10:15`, message) };
  }
  if (req.path === '/agency/time-study') {
    return { html: agencySurvey(`${state.today} 14:40`, req.method === 'POST' ? 'Time study sent.' : '') };
  }
  return handleTracs(req, state) ?? handleAlaska(req, state) ?? handleMaine(req, state) ?? handlePolicyManual(req) ?? handleBench(req, state) ?? { status: 404, html: 'Not found' };
}

export interface DemoServer {
  url: string;
  readonly state: DemoState;
  /**
   * Serves s3270's screen page (and only that page) under this origin at /s3270/3270/screen.html,
   * so the demo build, which may read the demo origin only, reads a real 3270 emulator's page.
   */
  proxyS3270(url: string | undefined): void;
  /** Back to the synthetic cases as built (tests that save screens do not leak into the next). */
  reset(): void;
  close(): Promise<void>;
}

export function startDemoServer(opts: { port?: number; host?: string; today?: string } = {}): Promise<DemoServer> {
  let state = new DemoState(opts.today);
  let s3270: string | undefined;
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://demo.invalid');
      // s3270's screen page, and only that: its actions (/3270/rest/) are never passed on.
      if (url.pathname === '/s3270/3270/screen.html' && req.method === 'GET') {
        if (!s3270) res.writeHead(404, { 'content-type': 'text/plain' }).end('s3270 is not running (npm run demo:server -- --s3270)');
        else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(await s3270Screen(s3270));
        return;
      }
      if (url.pathname.startsWith('/static/')) {
        const name = url.pathname.slice('/static/'.length);
        const ext = name.slice(name.lastIndexOf('.'));
        if (!/^[a-z0-9-]+\.(css|js)$/.test(name)) throw new Error('bad static name');
        const body = await readFile(fileURLToPath(new URL(name, STATIC_DIR)));
        res.writeHead(200, { 'content-type': `${STATIC_TYPES[ext]}; charset=utf-8` }).end(body);
        return;
      }
      const body = req.method === 'POST' ? await readBody(req) : '';
      const demoReq: DemoRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        form: new URLSearchParams(body),
        cookies: parseCookies(req.headers.cookie),
      };
      const out = route(demoReq, state);
      const headers: Record<string, string | string[]> = { 'cache-control': 'no-store' };
      if (out.setCookie) headers['set-cookie'] = Object.entries(out.setCookie).map(([k, v]) => `${k}=${encodeURIComponent(v)}; Path=/; SameSite=Lax`);
      if (out.redirect) {
        res.writeHead(303, { ...headers, location: out.redirect }).end();
      } else if (out.json !== undefined) {
        res.writeHead(out.status ?? 200, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(out.json));
      } else {
        res.writeHead(out.status ?? 200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(out.html ?? '');
      }
    } catch {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('Bad request');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : opts.port;
      resolve({
        url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
        get state() {
          return state;
        },
        reset: () => {
          state = new DemoState(opts.today);
        },
        proxyS3270: (target) => {
          s3270 = target;
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.DEMO_PORT ?? 4780);
  const demo = await startDemoServer({ port });
  process.stdout.write(`Demo legacy system (synthetic data) at ${demo.url}/\n`);
  if (process.argv.includes('--s3270')) {
    const s3270 = await startS3270Demo(() => demo.state);
    demo.proxyS3270(s3270.url);
    process.stdout.write(`s3270 on the demo TN3270 host: ${demo.url}/s3270/3270/screen.html (actions: ${s3270.url}/3270/rest/text/Enter())\n`);
  }
}

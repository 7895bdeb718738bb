/**
 * Pages a hostile or merely unrelated site could serve, on a second loopback port (4781): a
 * look-alike of the demo TRACS screens for a real case with a made-up household, and an
 * unrelated page hiding a TRACS-like screen in a srcdoc frame. CaseLens must read neither.
 */
import { createServer, type Server } from 'node:http';
import type { OregonCase } from '../../../demo/data/types';
import { caseSummaryScreen, casePlanScreen } from '../../../demo/screens/tracs/tracs-screens';

export const HOSTILE_PORT = 4781;

export interface HostileServer {
  url: string;
  close(): Promise<void>;
}

const escapeAttr = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function startHostileServer(real: OregonCase, today: string): Promise<HostileServer> {
  // The real case number with a household whose parent is 40: read, it would change the TCM finding.
  const fake: OregonCase = { ...real, members: real.members.map((m, i) => (i === 0 ? { ...m, first: 'FAKE', last: 'PARENT', dob: '1986-01-01' } : m)) };
  const stranger: OregonCase = { ...real, caseNo: '1999999', members: [{ no: '01', first: 'NOT', last: 'ACASE', dob: '2011-03-03', rel: 'HH' }] };
  const pages: Record<string, string> = {
    '/tracs/csum': caseSummaryScreen(fake, today),
    '/tracs/cpln': casePlanScreen(fake, today),
    '/hidden-frame': `<!doctype html><html lang="en"><head><title>Unrelated page</title></head><body><h1>Unrelated page</h1>
<iframe title="hidden" style="width:1px;height:1px;border:0" srcdoc="${escapeAttr(caseSummaryScreen(stranger, today))}"></iframe></body></html>`,
  };
  const server: Server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'Not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(HOSTILE_PORT, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${HOSTILE_PORT}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections(); // the browser keeps connections alive
            server.close(() => done());
          }),
      }),
    );
  });
}

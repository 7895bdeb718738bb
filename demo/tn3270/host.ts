/**
 * A scripted TN3270 host for the demo cases (Node standard library only): telnet negotiation
 * (terminal type, binary, end of record: RFC 1576), then 3270 screens written with Erase/Write
 * and the operator's Enter and PF keys read back. A real 3270 emulator (Debian's s3270) connects
 * to it, and CaseLens reads the emulator's own web page of the screen.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { DemoState } from '../data/state';
import type { OregonCase } from '../data/types';
import { AID, addressOf, eraseWrite, parseInbound, type Screen } from './datastream';
import { caseList, members } from './screens';

const IAC = 0xff, SB = 0xfa, SE = 0xf0, WILL = 0xfb, WONT = 0xfc, DO = 0xfd, DONT = 0xfe, EOR = 0xef;
const BINARY = 0x00, TTYPE = 0x18, EOR_OPT = 0x19;
const SEND = 0x01, IS = 0x00;

/** Telnet bytes of one 3270 record: IAC doubled, IAC EOR at the end. */
function record(bytes: readonly number[]): Buffer {
  return Buffer.from([...bytes.flatMap((b) => (b === IAC ? [IAC, IAC] : [b])), IAC, EOR]);
}

class Session {
  private page = 0;
  private current: OregonCase | undefined;
  private buffer: number[] = [];
  private negotiated = false;

  constructor(private readonly socket: Socket, private readonly state: () => DemoState) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.write(Buffer.from([IAC, DO, TTYPE]));
  }

  private screen(): Screen {
    return this.current ? members(this.state(), this.current) : caseList(this.state(), this.page);
  }

  private show(screen: Screen = this.screen()): void {
    this.socket.write(record(eraseWrite(screen)));
  }

  private receive(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b !== IAC) {
        this.buffer.push(b);
        continue;
      }
      const cmd = chunk[++i];
      if (cmd === IAC) this.buffer.push(IAC);
      else if (cmd === EOR) {
        this.onRecord(this.buffer);
        this.buffer = [];
      } else if (cmd === SB) {
        const end = chunk.indexOf(SE, i);
        this.onSubnegotiation([...chunk.subarray(i + 1, end - 1)]);
        i = end;
      } else if (cmd === WILL || cmd === WONT || cmd === DO || cmd === DONT) this.onOption(cmd, chunk[++i]!);
    }
  }

  private onOption(cmd: number, option: number): void {
    if (cmd === WILL && option === TTYPE) this.socket.write(Buffer.from([IAC, SB, TTYPE, SEND, IAC, SE]));
    else if ((cmd === WILL || cmd === DO) && option !== BINARY && option !== EOR_OPT && option !== TTYPE) {
      // Anything else the emulator offers (TN3270E, window size...) is declined: plain TN3270.
      this.socket.write(Buffer.from([IAC, cmd === WILL ? DONT : WONT, option]));
    }
  }

  private onSubnegotiation(bytes: number[]): void {
    if (bytes[0] !== TTYPE || bytes[1] !== IS || this.negotiated) return;
    this.negotiated = true;
    this.socket.write(Buffer.from([IAC, DO, EOR_OPT, IAC, WILL, EOR_OPT, IAC, DO, BINARY, IAC, WILL, BINARY]));
    // The first screen once the emulator is in 3270 mode (it answers the options first).
    setTimeout(() => this.show(), 50);
  }

  private onRecord(bytes: number[]): void {
    const { aid, fields } = parseInbound(bytes);
    const typed = fields.get(addressOf(22, 11)) ?? '';
    if (aid === AID.PF3) this.current = undefined;
    else if (aid === AID.PF8 && !this.current) this.page++;
    else if (aid === AID.PF7 && !this.current) this.page = Math.max(0, this.page - 1);
    else if (aid === AID.ENTER && typed) {
      const c = this.state().oregon(typed);
      if (!c) return this.show({ ...this.screen(), text: [...this.screen().text, [23, 2, `CASE ${typed.slice(0, 8)} NOT FOUND`]] });
      this.current = c;
    }
    this.show();
  }
}

export interface Tn3270Host {
  port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (port 0: any free port); `state` is read on every screen, so a reset demo shows at once. */
export function startTn3270Host(state: () => DemoState, port = 0): Promise<Tn3270Host> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new Session(socket, state);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

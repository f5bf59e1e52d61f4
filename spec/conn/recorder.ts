import { formatPort, Port } from '../../src/runtime/port';
import type { ConnId, Connection } from '../../src/conn/records';

/**
 * A stand-in event engine for tests: records raised events and renders them at
 * drain time, as handlers would see them (engine.md 2.4: values as of the last
 * refresh before the drain).
 */
export class Recorder {
  private queue: { name: string; args: unknown[] }[] = [];
  readonly log: string[] = [];
  constructor(
    private readonly handled: ReadonlySet<string> | 'all',
    private readonly render: (name: string, args: unknown[]) => string = (n) => n,
  ) {}
  has(name: string): boolean {
    return this.handled === 'all' || this.handled.has(name);
  }
  raise(name: string, ...args: unknown[]): void {
    this.queue.push({ name, args });
  }
  drain(): void {
    const q = this.queue;
    this.queue = [];
    for (const e of q) this.log.push(this.render(e.name, e.args));
  }
}

/** Zeek's rendering of a `conn_id`. */
export function fmtId(id: ConnId): string {
  return `[orig_h=${id.orig_h}, orig_p=${formatPort(id.orig_p as Port)}, resp_h=${id.resp_h}, resp_p=${formatPort(id.resp_p as Port)}, proto=${id.proto}, ctx=[]]`;
}

export function isConn(v: unknown): v is Connection {
  return typeof v === 'object' && v !== null && 'uid' in v && 'id' in v;
}

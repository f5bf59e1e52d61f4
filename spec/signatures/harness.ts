// Test helpers: an engine whose hooks record every callback as one line of text.
import {
  createSignatureEngine, loadSignatures, type MatcherOptions, type SignatureEngine, type SignatureHooks,
  type SigParseOptions,
} from '../../src/signatures';

export interface Recorder {
  engine: SignatureEngine<string>;
  out: string[];
}

/** Escapes non-printable bytes like Bro's string printing (`\x0d`). */
export function esc(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function recorder(
  sigText: string,
  options: MatcherOptions = {},
  hooks: Partial<SignatureHooks<string>> = {},
  parse: SigParseOptions = {},
): Recorder {
  const out: string[] = [];
  const sigs = loadSignatures([{ file: 't.sig', text: sigText }], parse);
  const engine = createSignatureEngine<string>(
    sigs,
    {
      signatureMatch: (st, msg, data, eom) =>
        out.push(`match ${st.conn} ${st.sig_id} ${st.is_orig ? 'T' : 'F'} ${msg} [${esc(data)}] ${eom}`),
      customEvent: (name, st, msg, data, eom) =>
        out.push(`custom ${name} ${st.conn} ${st.sig_id} ${msg ?? '-'} [${esc(data)}] ${eom}`),
      enable: (a, st) => out.push(`enable ${a} ${st.sig_id}`),
      ...hooks,
    },
    options,
  );
  return { engine, out };
}

export const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

/** mulberry32: a tiny seeded generator in [0, 1), so randomised tests are reproducible. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

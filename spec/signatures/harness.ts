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

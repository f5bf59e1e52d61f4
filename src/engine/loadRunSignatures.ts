/**
 * Collects and parses a run's signature files (engine.md 5.1): `-s` files, the `signature_files`
 * global, then `@load-sigs` files, into one rule set before `zeek_init`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseSignatureFiles, type Signature, type SigSource } from '../signatures';
import { createSignatureResolver, type ScriptGlobals, type TrustedNames } from './signatureResolver';

/** The run's signature set, or the errors that stop the run (one `file:line:col: reason` each). */
export interface RunSignatures {
  signatures: Signature[];
  errors: string[];
  warnings: string[];
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}

/** `-s`/`signature_files` names: as given, then with `.sig`, then along the search path. */
function findSigFile(name: string, searchPath: readonly string[]): string | undefined {
  const candidates = name.endsWith('.sig') ? [name] : [name, `${name}.sig`];
  for (const c of candidates) if (isFile(c)) return c;
  if (isAbsolute(name)) return undefined;
  for (const dir of searchPath) for (const c of candidates) if (isFile(join(dir, c))) return join(dir, c);
  return undefined;
}

/**
 * Finds, reads and parses every signature file of a run, resolving identifiers against the
 * scripts. Returns no signatures (and no cost later) when no file was named.
 *
 * ## Example
 * ```ts
 * const r = loadRunSignatures(['local.sig'], program, ['/usr/share/rxbro/policy']);
 * if (r.errors.length) { for (const e of r.errors) console.error(e); process.exit(1); }
 * ```
 */
export function loadRunSignatures(cliFiles: readonly string[], host: ScriptGlobals & { signatureFiles?: readonly string[] }, searchPath: readonly string[] = []): RunSignatures {
  const names: string[] = [...cliFiles];
  const fromGlobal = host.global?.('signature_files');
  if (typeof fromGlobal === 'string') names.push(...fromGlobal.split(/\s+/).filter(Boolean));
  const errors: string[] = [];
  const sources: SigSource[] = [];
  for (const n of names) {
    const path = findSigFile(n, searchPath);
    if (path === undefined) errors.push(`error: Can't open signature file ${n}`);
    else sources.push({ file: path, text: readFileSync(path, 'latin1') });
  }
  for (const path of host.signatureFiles ?? []) {
    if (isFile(path)) sources.push({ file: path, text: readFileSync(path, 'latin1') });
    else errors.push(`error: failed to find file associated with @load-sigs ${path}`);
  }
  if (errors.length > 0 || sources.length === 0) return { signatures: [], errors, warnings: [] };
  const trusted: TrustedNames = { events: new Map() };
  let r = parseSignatureFiles(sources, { resolve: createSignatureResolver(host, trusted) });
  // Events known only by their handlers have no visible parameter types: they were assumed to take a
  // message; a complaint about one of them means it is used without one, so try that form.
  const retry = r.errors.filter((e) => [...trusted.events.keys()].some((n) => e.endsWith(`wrong event parameters for '${n}'`)));
  if (retry.length > 0) {
    for (const n of trusted.events.keys()) {
      if (retry.some((e) => e.endsWith(`'${n}'`))) trusted.events.set(n, ['signature_state', 'string', 'count']);
    }
    r = parseSignatureFiles(sources, { resolve: createSignatureResolver(host, trusted) });
  }
  return { signatures: r.errors.length > 0 ? [] : r.signatures, errors: r.errors, warnings: r.warnings };
}

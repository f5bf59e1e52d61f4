/**
 * Positions and diagnostics shared by every compiler pass.
 *
 * A diagnostic renders as `file:line:col: message`, followed by the offending source line and a caret, which is
 * the contract asserted by the tests (style.md, acorn's `testFail`).
 */
export interface Pos {
  file: string;
  line: number;
  col: number;
  offset: number;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  pos: Pos;
}

/** Thrown by a pass that cannot continue; carries the diagnostic to report. */
export class CompileError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/**
 * Renders a diagnostic with its source line and a caret under the column.
 *
 * ## Example
 * ```ts
 * formatDiagnostic({ severity: 'error', message: 'unknown identifier x', pos: { file: 'a.bro', line: 1, col: 7, offset: 6 } },
 *   'print x;');
 * // "a.bro:1:7: error: unknown identifier x\nprint x;\n      ^"
 * ```
 */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  // A diagnostic about no source position (a command-line redef) prints as Zeek's plain `error: ...`.
  if (d.pos.file === '' && d.pos.line === 0) return `${d.severity}: ${d.message}`;
  const head = `${d.pos.file}:${d.pos.line}:${d.pos.col}: ${d.severity}: ${d.message}`;
  if (source === undefined) return head;
  const line = source.split('\n')[d.pos.line - 1];
  if (line === undefined) return head;
  const text = line.replace(/\r$/, '');
  const caret = text.slice(0, d.pos.col - 1).replace(/[^\t]/g, ' ') + '^';
  return `${head}\n${text}\n${caret}`;
}

/** `message (line:col)` — the compact form tests assert. */
export function shortDiagnostic(d: Diagnostic): string {
  return `${d.message} (${d.pos.line}:${d.pos.col})`;
}

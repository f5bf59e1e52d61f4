/**
 * A one-line progress bar on stderr for long traces: bytes read of the file's size.
 * Only on a terminal (never when stderr is piped or in CI logs), and redrawn at most
 * ten times a second so it costs nothing measurable.
 */
export interface Progress {
  update(bytesRead: number): void;
  done(): void;
}

const NO_PROGRESS: Progress = { update() {}, done() {} };
const WIDTH = 30;

export function createProgress(label: string, totalBytes: number): Progress {
  const err = process.stderr;
  if (!err.isTTY || totalBytes <= 0) return NO_PROGRESS;
  let last = 0;
  let shown = false;
  return {
    update(bytesRead: number) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const frac = Math.min(1, bytesRead / totalBytes);
      const fill = Math.round(frac * WIDTH);
      err.write(
        `\r${label} [${'#'.repeat(fill)}${'.'.repeat(WIDTH - fill)}] ${(frac * 100).toFixed(0).padStart(3)}% ` +
          `${(bytesRead / 1e6).toFixed(1)}/${(totalBytes / 1e6).toFixed(1)} MB`,
      );
      shown = true;
    },
    done() {
      if (shown) err.write('\r\x1b[2K');
    },
  };
}

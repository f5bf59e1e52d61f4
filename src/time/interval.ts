// Per-function entry points: the package root loads all of date-fns (~0.1 s of every start).
import { formatDuration as formatDurationFns } from 'date-fns/formatDuration';
import { intervalToDuration } from 'date-fns/intervalToDuration';

/**
 * Bro `time`/`interval` helpers shared by printing, the compiler and the CLI.
 * Times and intervals are plain JS numbers of seconds (language.md §2.4).
 */

/** Seconds per interval unit of a literal such as `5 mins` (language.md §1.4; Zeek: src/Val.h). */
export const INTERVAL_UNITS: Readonly<Record<string, number>> = Object.freeze({
  usec: 1e-6,
  msec: 1e-3,
  sec: 1,
  min: 60,
  hr: 3600,
  day: 86400,
});

/**
 * Seconds per unit for a literal's unit word (`usec`…`day`, optionally plural),
 * or `undefined` for anything else (`ms`, `s`, `week` do not exist in Bro).
 *
 * ## Example
 * ```ts
 * intervalUnitSeconds('mins'); // 60
 * intervalUnitSeconds('ms');   // undefined
 * ```
 */
export function intervalUnitSeconds(unit: string): number | undefined {
  const word = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  return Object.prototype.hasOwnProperty.call(INTERVAL_UNITS, word) ? INTERVAL_UNITS[word] : undefined;
}

/**
 * Formats a number like C's `%.6f`: six decimals, rounding on the exact binary
 * value with ties to even. (JS `toFixed` rounds exact ties up; ties only occur
 * for values whose binary expansion ends at the 7th decimal, e.g. 0.0078125 —
 * language.md §4.1.) Used for Bro `time` values and `fmt("%f")`.
 *
 * ## Example
 * ```ts
 * formatTime(1300475167.096535); // "1300475167.096535"
 * formatTime(0.0078125);         // "0.007812" (toFixed gives "0.007813")
 * ```
 */
export function formatTime(t: number): string {
  const s = t.toFixed(6);
  if (!Number.isFinite(t) || Math.abs(t) >= 1e21) return s;
  if (!isExactTieAt6(Math.abs(t))) return s;
  // toFixed rounded the tie away from zero; C keeps the even neighbour.
  const lastDigit = s.charCodeAt(s.length - 1) - 48;
  if (lastDigit % 2 === 0) return s;
  const down = (Math.abs(t) * 1e6 - 0.5) / 1e6; // the lower neighbour, well inside its rounding interval
  return (t < 0 ? '-' : '') + down.toFixed(6);
}

/** True if `x * 1e6` is exactly an integer plus one half (a rounding tie at 6 decimals). */
function isExactTieAt6(x: number): boolean {
  if (x * 1e6 >= 2 ** 52) return false; // no fractional bits left at this magnitude
  const p = x * 1e6;
  const err = twoProductError(x, 1e6, p);
  const f = p - Math.floor(p);
  // The exact product is p + err; it is a tie iff its fractional part is 0.5.
  return 0.5 - f === err;
}

/** Exact error of the floating product `p = a * b` (Dekker's TwoProduct without FMA). */
function twoProductError(a: number, b: number, p: number): number {
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return al * bl - (((p - ah * bh) - al * bh) - ah * bl);
}

function split(a: number): [number, number] {
  const c = 134217729 * a; // 2^27 + 1 (Veltkamp)
  const hi = c - (c - a);
  return [hi, a - hi];
}

/**
 * Renders an interval by Zeek's rule (language.md §4.1, Zeek: src/Val.cc
 * `IntervalVal::ValDescribe`): largest units first, each count printed with
 * `formatDouble` (the runtime's Bro double rule, passed in so the rule lives in
 * one place), plural unless the count is ±1.
 *
 * ## Example
 * ```ts
 * formatInterval(90, brodouble);      // "1.0 min 30.0 secs"
 * formatInterval(0, brodouble);       // "0 secs"
 * ```
 */
export function formatInterval(seconds: number, formatDouble: (x: number) => string): string {
  if (seconds === 0) return '0 secs';
  const units = INTERVAL_PRINT_UNITS;
  let v = seconds;
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const [u, word] = units[i];
    let x: number;
    if (i === units.length - 1) {
      x = v / u;
      if (Math.abs(x) < 1e-6) {
        if (out === '') out = '0 secs';
        break;
      }
    } else {
      if (!(v >= u || v <= -u)) continue;
      x = v / u;
      x = x < 0 ? Math.ceil(x) : Math.floor(x);
      v = v - x * u;
    }
    const plural = Math.abs(x - 1) < 1e-6 || Math.abs(x + 1) < 1e-6 ? '' : 's';
    out += (out === '' ? '' : ' ') + formatDouble(x) + ' ' + word + plural;
  }
  return out;
}

/**
 * Reads an interval back from the text `formatInterval` writes (`"2.0 days 30.0 mins"`, `"-12.0 hrs"`,
 * `"0 secs"`): the sum of its signed parts, added in order; undefined for any other text. Sub-second units are
 * divided by their count per second, which gives back the exact value for what `formatInterval` printed.
 *
 * ## Example
 * ```ts
 * parseIntervalText('1.0 min 30.0 secs'); // 90
 * parseIntervalText('90');                // undefined
 * ```
 */
export function parseIntervalText(text: string): number | undefined {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 2 || parts.length % 2 !== 0) return undefined;
  let total = 0;
  for (let i = 0; i < parts.length; i += 2) {
    if (!/^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(parts[i])) return undefined;
    const unit = intervalUnitSeconds(parts[i + 1]);
    if (unit === undefined) return undefined;
    const x = Number(parts[i]);
    total += unit < 1 ? x / Math.round(1 / unit) : x * unit;
  }
  return total;
}

const INTERVAL_PRINT_UNITS: ReadonlyArray<readonly [number, string]> = [
  [86400, 'day'],
  [3600, 'hr'],
  [60, 'min'],
  [1, 'sec'],
  [0.001, 'msec'],
  [0.000001, 'usec'],
];

/**
 * Human-readable span for progress and summary lines of the CLI (not Bro
 * output): whole units via date-fns, with milliseconds for spans under a minute.
 *
 * ## Example
 * ```ts
 * humanDuration(3723.5); // "1 hour 2 minutes 3 seconds"
 * humanDuration(1.25);   // "1.25 seconds"
 * humanDuration(0);      // "0 seconds"
 * ```
 */
export function humanDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  if (abs < 60) {
    const rounded = Math.round(abs * 1000) / 1000;
    return `${sign}${rounded} ${rounded === 1 ? 'second' : 'seconds'}`;
  }
  const d = intervalToDuration({ start: 0, end: Math.floor(abs) * 1000 });
  return sign + formatDurationFns(d);
}

/**
 * A network time as an ISO-8601 UTC string with microseconds, for CLI messages
 * ("trace covers … to …").
 *
 * ## Example
 * ```ts
 * isoTime(1300475167.096535); // "2011-03-18T19:06:07.096535Z"
 * ```
 */
export function isoTime(t: number): string {
  const whole = Math.floor(t);
  const micros = Math.round((t - whole) * 1e6);
  const carry = micros === 1e6 ? 1 : 0;
  const base = new Date((whole + carry) * 1000).toISOString().slice(0, 19);
  return `${base}.${String(carry ? 0 : micros).padStart(6, '0')}Z`;
}

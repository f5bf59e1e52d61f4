/**
 * C `strftime` for Bro times (language.md §10.2, `%D`/`%T` of §10.1).
 *
 * Zeek formats in the process's local time zone and its tests run with `TZ=UTC`;
 * rxbro formats in UTC unless the context's `TZ` names another zone, in which case
 * the JS Date local-time getters are used (Node honours `TZ`).
 */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  offsetMin: number;
}

function breakDown(secs: number, utc: boolean): Tm {
  const d = new Date(secs * 1000);
  if (utc) {
    const start = Date.UTC(d.getUTCFullYear(), 0, 1);
    return {
      year: d.getUTCFullYear(), mon: d.getUTCMonth(), mday: d.getUTCDate(), hour: d.getUTCHours(), min: d.getUTCMinutes(),
      sec: d.getUTCSeconds(), wday: d.getUTCDay(), yday: Math.floor((d.getTime() - start) / 86400000), offsetMin: 0,
    };
  }
  const start = new Date(d.getFullYear(), 0, 1).getTime();
  return {
    year: d.getFullYear(), mon: d.getMonth(), mday: d.getDate(), hour: d.getHours(), min: d.getMinutes(),
    sec: d.getSeconds(), wday: d.getDay(), yday: Math.round((new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() - start) / 86400000),
    offsetMin: -d.getTimezoneOffset(),
  };
}

const p2 = (n: number) => (n < 10 ? '0' : '') + n;
const p3 = (n: number) => String(n).padStart(3, '0');

/**
 * True if times should be rendered in UTC for this environment.
 *
 * ## Example
 * ```ts
 * useUtc({}); // true
 * ```
 */
export function useUtc(env: Record<string, string | undefined>): boolean {
  const tz = env.TZ;
  return tz === undefined || tz === '' || tz === 'UTC' || tz === 'UTC0' || tz === 'GMT' || tz === ':UTC';
}

/**
 * Formats whole seconds `secs` with a C `strftime` format.
 *
 * ## Example
 * ```ts
 * strftime('%Y-%m-%d %H:%M:%S', 123456789); // '1973-11-29 21:33:09'
 * ```
 */
export function strftime(format: string, secs: number, utc = true): string {
  const tm = breakDown(Math.trunc(secs), utc);
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%' || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const f = format[++i];
    switch (f) {
      case 'Y': out += tm.year; break;
      case 'C': out += p2(Math.floor(tm.year / 100)); break;
      case 'y': out += p2(tm.year % 100); break;
      case 'm': out += p2(tm.mon + 1); break;
      case 'd': out += p2(tm.mday); break;
      case 'e': out += (tm.mday < 10 ? ' ' : '') + tm.mday; break;
      case 'H': out += p2(tm.hour); break;
      case 'I': out += p2(tm.hour % 12 === 0 ? 12 : tm.hour % 12); break;
      case 'M': out += p2(tm.min); break;
      case 'S': out += p2(tm.sec); break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'j': out += p3(tm.yday + 1); break;
      case 'a': out += DAYS[tm.wday].slice(0, 3); break;
      case 'A': out += DAYS[tm.wday]; break;
      case 'b':
      case 'h': out += MONTHS[tm.mon].slice(0, 3); break;
      case 'B': out += MONTHS[tm.mon]; break;
      case 'u': out += tm.wday === 0 ? 7 : tm.wday; break;
      case 'w': out += tm.wday; break;
      case 's': out += Math.trunc(secs); break;
      case 'T': out += `${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)}`; break;
      case 'R': out += `${p2(tm.hour)}:${p2(tm.min)}`; break;
      case 'D': out += `${p2(tm.mon + 1)}/${p2(tm.mday)}/${p2(tm.year % 100)}`; break;
      case 'F': out += `${tm.year}-${p2(tm.mon + 1)}-${p2(tm.mday)}`; break;
      case 'c': out += `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon].slice(0, 3)} ${(tm.mday < 10 ? ' ' : '') + tm.mday} ${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)} ${tm.year}`; break;
      case 'x': out += `${p2(tm.mon + 1)}/${p2(tm.mday)}/${p2(tm.year % 100)}`; break;
      case 'X': out += `${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)}`; break;
      case 'z': {
        const o = Math.abs(tm.offsetMin);
        out += `${tm.offsetMin < 0 ? '-' : '+'}${p2(Math.floor(o / 60))}${p2(o % 60)}`;
        break;
      }
      case 'Z': out += utc ? 'UTC' : ''; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '%': out += '%'; break;
      default: out += `%${f}`;
    }
  }
  return out;
}

/**
 * Parses `s` with a C `strptime` format (common conversions), returning seconds since
 * the epoch or undefined on failure.
 *
 * ## Example
 * ```ts
 * strptime('%Y-%m-%d %H:%M:%S', '1973-11-29 21:33:09'); // 123456789
 * ```
 */
export function strptime(format: string, s: string, utc = true): number | undefined {
  // Zeek starts from the broken-down time of the epoch (localtime_r(0)), so unparsed fields are 1970-01-01 00:00:00.
  let year = 1970;
  let mon = 0;
  let mday = 1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let pm: boolean | undefined;
  let epoch: number | undefined;
  let j = 0;
  // Like glibc's get_number: up to maxLen digits, then a range check (`%m` on "1980" reads 19 and fails).
  const num = (maxLen: number, lo = -Infinity, hi = Infinity): number | undefined => {
    const m = new RegExp(`^[+-]?\\d{1,${maxLen}}`).exec(s.slice(j));
    if (!m) return undefined;
    j += m[0].length;
    const v = Number(m[0]);
    if (v < lo || v > hi) return undefined;
    return v;
  };
  const name = (list: string[]): number | undefined => {
    const rest = s.slice(j).toLowerCase();
    for (let k = 0; k < list.length; k++) {
      const full = list[k].toLowerCase();
      if (rest.startsWith(full)) {
        j += full.length;
        return k;
      }
      if (rest.startsWith(full.slice(0, 3))) {
        j += 3;
        return k;
      }
    }
    return undefined;
  };
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (/\s/.test(c)) {
      while (j < s.length && /\s/.test(s[j])) j++;
      continue;
    }
    if (c !== '%') {
      if (s[j] !== c) return undefined;
      j++;
      continue;
    }
    const f = format[++i];
    let v: number | undefined;
    switch (f) {
      case 'Y': v = num(4); if (v !== undefined) year = v; break;
      case 'y': v = num(2); if (v !== undefined) year = v < 69 ? 2000 + v : 1900 + v; break;
      case 'm': v = num(2, 1, 12); if (v !== undefined) mon = v - 1; break;
      case 'd':
      case 'e': while (s[j] === ' ') j++; v = num(2, 1, 31); if (v !== undefined) mday = v; break;
      case 'H': v = num(2, 0, 23); if (v !== undefined) hour = v; break;
      case 'I': v = num(2, 1, 12); if (v !== undefined) hour = v % 12; break;
      case 'M': v = num(2, 0, 59); if (v !== undefined) min = v; break;
      case 'S': v = num(2, 0, 61); if (v !== undefined) sec = v; break;
      case 's': v = num(20); if (v !== undefined) epoch = v; break;
      case 'b':
      case 'B':
      case 'h': v = name(MONTHS); if (v !== undefined) mon = v; break;
      case 'a':
      case 'A': v = name(DAYS); break;
      case 'p': {
        const r = s.slice(j, j + 2).toUpperCase();
        if (r !== 'AM' && r !== 'PM') return undefined;
        pm = r === 'PM';
        j += 2;
        v = 0;
        break;
      }
      case '%': if (s[j] !== '%') return undefined; j++; v = 0; break;
      default: return undefined;
    }
    if (v === undefined) return undefined;
  }
  if (epoch !== undefined) return epoch;
  if (pm) hour += 12;
  const ms = utc ? Date.UTC(year, mon, mday, hour, min, sec) : new Date(year, mon, mday, hour, min, sec).getTime();
  return ms / 1000;
}

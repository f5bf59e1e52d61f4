import { dueSecondsForMs, nextDown, nextUp } from './dueSecondsForMs';
import { formatInterval, formatTime, humanDuration, intervalUnitSeconds, isoTime, parseIntervalText } from './interval';

/** A minimal Bro double rule for the interval tests (the runtime owns the full one). */
const dbl = (x: number) => {
  const r = Number(x.toFixed(6));
  return Number.isInteger(r) ? r.toFixed(1) : String(r);
};

describe('formatTime (%.6f)', () => {
  test.each([
    [1300475167.096535, '1300475167.096535'],
    [0, '0.000000'],
    [1.5, '1.500000'],
    [-2.25, '-2.250000'],
    [0.0078125, '0.007812'], // exact tie → even (toFixed says 0.007813)
    [0.0234375, '0.023438'], // exact tie, even neighbour is the upper one
    [-0.0078125, '-0.007812'],
    [0.0000015, '0.000002'], // not an exact binary tie: nearest wins
  ])('%p → %s', (t, s) => {
    expect(formatTime(t)).toBe(s);
  });
});

describe('formatInterval (Zeek IntervalVal::ValDescribe)', () => {
  test.each([
    [8.5 * 86400, '8.0 days 12.0 hrs'],
    [6.5 * 60, '6.0 mins 30.0 secs'],
    [4.5e-3, '4.0 msecs 500.0 usecs'],
    [0, '0 secs'],
    [2 * 86400 + 2, '2.0 days 2.0 secs'],
    [90, '1.0 min 30.0 secs'],
    [3600, '1.0 hr'],
    [-5, '-5.0 secs'],
    [3.5e-6, '3.5 usecs'],
    [0.12345678912345e-6, '0.123457 usecs'],
    [-0.12345678912345e-6, '-0.123457 usecs'],
    [1.001e-6 * 1000, '1.0 msec 1.0 usec'],
  ])('%p → %s', (v, s) => {
    expect(formatInterval(v, dbl)).toBe(s);
  });
});

test('interval unit words, singular and plural, and nothing else', () => {
  expect(intervalUnitSeconds('usec')).toBe(1e-6);
  expect(intervalUnitSeconds('msecs')).toBe(1e-3);
  expect(intervalUnitSeconds('secs')).toBe(1);
  expect(intervalUnitSeconds('min')).toBe(60);
  expect(intervalUnitSeconds('hrs')).toBe(3600);
  expect(intervalUnitSeconds('days')).toBe(86400);
  expect(intervalUnitSeconds('ms')).toBeUndefined();
  expect(intervalUnitSeconds('s')).toBeUndefined();
  expect(intervalUnitSeconds('week')).toBeUndefined();
  expect(intervalUnitSeconds('toString')).toBeUndefined();
});

test('humanDuration for progress lines', () => {
  expect(humanDuration(3723.5)).toBe('1 hour 2 minutes 3 seconds');
  expect(humanDuration(1.25)).toBe('1.25 seconds');
  expect(humanDuration(1)).toBe('1 second');
  expect(humanDuration(0)).toBe('0 seconds');
  expect(humanDuration(-90)).toBe('-1 minute 30 seconds');
});

test('isoTime keeps microseconds', () => {
  expect(isoTime(1300475167.096535)).toBe('2011-03-18T19:06:07.096535Z');
  expect(isoTime(0)).toBe('1970-01-01T00:00:00.000000Z');
});

describe('dueSecondsForMs', () => {
  test('is the smallest double whose ×1000 reaches the ms value', () => {
    for (const ms of [0, 1, 30, 999, 1001, 1003, 123456.789, 1300475167096.535, -5]) {
      const s = dueSecondsForMs(ms);
      expect(s * 1000).toBeGreaterThanOrEqual(ms);
      expect(nextDown(s) * 1000).toBeLessThan(ms);
    }
    expect(dueSecondsForMs(30)).toBe(0.03);
    expect(dueSecondsForMs(1001)).toBe(nextUp(1.001));
    expect(dueSecondsForMs(Infinity)).toBe(Infinity);
  });

  test('nextUp/nextDown step one ulp', () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextDown(1)).toBe(1 - Number.EPSILON / 2);
    expect(nextUp(0)).toBe(Number.MIN_VALUE);
    expect(nextDown(0)).toBe(-Number.MIN_VALUE);
    expect(nextUp(-1)).toBe(-1 + Number.EPSILON / 2);
  });
});

describe('parseIntervalText', () => {
  test('reads back what formatInterval writes, exactly', () => {
    for (const secs of [90, -43200, 2 * 24 * 3600 + 2 * 3600 + 2 * 60 + 2 * 1.0 + 2 * 0.1 + 2 * 0.0001, 0.5, 1e-6, 86400.25]) {
      expect(parseIntervalText(formatInterval(secs, dbl))).toBe(secs);
    }
    expect(parseIntervalText('0 secs')).toBe(0);
    expect(parseIntervalText('1.0 min 30.0 secs')).toBe(90);
  });

  test('anything else is undefined', () => {
    for (const bad of ['90', '1 week', 'x secs', '1.0 min 30.0', '']) expect(parseIntervalText(bad)).toBeUndefined();
  });
});

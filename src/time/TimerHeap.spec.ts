import { TimerEntry, TimerHeap } from './TimerHeap';

const entry = (due: number, seq: number): TimerEntry => ({ due, seq, fn: () => undefined, state: null });

function drain(h: TimerHeap): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let e = h.pop(); e !== undefined; e = h.pop()) out.push([e.due, e.seq]);
  return out;
}

test('pops in (due, seq) order across growth, with many ties', () => {
  const h = new TimerHeap();
  const all: Array<[number, number]> = [];
  let x = 7;
  for (let seq = 0; seq < 5000; seq++) {
    x = (x * 48271) % 2147483647;
    const due = x % 50;
    all.push([due, seq]);
    h.push(entry(due, seq));
  }
  expect(h.size).toBe(5000);
  expect(drain(h)).toEqual(all.sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  expect(h.size).toBe(0);
  expect(h.pop()).toBeUndefined();
  expect(h.peek()).toBeUndefined();
});

test('filter keeps heap order over the survivors', () => {
  const h = new TimerHeap();
  for (let seq = 0; seq < 3000; seq++) h.push(entry((seq * 7919) % 1000, seq));
  h.filter((e) => e.seq % 3 === 0);
  expect(h.size).toBe(1000);
  const got = drain(h);
  const want: Array<[number, number]> = [];
  for (let seq = 0; seq < 3000; seq += 3) want.push([(seq * 7919) % 1000, seq]);
  expect(got).toEqual(want.sort((a, b) => a[0] - b[0] || a[1] - b[1]));
});

test('infinite and negative due times order correctly', () => {
  const h = new TimerHeap();
  h.push(entry(Infinity, 0));
  h.push(entry(-5, 1));
  h.push(entry(0, 2));
  expect(drain(h)).toEqual([[-5, 1], [0, 2], [Infinity, 0]]);
});

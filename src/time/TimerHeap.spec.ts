import { TimerHeap } from './TimerHeap';

/** Pops every id, returning its key as recorded by `keys`. */
function drain(h: TimerHeap, keys: Map<number, [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let id = h.pop(); id >= 0; id = h.pop()) out.push(keys.get(id)!);
  return out;
}

/** Pushes (due, seq) under id = seq and remembers the key. */
function pushAll(h: TimerHeap, keys: Map<number, [number, number]>, pairs: Array<[number, number]>): void {
  for (const [due, seq] of pairs) {
    keys.set(seq, [due, seq]);
    h.push(seq, due, seq);
  }
}

test('pops in (due, seq) order across growth, with many ties', () => {
  const h = new TimerHeap();
  const keys = new Map<number, [number, number]>();
  const all: Array<[number, number]> = [];
  let x = 7;
  for (let seq = 0; seq < 5000; seq++) {
    x = (x * 48271) % 2147483647;
    all.push([x % 50, seq]);
  }
  pushAll(h, keys, all);
  expect(h.size).toBe(5000);
  expect(drain(h, keys)).toEqual([...all].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  expect(h.size).toBe(0);
  expect(h.pop()).toBe(-1);
  expect(h.peek()).toBe(-1);
});

test('filter keeps heap order over the survivors', () => {
  const h = new TimerHeap();
  const keys = new Map<number, [number, number]>();
  const all: Array<[number, number]> = [];
  for (let seq = 0; seq < 3000; seq++) all.push([(seq * 7919) % 1000, seq]);
  pushAll(h, keys, all);
  h.filter((id) => id % 3 === 0);
  expect(h.size).toBe(1000);
  const want = all.filter(([, seq]) => seq % 3 === 0);
  expect(drain(h, keys)).toEqual(want.sort((a, b) => a[0] - b[0] || a[1] - b[1]));
});

test('infinite and negative due times order correctly', () => {
  const h = new TimerHeap();
  const keys = new Map<number, [number, number]>();
  pushAll(h, keys, [[Infinity, 0], [-5, 1], [0, 2]]);
  expect(h.topDue()).toBe(-5);
  expect(drain(h, keys)).toEqual([[-5, 1], [0, 2], [Infinity, 0]]);
});

test('ids are independent of the keys', () => {
  const h = new TimerHeap();
  h.push(42, 3, 0);
  h.push(7, 1, 1);
  h.push(1000000, 2, 2);
  expect(h.peek()).toBe(7);
  expect([h.pop(), h.pop(), h.pop()]).toEqual([7, 1000000, 42]);
});

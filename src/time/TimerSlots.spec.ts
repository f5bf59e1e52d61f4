import { DUE, LIVE, PERIOD, POS, SEQ, TimerSlots, WHERE } from './TimerSlots';

describe('TimerSlots', () => {
  test('hands out dense ids, reuses freed ones last-in first-out', () => {
    const slots = new TimerSlots(4);
    expect([slots.alloc(), slots.alloc(), slots.alloc()]).toEqual([0, 1, 2]);
    slots.free(1);
    slots.free(0);
    expect(slots.used).toBe(1);
    expect(slots.alloc()).toBe(0);
    expect(slots.alloc()).toBe(1);
    expect(slots.alloc()).toBe(3);
    expect(slots.used).toBe(4);
    expect(slots.capacity).toBe(4);
  });

  test('grows every array by doubling and keeps what they held', () => {
    const slots = new TimerSlots(4);
    for (let i = 0; i < 9; i++) {
      const id = slots.alloc();
      expect(id).toBe(i);
      slots.f64[(id << 2) + DUE] = i + 0.5;
      slots.f64[(id << 2) + SEQ] = 100 + i;
      slots.f64[(id << 2) + PERIOD] = i;
      slots.i32[(id << 3) + WHERE] = -1 - (i % 2);
      slots.flags[id] = LIVE;
    }
    expect(slots.capacity).toBe(16);
    expect(slots.objs.length).toBe(16);
    for (let i = 0; i < 9; i++) {
      const rec = [
        slots.due(i),
        slots.f64[(i << 2) + SEQ],
        slots.f64[(i << 2) + PERIOD],
        slots.i32[(i << 3) + WHERE],
        slots.flags[i],
      ];
      expect(rec).toEqual([i + 0.5, 100 + i, i, -1 - (i % 2), LIVE]);
    }
  });

  test('the int fields share the 32-byte record of the doubles', () => {
    const slots = new TimerSlots(2);
    slots.f64[(1 << 2) + DUE] = 7.25;
    slots.i32[(1 << 3) + WHERE] = 3;
    slots.i32[(1 << 3) + POS] = -7;
    slots.flags[1] = LIVE;
    expect(slots.f64.buffer).toBe(slots.i32.buffer);
    expect(slots.f64.byteLength).toBe(2 * 32);
    expect(new Float64Array(slots.f64.buffer, 32, 3)).toEqual(new Float64Array([7.25, 0, 0]));
    expect(new Int32Array(slots.f64.buffer, 32 + 4 * WHERE, 2)).toEqual(new Int32Array([3, -7]));
    expect(slots.due(1)).toBe(7.25);
    expect(slots.due(0)).toBe(0);
  });
});

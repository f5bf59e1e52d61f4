import { HeapEntry, heapPop, heapPush } from './accessHeap';

describe('accessHeap', () => {
  it('pops by access time, equal times in push order', () => {
    const heap: (HeapEntry & { name: string })[] = [];
    const input: Array<[string, number]> = [['c', 3], ['a1', 1], ['d', 4], ['a2', 1], ['b', 2], ['a3', 1]];
    input.forEach(([name, t], seq) => heapPush(heap, { name, queuedAccess: t, queuedSeq: seq }));
    const out: string[] = [];
    while (heap.length > 0) out.push(heapPop(heap).name);
    expect(out).toEqual(['a1', 'a2', 'a3', 'b', 'c', 'd']);
  });
});

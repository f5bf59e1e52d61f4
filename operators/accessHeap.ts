/**
 * A binary min-heap of table entries ordered by the access time they had when
 * pushed (`queuedAccess`, ties by `queuedSeq`). Used by exact-mode expiry: because an entry's access
 * time only ever grows, a heap slot may be stale (too early) but never late, so
 * reads and writes just update the entry and the heap is fixed up lazily when a
 * stale slot reaches the top. Entries are their own heap nodes: nothing is
 * allocated per push.
 */
export interface HeapEntry {
  /** Access time the entry had when it was pushed; the heap key. */
  queuedAccess: number;
  /** Push sequence number: equal access times leave in push order (deterministic output). */
  queuedSeq: number;
}

function before(a: HeapEntry, b: HeapEntry): boolean {
  return a.queuedAccess < b.queuedAccess || (a.queuedAccess === b.queuedAccess && a.queuedSeq < b.queuedSeq);
}

/** Pushes `e` with key `e.queuedAccess`. */
export function heapPush<E extends HeapEntry>(heap: E[], e: E): void {
  let i = heap.length;
  heap.push(e);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(e, heap[parent])) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = e;
}

/** Removes and returns the entry with the smallest key (the heap must not be empty). */
export function heapPop<E extends HeapEntry>(heap: E[]): E {
  const top = heap[0];
  const last = heap.pop()!;
  const n = heap.length;
  if (n === 0) return top;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const c = r < n && before(heap[r], heap[l]) ? r : l;
    if (!before(heap[c], last)) break;
    heap[i] = heap[c];
    i = c;
  }
  heap[i] = last;
  return top;
}

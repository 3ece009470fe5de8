/**
 * A bounded top-k selection: a binary min-heap that keeps the k best items seen, so ranking n
 * candidates costs O(n log k) time and O(k) memory instead of sorting all n.
 */

/** Keeps the `limit` best items by `better(a, b) > 0` meaning "a ranks above b". */
export class TopK<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly better: (a: T, b: T) => number,
  ) {}

  /** Offers an item; it is kept only if it ranks among the best `limit` so far. */
  push(item: T): void {
    if (this.limit <= 0) return;
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(item);
      this.siftUp(heap.length - 1);
    } else if (this.better(item, heap[0] as T) > 0) {
      heap[0] = item;
      this.siftDown(0);
    }
  }

  /** Whether an item could still enter: false when full and it does not beat the worst kept. */
  wouldAccept(item: T): boolean {
    return this.heap.length < this.limit || (this.limit > 0 && this.better(item, this.heap[0] as T) > 0);
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => this.better(b, a));
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.better(heap[parent] as T, heap[i] as T) <= 0) break;
      [heap[parent], heap[i]] = [heap[i] as T, heap[parent] as T];
      i = parent;
    }
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && this.better(heap[worst] as T, heap[left] as T) > 0) worst = left;
      if (right < heap.length && this.better(heap[worst] as T, heap[right] as T) > 0) worst = right;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i] as T, heap[worst] as T];
      i = worst;
    }
  }
}

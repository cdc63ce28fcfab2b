/**
 * A small least-recently-used map: a bounded memo for per-process caches. Bounded by a count, or
 * by a total weight (bytes) when given a weigher, so a few large values cannot grow the heap.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    this.map.set(key, value);
    this.weight += this.weigh(value);
    while (this.weight > this.capacity && this.map.size > 1) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  /** The total weight held (the count without a weigher). */
  get size(): number {
    return this.weight;
  }

  private delete(key: K): void {
    const value = this.map.get(key);
    if (value === undefined) return;
    this.map.delete(key);
    this.weight -= this.weigh(value);
  }
}

/**
 * An Lru that keeps a value only when its key is missed a second time: values asked for once (a
 * list with a changing parameter, the first read after each write) neither push out the ones asked
 * for again nor churn the heap. The keys seen once are remembered in a count-bounded Lru.
 */
export class SecondHitLru<K, V> {
  private readonly seenOnce: Lru<K, true>;
  private readonly kept: Lru<K, V>;

  constructor(options: { capacity: number; weigh?: (value: V) => number; remembered: number }) {
    this.kept = new Lru(options.capacity, options.weigh);
    this.seenOnce = new Lru(options.remembered);
  }

  get(key: K): V | undefined {
    return this.kept.get(key);
  }

  /** Offers the value computed after a miss; true when it was kept (its key was missed before). */
  offer(key: K, value: V): boolean {
    if (this.seenOnce.get(key) === undefined) {
      this.seenOnce.set(key, true);
      return false;
    }
    this.kept.set(key, value);
    return true;
  }

  /** The total weight kept. */
  get size(): number {
    return this.kept.size;
  }
}

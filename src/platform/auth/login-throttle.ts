/**
 * Failed-login limits. Failures count per (account, address) pair: after `freeFailures` of them the
 * pair waits `firstDelayMs` before its next attempt, twice as long after each further failure, at
 * most `maxDelayMs`. A lock of one pair never locks the same account from another address, so
 * nobody can lock an administrator out by guessing wrong on purpose; a success clears its pair.
 * Besides, one address may fail at most `perAddress` times within `windowMs` across all accounts,
 * which bounds guessing many accounts from one place. Attempts refused here are not checked and
 * not counted. Kept in memory (bounded): a restart forgets, which only lets someone try sooner.
 */
import { Lru } from '../lru.js';

export interface ThrottleLimits {
  /** Failures of a pair before it has to wait. */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A pair with no failure for this long starts afresh. */
  forgetMs: number;
  /** Failures one address may have within `windowMs`, whatever the accounts. */
  perAddress: number;
  windowMs: number;
  /** Pairs and addresses remembered at most (least recently failed forgotten first). */
  capacity: number;
}

export const defaultLimits: ThrottleLimits = {
  freeFailures: 5,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetMs: 24 * 60 * 60_000,
  perAddress: 100,
  windowMs: 15 * 60_000,
  capacity: 100_000,
};

interface PairFailures {
  count: number;
  last: number;
}

export class LoginThrottle {
  private readonly pairs: Lru<string, PairFailures>;
  private readonly addresses: Lru<string, number[]>;

  constructor(
    private readonly limits: ThrottleLimits = defaultLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.pairs = new Lru(limits.capacity);
    this.addresses = new Lru(limits.capacity);
  }

  /** Seconds to wait, or 0 when the attempt may go ahead. */
  retryAfter(username: string, address: string): number {
    const now = this.now();
    const pairUntil = this.pairLockedUntil(username, address, now);
    const from = this.recent(address, now);
    const addressUntil =
      from.length >= this.limits.perAddress
        ? (from[from.length - this.limits.perAddress] ?? now) + this.limits.windowMs
        : 0;
    const until = Math.max(pairUntil, addressUntil);
    return until > now ? Math.max(1, Math.ceil((until - now) / 1000)) : 0;
  }

  fail(username: string, address: string): void {
    const now = this.now();
    const key = pairKey(username, address);
    const count = (this.livePair(key, now)?.count ?? 0) + 1;
    this.pairs.set(key, { count, last: now });
    this.addresses.set(address, [...this.recent(address, now), now].slice(-this.limits.perAddress));
  }

  succeed(username: string, address: string): void {
    this.pairs.set(pairKey(username, address), { count: 0, last: this.now() });
  }

  /** When the pair may try again: after its last failure plus the doubling delay. */
  private pairLockedUntil(username: string, address: string, now: number): number {
    const pair = this.livePair(pairKey(username, address), now);
    if (!pair || pair.count < this.limits.freeFailures) return 0;
    const doublings = pair.count - this.limits.freeFailures;
    // 2^doublings overflows nothing: the exponent is capped well before the delay is.
    const delay = this.limits.firstDelayMs * 2 ** Math.min(doublings, 30);
    return pair.last + Math.min(delay, this.limits.maxDelayMs);
  }

  private livePair(key: string, now: number): PairFailures | undefined {
    const pair = this.pairs.get(key);
    return pair && now - pair.last < this.limits.forgetMs ? pair : undefined;
  }

  /** The address's failures within the window, oldest first. */
  private recent(address: string, now: number): number[] {
    const since = now - this.limits.windowMs;
    return (this.addresses.get(address) ?? []).filter((t) => t > since);
  }
}

/** One key per pair; the separator cannot occur in an address. */
function pairKey(username: string, address: string): string {
  return `${address} ${username}`;
}

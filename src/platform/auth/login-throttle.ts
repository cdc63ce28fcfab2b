/**
 * Login rate limit, per account and per address: after too many failures within the window the
 * next attempt is refused before the password is even checked. Kept in memory: a restart forgets,
 * which only ever lets someone try again sooner.
 */
export interface ThrottleLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const defaultLimits: ThrottleLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60_000,
};

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits = defaultLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait, or 0 when the attempt may go ahead. */
  retryAfter(username: string, address: string): number {
    const account = this.recent(`u:${username}`);
    const from = this.recent(`a:${address}`);
    const blocked =
      account.length >= this.limits.perAccount
        ? account
        : from.length >= this.limits.perAddress
          ? from
          : null;
    if (!blocked) return 0;
    const oldest = blocked[0] ?? this.now();
    return Math.max(1, Math.ceil((oldest + this.limits.windowMs - this.now()) / 1000));
  }

  fail(username: string, address: string): void {
    for (const key of [`u:${username}`, `a:${address}`])
      this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(username: string): void {
    this.failures.delete(`u:${username}`);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }
}

/**
 * Usernames and first passwords for accounts opened in bulk (a plan's people). The username is
 * the person's name as written (彭国华), which everyone in the office can type, or the name with
 * a number when it is taken (彭国华2); a name the username rule cannot hold falls back to its
 * allowed characters, then to p<person id>. The first password avoids look-alike characters
 * (0/O, 1/l/I) because it is read off a sheet of paper; it must be changed at the first log-in.
 * Pure apart from the random source.
 */
import { randomInt } from 'node:crypto';
import { usernameLength, usernamePattern } from './org.schema.js';

const allowed = (s: string) =>
  s.length >= usernameLength.min && s.length <= usernameLength.max && usernamePattern.test(s);

/** The name's usable stem: the name itself, its allowed characters, or p<id>. */
export function usernameStem(name: string, personId: number): string {
  const bare = name.replace(/\s+/gu, '');
  if (allowed(bare)) return bare.slice(0, usernameLength.max - 3);
  const kept = [...bare].filter((c) => usernamePattern.test(c)).join('');
  return allowed(kept) ? kept.slice(0, usernameLength.max - 3) : `p${personId}`;
}

/** The stem if free, else the stem with the smallest number from 2 on that is. */
export function freeUsername(stem: string, taken: ReadonlySet<string>): string {
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}${n}`)) return `${stem}${n}`;
}

const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Ten characters of an unambiguous alphabet (about 57 bits). */
export function initialPassword(random: (max: number) => number = randomInt): string {
  return Array.from({ length: 10 }, () => alphabet[random(alphabet.length)]).join('');
}

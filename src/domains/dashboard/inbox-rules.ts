/**
 * Which status lights a leader's inbox (待办) calls out: tasks now red or yellow whose light is not
 * the one the leader saw when they last marked the inbox seen. Turning green or done is good news
 * and needs no action, so it is not listed. Pure: lights in, changes out.
 */
import { z } from 'zod';
import type { Light } from '../progress/status-light.js';

export interface CurrentLight {
  taskId: number;
  light: Light;
  reason: string;
}

export interface LightChange extends CurrentLight {
  /** The light seen last time, or null if the task was not in the inbox then (or never looked). */
  from: Light | null;
}

const stored = z.record(z.string(), z.enum(['done', 'green', 'yellow', 'red']));

/** The lights saved by the last "seen"; unreadable text counts as never having looked. */
export function parseSeenLights(text: string | null): Map<number, Light> {
  if (text === null) return new Map();
  try {
    const parsed = stored.safeParse(JSON.parse(text));
    if (!parsed.success) return new Map();
    return new Map(Object.entries(parsed.data).map(([id, light]) => [Number(id), light]));
  } catch {
    return new Map();
  }
}

export function serializeLights(current: CurrentLight[]): string {
  return JSON.stringify(Object.fromEntries(current.map((c) => [String(c.taskId), c.light])));
}

export function changedLights(seen: Map<number, Light>, current: CurrentLight[]): LightChange[] {
  return current
    .filter((c) => (c.light === 'red' || c.light === 'yellow') && seen.get(c.taskId) !== c.light)
    .map((c) => ({ ...c, from: seen.get(c.taskId) ?? null }));
}

/**
 * Loads what scoring needs for one period (YYYY-MM or YYYY) under one unit: the ranked units and
 * the submissions, adoptions and instructions dated in the period. A unit takes part when it has
 * an active information officer (信息员) or submitted something in the period, so that a unit
 * with an officer and no items still shows — with 0 points, and the yearly quota deduction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { isAdoptionLevel, type AdoptionLevel } from './info-scheme.js';
import type { ScoringFacts, ScoringUnit } from './info-scoring.js';

export interface InfoFacts extends ScoringFacts {
  adoptions: { unitId: number; level: AdoptionLevel; itemId: number; title: string; on: string }[];
  instructions: {
    unitId: number;
    itemId: number;
    title: string;
    by: string;
    note: string;
    on: string;
  }[];
}

type UnitLink = { id: number; name: string; parent_id: number | null };

/** The topmost unit above unitId (itself when it has no parent). */
export function rootOf(units: UnitLink[], unitId: number): number {
  const parentOf = new Map(units.map((u) => [u.id, u.parent_id]));
  const seen = new Set<number>();
  let at = unitId;
  for (let p = parentOf.get(at) ?? null; p !== null && !seen.has(p); p = parentOf.get(p) ?? null) {
    seen.add(at);
    at = p;
  }
  return at;
}

function subtree(units: UnitLink[], root: number): UnitLink[] {
  const ids = [root];
  for (let i = 0; i < ids.length; i++)
    for (const u of units) if (u.parent_id === ids[i] && !ids.includes(u.id)) ids.push(u.id);
  return units.filter((u) => ids.includes(u.id));
}

export async function loadUnitLinks(db: Kysely<Database>): Promise<UnitLink[]> {
  return db.selectFrom('units').select(['id', 'name', 'parent_id']).orderBy('id').execute();
}

export async function loadInfoFacts(options: {
  db: Kysely<Database>;
  root: number | null;
  /** YYYY-MM or YYYY. */
  period: string;
}): Promise<InfoFacts> {
  const { db, root } = options;
  const all = await loadUnitLinks(db);
  const candidates = root === null ? all : subtree(all, root);
  const ids = [0, ...candidates.map((u) => u.id)];
  const within = `${options.period}-%`;
  const items = await db
    .selectFrom('information_items')
    .select(['unit_id as unitId'])
    .where('submitted_on', 'like', within)
    .where('unit_id', 'in', ids)
    .execute();
  const officers = await db
    .selectFrom('users')
    .select('unit_id')
    .where('role', '=', 'info_officer')
    .where('disabled', '=', 0)
    .where('unit_id', 'in', ids)
    .execute();
  const adopted = await db
    .selectFrom('information_adoptions as a')
    .innerJoin('information_items as i', 'i.id', 'a.item_id')
    .select(['i.unit_id as unitId', 'a.level', 'i.id as itemId', 'i.title', 'a.adopted_on as on'])
    .where('a.adopted_on', 'like', within)
    .where('i.unit_id', 'in', ids)
    .orderBy('a.adopted_on')
    .orderBy('a.id')
    .execute();
  const instructions = await db
    .selectFrom('information_instructions as n')
    .innerJoin('information_items as i', 'i.id', 'n.item_id')
    .select([
      'i.unit_id as unitId',
      'i.id as itemId',
      'i.title',
      'n.given_by as by',
      'n.note',
      'n.given_on as on',
    ])
    .where('n.given_on', 'like', within)
    .where('i.unit_id', 'in', ids)
    .orderBy('n.given_on')
    .orderBy('n.id')
    .execute();
  const taking = new Set([...items.map((i) => i.unitId), ...officers.map((o) => o.unit_id)]);
  const units: ScoringUnit[] = candidates
    .filter((u) => taking.has(u.id))
    .map((u) => ({ id: u.id, name: u.name }));
  const adoptions = adopted.flatMap((a) =>
    isAdoptionLevel(a.level) ? [{ ...a, level: a.level }] : [],
  );
  return { units, items, adoptions, instructions };
}

/**
 * Synthetic people and users for a unit tree. Every unit gets its people by level (leaders of an
 * association, staff of a department, the secretary-general of a society); each person is a user
 * sharing one password hash, since scrypt per user would dominate the seeding time. Ids are
 * assigned here (the database is empty), so later rows can refer to them without reading back.
 */
import type { Insertable } from 'kysely';
import type { PersonTable, UnitTable, UserTable } from '../../platform/db/schema.js';
import { personName } from './names.js';
import type { Random } from './random.js';
import type { UnitLevel, UnitSpec } from './units.js';

export interface OrgPerson {
  id: number;
  unitIndex: number;
  userId: number;
  leader: boolean;
}

export interface OrgRows {
  units: Insertable<UnitTable>[];
  people: Insertable<PersonTable>[];
  users: Insertable<UserTable>[];
  /** People by unit index: leaders (分管领导) and staff who own tasks. */
  leadersOf: number[][];
  staffOf: number[][];
  persons: OrgPerson[];
}

/** Titles of the people each level of unit gets; the first `leaders` of them lead. */
const staffing: Record<UnitLevel, { titles: string[]; leaders: number }> = {
  province: { titles: ['党组书记', '副主席', '副主席', '二级巡视员'], leaders: 4 },
  city: { titles: ['党组书记', '副主席', '副主席'], leaders: 3 },
  county: { titles: ['主席', '副主席', '干事'], leaders: 2 },
  department: { titles: ['部长', '副部长', '干部', '干部'], leaders: 0 },
  society: { titles: ['理事长', '秘书长'], leaders: 1 },
  township: { titles: ['科协主席'], leaders: 0 },
};

/** The admin user is id 1; person n is user n + 1. */
export const adminUserId = 1;

export function buildOrgRows(
  specs: UnitSpec[],
  random: Random,
  passwordHash: string,
  now: string,
): OrgRows {
  const units = specs.map((u, i) => ({
    id: i + 1,
    name: u.name,
    kind: u.kind,
    parent_id: u.parent === null ? null : u.parent + 1,
    created_at: now,
  }));
  const people: Insertable<PersonTable>[] = [];
  const users: Insertable<UserTable>[] = [
    {
      id: adminUserId,
      username: 'admin',
      password_hash: passwordHash,
      role: 'admin',
      person_id: null,
      unit_id: null,
      created_at: now,
    },
  ];
  const leadersOf: number[][] = specs.map(() => []);
  const staffOf: number[][] = specs.map(() => []);
  const persons: OrgPerson[] = [];
  specs.forEach((unit, unitIndex) => {
    const { titles, leaders } = staffing[unit.level];
    titles.forEach((title, k) => {
      const id = people.length + 1;
      const leader = k < leaders;
      people.push({ id, name: personName(random), unit_id: unitIndex + 1, title, created_at: now });
      const role = roleOf(unit, leader, k, specs);
      // The office's administrator manages the whole association, not just the office.
      const userUnit = role === 'admin' && unit.parent !== null ? unit.parent : unitIndex;
      users.push({
        id: id + 1,
        username: `u${String(id).padStart(5, '0')}`,
        password_hash: passwordHash,
        person_id: id,
        unit_id: userUnit + 1,
        role,
        created_at: now,
      });
      (leader ? leadersOf : staffOf)[unitIndex]?.push(id);
      persons.push({ id, unitIndex, userId: id + 1, leader });
    });
  });
  return { units, people, users, leadersOf, staffOf, persons };
}

/** The office (办公室) head administers the association; its third member is the 信息员. */
function roleOf(unit: UnitSpec, leader: boolean, k: number, specs: UnitSpec[]): string {
  if (leader) return 'leader';
  const office =
    unit.name === '办公室' && unit.parent !== null && specs[unit.parent]?.level !== 'department';
  if (office && k === 0) return 'admin';
  if (office && k === 2) return 'info_officer';
  return 'owner';
}

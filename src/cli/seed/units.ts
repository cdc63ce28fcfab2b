/**
 * The synthetic unit tree, breadth first so every parent comes before its children: the root
 * association (a province or one city), its departments, the cities and then counties below it,
 * their departments, societies (学会) and township associations (乡镇科协), cut at the requested
 * count. Plans are issued by every unit except departments.
 */
import { AppError } from '../../platform/errors.js';
import {
  cities,
  cityDepartments,
  countyDepartments,
  disciplines,
  provinceDepartments,
  townNames,
} from './places.js';

export type UnitLevel = 'province' | 'city' | 'county' | 'department' | 'society' | 'township';
export type SyntheticRoot = 'province' | 'city';

export interface UnitSpec {
  name: string;
  /** units.kind */
  kind: string;
  level: UnitLevel;
  /** Index of the parent in the list, or null for the root. */
  parent: number | null;
}

const kindOf: Record<UnitLevel, string> = {
  province: 'association',
  city: 'association',
  county: 'county',
  department: 'department',
  society: 'society',
  township: 'government',
};

export function buildUnitTree(count: number, root: SyntheticRoot): UnitSpec[] {
  const units: UnitSpec[] = [];
  const add = (name: string, level: UnitLevel, parent: number | null) => {
    if (units.length < count) units.push({ name, kind: kindOf[level], level, parent });
  };
  const indexes = (level: UnitLevel) => units.flatMap((u, i) => (u.level === level ? [i] : []));
  const departments = (level: UnitLevel, names: string[]) => {
    for (const i of indexes(level)) for (const name of names) add(name, 'department', i);
  };
  const shortName = (i: number) => units[i]?.name.replace(/科协$/, '') ?? '';
  const home = cities.find((c) => c.city === '滁州') ?? cities[0];
  if (!home) throw new Error('no cities');

  if (root === 'province') {
    add('安徽省科协', 'province', null);
    departments('province', provinceDepartments);
    for (const { city } of cities) add(`${city}市科协`, 'city', 0);
  } else {
    add(`${home.city}市科协`, 'city', null);
  }
  departments('city', cityDepartments);
  for (const c of indexes('city')) {
    const counties = cities.find((x) => `${x.city}市科协` === units[c]?.name)?.counties ?? [];
    for (const county of counties) add(`${county}科协`, 'county', c);
  }
  departments('county', countyDepartments);
  for (const parent of indexes(root)) {
    const prefix = shortName(parent);
    for (const d of disciplines) add(`${prefix}${d}学会`, 'society', parent);
  }
  if (root === 'province')
    for (const c of indexes('city'))
      for (const d of disciplines.slice(0, 25)) add(`${shortName(c)}${d}学会`, 'society', c);
  const counties = indexes('county');
  for (let round = 0; round < townNames.length && units.length < count; round++) {
    counties.forEach((c, k) => {
      const town = townNames[(k * 7 + round) % townNames.length] ?? '';
      add(`${shortName(c)}${town}${round % 4 === 3 ? '乡' : '镇'}科协`, 'township', c);
    });
  }
  if (units.length < count)
    throw new AppError(
      'bad_request',
      `单位数最多 ${units.length} 个 / at most ${units.length} units in a ${root} tree`,
    );
  return units;
}

import { describe, expect, it } from 'vitest';
import { defaultRules, type AdoptionLevel } from './info-scheme.js';
import { scoreUnits, type ScoringFacts } from './info-scoring.js';

const units = [
  { id: 1, name: '天长市科协' },
  { id: 2, name: '定远县科协' },
  { id: 3, name: '全椒县科协' },
];
const items = (unitId: number, n: number) => Array.from({ length: n }, () => ({ unitId }));
const adopted = (unitId: number, level: AdoptionLevel, n = 1) =>
  Array.from({ length: n }, () => ({ unitId, level }));

const cases: {
  name: string;
  facts: Omit<ScoringFacts, 'units'>;
  period: 'month' | 'year';
  expected: [string, number][];
}[] = [
  {
    name: 'nothing submitted: all 0, ordered by name in Chinese collation (ding < quan < tian)',
    facts: { items: [], adoptions: [], instructions: [] },
    period: 'month',
    expected: [
      ['定远县科协', 0],
      ['全椒县科协', 0],
      ['天长市科协', 0],
    ],
  },
  {
    name: 'points add submissions, adoptions by level and instructions',
    facts: {
      items: [...items(1, 3), ...items(2, 1)],
      adoptions: [...adopted(1, 'unit_website', 2), ...adopted(2, 'national_association')],
      instructions: [{ unitId: 3 }],
    },
    period: 'month',
    // 天长 3 + 2×2 = 7; 定远 1 + 15 = 16; 全椒 10
    expected: [
      ['定远县科协', 16],
      ['全椒县科协', 10],
      ['天长市科协', 7],
    ],
  },
  {
    name: 'a tie goes to more adoptions at the highest level, though fewer submissions',
    facts: {
      // 天长 5 items + 5 (市委市政府) = 10; 定远 2 items + 8 (省科协) = 10
      items: [...items(1, 5), ...items(2, 2)],
      adoptions: [...adopted(1, 'city_party_government'), ...adopted(2, 'provincial_association')],
      instructions: [],
    },
    period: 'month',
    expected: [
      ['定远县科协', 10],
      ['天长市科协', 10],
      ['全椒县科协', 0],
    ],
  },
  {
    name: 'equal points and adoptions: more submissions first',
    facts: {
      // 天长 one instruction = 10 with no submission; 全椒 10 submissions = 10
      items: items(3, 10),
      adoptions: [],
      instructions: [{ unitId: 1 }],
    },
    period: 'month',
    expected: [
      ['全椒县科协', 10],
      ['天长市科协', 10],
      ['定远县科协', 0],
    ],
  },
  {
    name: 'a year deducts 1 per missing item below 24 and adds 5 to the first unit',
    facts: {
      items: [...items(1, 24), ...items(2, 20), ...items(3, 30)],
      adoptions: [...adopted(2, 'national_association')],
      instructions: [],
    },
    period: 'year',
    // 天长 24 − 0 = 24; 定远 20 + 15 − 4 = 31 + 5 bonus = 36; 全椒 30
    expected: [
      ['定远县科协', 36],
      ['全椒县科协', 30],
      ['天长市科协', 24],
    ],
  },
];

describe('scoreUnits', () => {
  it.each(cases)('$name', ({ facts, period, expected }) => {
    const ranked = scoreUnits(defaultRules, { units, ...facts }, period);
    expect(ranked.map((s) => [s.unitName, s.total])).toEqual(expected);
    expect(ranked.map((s) => s.rank)).toEqual([1, 2, 3]);
  });

  it('reports the parts of a yearly score', () => {
    const [first, , last] = scoreUnits(
      defaultRules,
      { units, items: items(1, 26), adoptions: [], instructions: [{ unitId: 1 }] },
      'year',
    );
    expect(first).toMatchObject({ unitName: '天长市科协', points: 36, deduction: 0, bonus: 5 });
    expect(first?.total).toBe(41);
    // 定远 and 全椒 tie at −24 with nothing else: the name decides (ding before quan).
    expect(last).toMatchObject({
      unitName: '全椒县科协',
      points: 0,
      deduction: 24,
      bonus: 0,
      total: -24,
    });
  });

  it('ignores facts of units outside the ranking', () => {
    const ranked = scoreUnits(
      defaultRules,
      { units, items: items(9, 3), adoptions: adopted(9, 'unit_website'), instructions: [] },
      'month',
    );
    expect(ranked.every((s) => s.total === 0)).toBe(true);
  });
});

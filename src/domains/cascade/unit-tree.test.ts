import { describe, expect, it } from 'vitest';
import { isBelow, type UnitLink } from './unit-tree.js';

// 1 滁州市科协 → 2 天长市科协 → 4 天长某学会; 1 → 3 学会部; 5 unrelated root; 6 ↔ 7 a cycle.
const units: UnitLink[] = [
  { id: 1, parent_id: null },
  { id: 2, parent_id: 1 },
  { id: 3, parent_id: 1 },
  { id: 4, parent_id: 2 },
  { id: 5, parent_id: null },
  { id: 6, parent_id: 7 },
  { id: 7, parent_id: 6 },
];

describe('isBelow', () => {
  it.each([
    [2, 1, true],
    [4, 1, true],
    [4, 2, true],
    [1, 1, false],
    [1, 2, false],
    [3, 2, false],
    [5, 1, false],
    [2, null, true],
    [99, null, false],
    [99, 1, false],
    [6, 1, false],
    [6, 7, true],
  ] as const)('unit %s below %s → %s', (unit, ancestor, expected) => {
    expect(isBelow(units, unit, ancestor)).toBe(expected);
  });
});

/**
 * Scores information work per unit under a scheme, and ranks the units. Pure: the caller loads
 * the facts of one period (a month or a year); every fact counts in the period of its own date —
 * a submission by submitted_on, an adoption by adopted_on, an instruction by its date.
 *
 * Points = submissions × submissionPoints + Σ adoptions × adoptionPoints[level]
 *        + instructions × instructionPoints. A yearly score then subtracts
 * max(0, yearlyQuota − submissions) × deductionPerMissing and adds topUnitBonus to the unit ranked
 * first (the bonus never changes the order: that unit is already first).
 *
 * Tie rule, so that every ranking is a strict order: equal points → more adoptions at the highest
 * level first (中国科协, then 省科协, 市委市政府信息, 市科协网站, compared level by level), then more
 * submissions, then the unit name in Chinese collation order: a.localeCompare(b, 'zh-Hans-CN').
 */
import { adoptionLevels, type AdoptionLevel, type SchemeRules } from './info-scheme.js';

export interface ScoringUnit {
  id: number;
  name: string;
}

export interface ScoringFacts {
  units: ScoringUnit[];
  /** Submissions of the period, by unit. */
  items: { unitId: number }[];
  adoptions: { unitId: number; level: AdoptionLevel }[];
  instructions: { unitId: number }[];
}

export interface UnitScore {
  rank: number;
  unitId: number;
  unitName: string;
  submissions: number;
  adoptions: Record<AdoptionLevel, number>;
  instructions: number;
  /** Before deductions and bonus. */
  points: number;
  deduction: number;
  bonus: number;
  total: number;
}

const noAdoptions = (): Record<AdoptionLevel, number> => ({
  unit_website: 0,
  city_party_government: 0,
  provincial_association: 0,
  national_association: 0,
});

const highestFirst = [...adoptionLevels].reverse();

/** Negative when a ranks before b. */
export function compareScores(a: UnitScore, b: UnitScore): number {
  if (a.total !== b.total) return b.total - a.total;
  for (const level of highestFirst) {
    if (a.adoptions[level] !== b.adoptions[level]) return b.adoptions[level] - a.adoptions[level];
  }
  if (a.submissions !== b.submissions) return b.submissions - a.submissions;
  return a.unitName.localeCompare(b.unitName, 'zh-Hans-CN');
}

export function scoreUnits(
  rules: SchemeRules,
  facts: ScoringFacts,
  period: 'month' | 'year',
): UnitScore[] {
  const scores = new Map<number, UnitScore>(
    facts.units.map((u) => [
      u.id,
      {
        rank: 0,
        unitId: u.id,
        unitName: u.name,
        submissions: 0,
        adoptions: noAdoptions(),
        instructions: 0,
        points: 0,
        deduction: 0,
        bonus: 0,
        total: 0,
      },
    ]),
  );
  for (const item of facts.items) {
    const s = scores.get(item.unitId);
    if (s) s.submissions += 1;
  }
  for (const adoption of facts.adoptions) {
    const s = scores.get(adoption.unitId);
    if (s) s.adoptions[adoption.level] += 1;
  }
  for (const instruction of facts.instructions) {
    const s = scores.get(instruction.unitId);
    if (s) s.instructions += 1;
  }
  const ranked = [...scores.values()].map((s) => {
    const adopted = adoptionLevels.reduce(
      (sum, level) => sum + s.adoptions[level] * rules.adoptionPoints[level],
      0,
    );
    const points =
      s.submissions * rules.submissionPoints + adopted + s.instructions * rules.instructionPoints;
    const missing = Math.max(0, rules.yearlyQuota - s.submissions);
    const deduction = period === 'year' ? missing * rules.deductionPerMissing : 0;
    return { ...s, points, deduction, total: points - deduction };
  });
  ranked.sort(compareScores);
  const first = ranked[0];
  if (period === 'year' && first && rules.topUnitBonus > 0) {
    first.bonus = rules.topUnitBonus;
    first.total += rules.topUnitBonus;
  }
  return ranked.map((s, i) => ({ ...s, rank: i + 1 }));
}

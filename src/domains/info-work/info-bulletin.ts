/**
 * The data of a monthly information-work bulletin (信息工作通报): totals, each unit's figures in
 * name order, the ranking, and the notable items of the month — adoptions above the association's
 * own website and every leader's instruction, highest level first. Pure: no I/O.
 */
import { adoptionLevels, levelNames, type AdoptionLevel } from './info-scheme.js';
import type { UnitScore } from './info-scoring.js';
import type { InfoFacts } from './load-info-facts.js';

export type Notable =
  | {
      kind: 'adoption';
      itemId: number;
      title: string;
      unitName: string;
      level: AdoptionLevel;
      levelName: string;
      on: string;
    }
  | {
      kind: 'instruction';
      itemId: number;
      title: string;
      unitName: string;
      by: string;
      note: string;
      on: string;
    };

export function buildInfoBulletin(month: string, facts: InfoFacts, scores: UnitScore[]) {
  const nameOf = new Map(facts.units.map((u) => [u.id, u.name]));
  const ranked = facts.adoptions.filter((a) => nameOf.has(a.unitId));
  const adoptions = Object.fromEntries(
    adoptionLevels.map((level) => [level, ranked.filter((a) => a.level === level).length]),
  );
  const notableAdoptions: Notable[] = ranked
    .filter((a) => a.level !== 'unit_website')
    .sort((a, b) => adoptionLevels.indexOf(b.level) - adoptionLevels.indexOf(a.level))
    .map((a) => ({
      kind: 'adoption',
      itemId: a.itemId,
      title: a.title,
      unitName: nameOf.get(a.unitId) ?? '',
      level: a.level,
      levelName: levelNames[a.level],
      on: a.on,
    }));
  const notableInstructions: Notable[] = facts.instructions
    .filter((n) => nameOf.has(n.unitId))
    .map((n) => ({
      kind: 'instruction',
      itemId: n.itemId,
      title: n.title,
      unitName: nameOf.get(n.unitId) ?? '',
      by: n.by,
      note: n.note,
      on: n.on,
    }));
  const sum = (f: (s: UnitScore) => number) => scores.reduce((t, s) => t + f(s), 0);
  return {
    month,
    totals: {
      units: scores.length,
      submissions: sum((s) => s.submissions),
      adoptions,
      instructions: sum((s) => s.instructions),
      points: sum((s) => s.total),
    },
    byUnit: [...scores].sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-Hans-CN')),
    ranking: scores.map((s) => ({
      rank: s.rank,
      unitId: s.unitId,
      unitName: s.unitName,
      total: s.total,
    })),
    notable: [...notableInstructions, ...notableAdoptions],
  };
}

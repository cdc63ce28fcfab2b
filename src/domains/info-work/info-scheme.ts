/**
 * The assessment scheme (信息工作考核方案): how submissions, adoptions and instructions turn into
 * points, the yearly quota per unit and the bonus for the top unit. It is data the administrator
 * edits per year; a year without a stored scheme uses the default below. Pure: no I/O.
 */
import { z } from 'zod';

/** Adoption levels, lowest first: 市科协网站, 市委市政府信息, 省科协, 中国科协. */
export const adoptionLevels = [
  'unit_website',
  'city_party_government',
  'provincial_association',
  'national_association',
] as const;
export type AdoptionLevel = (typeof adoptionLevels)[number];

export const levelNames: Record<AdoptionLevel, string> = {
  unit_website: '市科协网站',
  city_party_government: '市委市政府信息',
  provincial_association: '省科协',
  national_association: '中国科协',
};

export function isAdoptionLevel(value: string): value is AdoptionLevel {
  return (adoptionLevels as readonly string[]).includes(value);
}

const points = z.number().int().min(0).max(1000);

/** The editable rules; also the body of PUT /api/info-schemes/:year (with an optional version). */
export const schemeRules = z.object({
  submissionPoints: points,
  adoptionPoints: z.object({
    unit_website: points,
    city_party_government: points,
    provincial_association: points,
    national_association: points,
  }),
  instructionPoints: points,
  /** Items each unit is expected to submit in the year. */
  yearlyQuota: z.number().int().min(0).max(10_000),
  /** Points deducted per missing item at year end. */
  deductionPerMissing: points,
  /** Added to the first unit of the yearly ranking. */
  topUnitBonus: points,
});
export type SchemeRules = z.infer<typeof schemeRules>;

export const defaultRules: SchemeRules = {
  submissionPoints: 1,
  adoptionPoints: {
    unit_website: 2,
    city_party_government: 5,
    provincial_association: 8,
    national_association: 15,
  },
  instructionPoints: 10,
  yearlyQuota: 24,
  deductionPerMissing: 1,
  topUnitBonus: 5,
};

/** Stored JSON back to rules; rules stored by an older shape fall back to the default's fields. */
export function parseRules(json: string): SchemeRules {
  const parsed = schemeRules.partial().safeParse(JSON.parse(json));
  return parsed.success ? { ...defaultRules, ...parsed.data } : defaultRules;
}

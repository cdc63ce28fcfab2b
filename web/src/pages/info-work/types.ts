export type AdoptionLevel =
  'unit_website' | 'city_party_government' | 'provincial_association' | 'national_association';
export const adoptionLevels: AdoptionLevel[] = [
  'unit_website',
  'city_party_government',
  'provincial_association',
  'national_association',
];

export interface InfoItem {
  id: number;
  unitId: number;
  unitName: string;
  title: string;
  submittedOn: string;
  adoptionLevel: AdoptionLevel | null;
}

export interface RankingRow {
  rank: number;
  unitId: number;
  unitName: string;
  submissions: number;
  adoptions: Record<AdoptionLevel, number>;
  instructions: number;
  points: number;
  deduction: number;
  bonus: number;
  total: number;
}

export interface Scheme {
  year: number;
  submissionPoints: number;
  adoptionPoints: Record<AdoptionLevel, number>;
  instructionPoints: number;
  yearlyQuota: number;
  deductionPerMissing: number;
  topUnitBonus: number;
  stored: boolean;
  version: number;
}

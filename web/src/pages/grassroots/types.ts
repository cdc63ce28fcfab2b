export type PaceStatus = 'met' | 'on_pace' | 'behind';

export interface PersonTotal {
  personId: number;
  personName: string;
  category: 'leading' | 'staff';
  minimum: number;
  days: number;
  expected: number;
  status: PaceStatus;
  monthly: number[];
}

export interface Totals {
  year: number;
  today: string;
  items: PersonTotal[];
}

export interface Visit {
  id: number;
  personId: number;
  personName?: string;
  startDate: string;
  endDate: string;
  days: number;
  place: string;
  purpose: string;
  voided: boolean;
}

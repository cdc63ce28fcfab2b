/**
 * Row types of the infowork tables. An information item (信息, in schema.ts) may be adopted at
 * several levels — a piece taken by 市科协网站 and later by 省科协 earns both — so adoptions are
 * their own rows rather than one column; instructions (批示) likewise. The assessment scheme
 * (信息工作考核方案) is data the administrator edits, one versioned row per year, rules as JSON.
 */
import type { Generated } from 'kysely';
import type { CreatedAt, Id } from './columns.js';

/** 采用: one item taken up at one level; (item_id, level) is unique. */
export interface InformationAdoptionTable {
  id: Id;
  item_id: number;
  /** unit_website | city_party_government | provincial_association | national_association */
  level: string;
  adopted_on: string;
  recorded_by: number | null;
  created_at: CreatedAt;
}

/** 批示: a leader's written instruction on an item. */
export interface InformationInstructionTable {
  id: Id;
  item_id: number;
  /** The leader's title or name as written (e.g. 市委书记). */
  given_by: string;
  note: string;
  given_on: string;
  recorded_by: number | null;
  created_at: CreatedAt;
}

/** 信息工作考核方案 of one year. */
export interface InfoSchemeTable {
  id: Id;
  year: number;
  /** JSON: the rules (info-scheme.ts). */
  rules: string;
  updated_by: number | null;
  updated_at: string;
  version: Generated<number>;
  created_at: CreatedAt;
}

export interface InfoWorkTables {
  information_adoptions: InformationAdoptionTable;
  information_instructions: InformationInstructionTable;
  info_schemes: InfoSchemeTable;
}

/** Information items and schemes as JSON; the only place their rows become API shapes. */
import type { InfoItemDetail, InfoItemRow } from './get-info-item.js';
import type { InfoScheme } from './get-info-scheme.js';
import { isAdoptionLevel, levelNames } from './info-scheme.js';

export function presentInfoItem(row: InfoItemRow) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    submittedBy: row.submitted_by,
    title: row.title,
    content: row.content,
    submittedOn: row.submitted_on,
    /** The highest level adopted so far, or null. */
    adoptionLevel: row.adoption_level,
    createdAt: row.created_at,
  };
}

export function presentInfoItemDetail(detail: InfoItemDetail) {
  return {
    ...presentInfoItem(detail.item),
    adoptions: detail.adoptions.map((a) => ({
      id: a.id,
      level: a.level,
      levelName: isAdoptionLevel(a.level) ? levelNames[a.level] : a.level,
      adoptedOn: a.adopted_on,
      recordedBy: a.recorded_by,
    })),
    instructions: detail.instructions.map((n) => ({
      id: n.id,
      by: n.given_by,
      note: n.note,
      on: n.given_on,
      recordedBy: n.recorded_by,
    })),
  };
}

export function presentInfoScheme(scheme: InfoScheme) {
  return {
    year: scheme.year,
    ...scheme.rules,
    stored: scheme.stored,
    version: scheme.version,
    updatedBy: scheme.updatedBy,
    updatedAt: scheme.updatedAt,
  };
}

/** Response shapes the pages use, as in the OpenAPI document (/api/openapi.json). */

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Ref {
  id: number;
  name: string;
}

/** The kinds of unit the directory knows (labels in the shared namespace, unitKinds.*). */
export const unitKinds = ['department', 'association', 'county', 'society', 'government'] as const;

/** A unit of the directory (GET /api/units). */
export interface Unit {
  id: number;
  name: string;
  parentId: number | null;
  kind: string;
  version: number;
}

/** A person of the directory (GET /api/people). */
export interface Person {
  id: number;
  name: string;
  unitId: number;
  title: string | null;
  version: number;
}

export type Light = 'done' | 'green' | 'yellow' | 'red';

export interface Notice {
  docNumber: string | null;
  title: string | null;
  recipients: string[];
  issueDate: string | null;
  copyTo: string[];
}

export interface PlanSummary {
  id: number;
  year: number;
  title: string;
  state: 'draft' | 'published' | 'closed';
  parentPlanId: number | null;
  issuingUnitId: number | null;
  notice: Notice;
  version: number;
  taskCount: number;
  owners: string[];
  leaders: string[];
}

export interface Deadline {
  text: string | null;
  start: string | null;
  due: string | null;
  recurring: string | null;
}

export interface TaskRow {
  id: number;
  planId: number;
  no: number;
  content: string;
  keyTaskNo: number | null;
  owner: Ref | null;
  department: Ref | null;
  owners: Ref[];
  leadDepartments: Ref[];
  coDepartments: Ref[];
  leader: Ref | null;
  deadline: Deadline;
  notes: string | null;
  status: string;
  light: { light: Light; reason: string };
  version: number;
  updatedAt: string;
}

/**
 * Which progress reports count. A returned report (退回) counts as none: its month still owes a
 * report, for the light, the reminders, the bulletin, the assessment and the dashboard alike.
 * Every query over progress_reports that asks "was the month reported?" adds this condition.
 */
import { sql, type SqlBool } from 'kysely';

/** `.where(reportCounts)` on a query that selects from progress_reports (not aliased). */
export const reportCounts = sql<SqlBool>`progress_reports.state <> 'returned'`;

/** Row types of the tracking tables: task_assignees, milestones, occurrences (recurring obligations). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TrackingTables {}

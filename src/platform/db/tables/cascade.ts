/** Row types of the cascade tables: links from a subordinate unit's tasks to the parent plan's key tasks. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CascadeTables {}

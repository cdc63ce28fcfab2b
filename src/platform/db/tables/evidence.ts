/** Row types of the evidence tables: attachments, indicator_snapshots. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EvidenceTables {}

/** Row types of the infowork tables: information-work assessment schemes and adoptions. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InfoWorkTables {}

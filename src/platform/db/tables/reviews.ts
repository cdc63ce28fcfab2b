/** Row types of the reviews tables: extension_requests, month_closes, inbox_views. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReviewTables {}

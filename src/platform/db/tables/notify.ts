/** Row types of the notify tables: notifications, webhooks, webhook_deliveries. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NotifyTables {}

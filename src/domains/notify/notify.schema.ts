/** Inputs of the notification and webhook routes. */
import { z } from 'zod';
import { pageQuery } from '../../platform/http/paging.js';
import { limits } from '../../platform/limits.js';
import { reminderKinds } from './reminder-rules.js';
import { webhookFormats } from './webhook-formats.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

export const idParams = z.object({ id: positiveIntParam });

export const notificationListQuery = pageQuery.extend({
  /** ?unread=1: only notifications not yet read. */
  unread: z.stringbool().optional(),
});

export const deliveryListQuery = pageQuery.extend({
  state: z.enum(['pending', 'delivered', 'failed']).optional(),
});

const webhookFields = {
  name: z.string().trim().min(1).max(limits.nameLength),
  /** http or https; an intranet receiver may be named by its IP address. */
  url: z.url({ protocol: z.regexes.httpProtocol }).max(2000),
  format: z.enum(webhookFormats),
  /** Subscribed reminder kinds; repeats are dropped. */
  events: z
    .array(z.enum(reminderKinds))
    .min(1)
    .max(reminderKinds.length * 2)
    .transform((events) => [...new Set(events)]),
  active: z.boolean(),
};
const secret = z.string().trim().min(1).max(200);

export const createWebhookBody = z
  .object({ ...webhookFields, secret: secret.optional() })
  .partial({ active: true });
export type CreateWebhookInput = z.infer<typeof createWebhookBody>;

export const updateWebhookBody = z
  .object({
    ...webhookFields,
    /** null removes the secret. */
    secret: secret.nullable(),
    version: positiveInt,
  })
  .partial()
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), {
    message: '没有要修改的字段 / nothing to change',
  });
export type UpdateWebhookInput = z.infer<typeof updateWebhookBody>;

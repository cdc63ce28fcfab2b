/**
 * A unit's bulletin settings (通报设置): whoever may read the unit reads them; its administrators
 * set them as a whole, with If-Match or a body version when they send one.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { getUnit } from '../org/get-unit.js';
import { unitPolicy } from '../org/org.policy.js';
import { bulletinSettingsBody, unitParams } from './bulletin-settings.schema.js';
import { getBulletinSettings, updateBulletinSettings } from './bulletin-settings.js';

const tags = ['bulletins'];

export const bulletinSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/units/:id/bulletin-settings',
    { schema: { tags, params: unitParams } },
    async (request, reply) => {
      const unit = await getUnit({ db, id: request.params.id });
      authorize(unitPolicy, await accessOf(db, request), 'read', unit);
      return sendVersioned(reply, await getBulletinSettings({ db, unit }));
    },
  );

  app.put(
    '/api/units/:id/bulletin-settings',
    { schema: { tags, params: unitParams, body: bulletinSettingsBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const unit = await getUnit({ db, id: request.params.id });
      authorize(unitPolicy, access, 'update', unit);
      const { version, ...input } = request.body;
      const sent = request.headers['if-match'] !== undefined || version !== undefined;
      const settings = await updateBulletinSettings({
        db,
        actor: access.actor,
        unit,
        input,
        expected: sent ? expectedVersion(request, version) : null,
        now: app.clock(),
      });
      return sendVersioned(reply, settings);
    },
  );
};

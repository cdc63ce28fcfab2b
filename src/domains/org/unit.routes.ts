/** Units (单位/部室): the tree every scope is cut from. Everyone reads; administrators shape it. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { createUnit } from './create-unit.js';
import { findUnits } from './find-units.js';
import { getUnit } from './get-unit.js';
import { unitPolicy } from './org.policy.js';
import { presentUnit, presentUnitTree } from './org.presenter.js';
import { idParams, unitBody, unitListQuery, unitPatch } from './org.schema.js';
import { updateUnit } from './update-unit.js';

const tags = ['units'];

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/units',
    { config: { shape: 'list' }, schema: { tags, querystring: unitListQuery } },
    async (request) => {
      const access = await accessOf(db, request);
      const units = await findUnits({ db, scope: access.scope });
      const items = request.query.tree ? presentUnitTree(units) : units.map(presentUnit);
      return { items, total: units.length };
    },
  );

  app.get('/api/units/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    const access = await accessOf(db, request);
    const unit = await getUnit({ db, id: request.params.id });
    authorize(unitPolicy, access, 'read', unit);
    return sendVersioned(reply, presentUnit(unit));
  });

  app.post(
    '/api/units',
    { config: { status: 201 }, schema: { tags, body: unitBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      authorize(unitPolicy, access, 'create', { id: null, parent_id: request.body.parentId });
      const unit = await createUnit({ db, actor: access.actor, input: request.body });
      return sendVersioned(reply, presentUnit(unit));
    },
  );

  app.patch(
    '/api/units/:id',
    { schema: { tags, params: idParams, body: unitPatch } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const unit = await getUnit({ db, id: request.params.id });
      authorize(unitPolicy, access, 'update', unit);
      const { parentId } = request.body;
      if (parentId !== undefined && parentId !== unit.parent_id) {
        authorize(unitPolicy, access, 'create', { id: unit.id, parent_id: parentId });
      }
      const expected = expectedVersion(request, request.body.version);
      const changes = request.body;
      const updated = await updateUnit({ db, actor: access.actor, id: unit.id, changes, expected });
      return sendVersioned(reply, presentUnit(updated));
    },
  );
};

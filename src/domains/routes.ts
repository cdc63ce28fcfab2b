/** Every domain's HTTP routes, registered in one place. */
import type { FastifyInstance } from 'fastify';
import { assessmentRoutes } from './assessment/assessment.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { bulletinRoutes } from './bulletin/bulletin.routes.js';
import { cascadeRoutes } from './cascade/cascade.routes.js';
import { dashboardRoutes } from './dashboard/dashboard.routes.js';
import { attachmentRoutes } from './evidence/attachment.routes.js';
import { evidenceRoutes } from './evidence/evidence.routes.js';
import { grassrootsRoutes } from './grassroots/grassroots.routes.js';
import { importRoutes } from './import/import.routes.js';
import { infoWorkRoutes } from './info-work/info-work.routes.js';
import { ledgerRoutes } from './ledger/ledger.routes.js';
import { notifyRoutes } from './notify/notify.routes.js';
import { orgRoutes } from './org/org.routes.js';
import { sessionRoutes } from './org/session.routes.js';
import { planRoutes } from './plan/plan.routes.js';
import { reportRoutes } from './report/report.routes.js';
import { reviewRoutes } from './review/review.routes.js';
import { tableExportRoutes } from './table-export/table-export.routes.js';
import { taskRoutes } from './task/task.routes.js';

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  await app.register(sessionRoutes);
  await app.register(orgRoutes);
  await app.register(planRoutes);
  await app.register(taskRoutes);
  await app.register(ledgerRoutes).register(reportRoutes);
  await app.register(importRoutes);
  await app.register(auditRoutes);
  await app.register(notifyRoutes);
  await app.register(reviewRoutes);
  await app.register(attachmentRoutes);
  await app.register(evidenceRoutes);
  await app.register(dashboardRoutes);
  await app.register(grassrootsRoutes);
  await app.register(infoWorkRoutes);
  await app.register(cascadeRoutes);
  await app.register(bulletinRoutes);
  await app.register(assessmentRoutes);
  await app.register(tableExportRoutes);
}

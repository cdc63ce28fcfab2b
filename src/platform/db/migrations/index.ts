/** Versioned migrations, applied in name order on start. Add new ones at the end; never edit old ones. */
import type { Migration, MigrationProvider } from 'kysely/migration';
import type { DatabaseKind } from '../../config.js';
import { initialMigration } from './0001-initial.js';
import { accessMigration } from './0002-access.js';
import { trackingMigration } from './0003-tracking.js';
import { reviewsMigration } from './0004-reviews.js';
import { notifyMigration } from './0005-notify.js';
import { evidenceMigration } from './0006-evidence.js';
import { infoWorkMigration } from './0007-info-work.js';
import { grassrootsMigration } from './0008-grassroots.js';
import { cascadeMigration } from './0009-cascade.js';
import { idempotencyMigration } from './0010-idempotency.js';
import { assessmentMigration } from './0011-assessment.js';
import { scaleIndexesMigration } from './0012-scale-indexes.js';
import { ledgerTotalsByDateMigration } from './0013-ledger-totals-by-date.js';
import { planTableColumnsMigration } from './0014-plan-table-columns.js';
import { selfReviewMigration } from './0015-self-review.js';
import { completionRequestsMigration } from './0016-completion-requests.js';
import { passwordChangeMigration } from './0017-password-change.js';
import { bulletinIssueMigration } from './0018-bulletin-issue.js';
import { auditChainsMigration } from './0019-audit-chains.js';
import { storedTotalsMigration } from './0020-stored-totals.js';

export function migrationProvider(kind: DatabaseKind): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initialMigration(kind),
    '0002-access': accessMigration(kind),
    '0003-tracking': trackingMigration(kind),
    '0004-reviews': reviewsMigration(kind),
    '0005-notify': notifyMigration(kind),
    '0006-evidence': evidenceMigration(kind),
    '0007-info-work': infoWorkMigration(kind),
    '0008-grassroots': grassrootsMigration(kind),
    '0009-cascade': cascadeMigration(kind),
    '0010-idempotency': idempotencyMigration(kind),
    '0011-assessment': assessmentMigration(kind),
    '0012-scale-indexes': scaleIndexesMigration(),
    '0013-ledger-totals-by-date': ledgerTotalsByDateMigration(),
    '0014-plan-table-columns': planTableColumnsMigration(),
    '0015-self-review': selfReviewMigration(),
    '0016-completion-requests': completionRequestsMigration(kind),
    '0017-password-change': passwordChangeMigration(),
    '0018-bulletin-issue': bulletinIssueMigration(kind),
    '0019-audit-chains': auditChainsMigration(),
    '0020-stored-totals': storedTotalsMigration(),
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}

/**
 * Row types of the evidence tables. Attachments are the files behind a ledger entry (名单, 照片,
 * 通知); the bytes live in the database itself so that one backup carries the whole record, and
 * rows are never updated or deleted (evidence is never removed). An indicator's history needs no
 * table: it is recomputed from the ledger, which is append-only.
 */
import type { ColumnType } from 'kysely';
import type { CreatedAt, Id } from './columns.js';

export interface AttachmentTable {
  id: Id;
  /** Exactly one of the three owners is set (0016): a ledger entry, a report, a completion request. */
  ledger_entry_id: number | null;
  /** The uploaded name made safe (no path parts or control characters), Chinese kept. */
  name: string;
  /** Bytes. */
  size: number;
  /** The MIME type of the checked extension, never the one the browser claimed. */
  content_type: string;
  /** Lower-case hex. */
  sha256: string;
  /** BLOB on SQLite, bytea on PostgreSQL; selected only when the file is downloaded. */
  content: ColumnType<Buffer, Buffer, never>;
  uploaded_by: number | null;
  created_at: CreatedAt;
  progress_report_id: number | null;
  completion_request_id: number | null;
}

export interface EvidenceTables {
  attachments: AttachmentTable;
}

/**
 * Row type of idempotency_keys (migration 0010): the first response to a write sent with an
 * `Idempotency-Key`, replayed to retries for 24 hours.
 */
export interface IdempotencyKeyTable {
  user_id: number;
  /** As the client sent it: 1–200 printable ASCII characters. */
  key: string;
  /** sha256 of method, path and body: the same key with another request is refused. */
  request_hash: string;
  /** The first audited record of the write (audit entity and id). */
  entity: string | null;
  entity_id: number | null;
  /** Null between the write's commit and the response being stored (or after a crash there). */
  status: number | null;
  /** JSON object of the replayed headers (content-type, etag, location). */
  headers: string | null;
  body: string | null;
  created_at: string;
}

export interface IdempotencyTables {
  idempotency_keys: IdempotencyKeyTable;
}

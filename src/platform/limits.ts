/**
 * Shared input limits, in one place so that schemas, readers and the UI agree. Upload sizes of
 * notices live in domains/import/readers/limits.ts beside the readers that enforce them.
 */
export const limits = {
  /** Names of people, units, users, tokens. */
  nameLength: 100,
  /** Titles and short texts (task content, section headings). */
  titleLength: 500,
  /** Long texts: progress reports, item bodies, comments. */
  textLength: 20_000,
  /** JSON request bodies. */
  bodyBytes: 1024 * 1024,
  /** Page size of list endpoints. */
  maxPageSize: 500,
  defaultPageSize: 50,
} as const;

/**
 * What an attachment may be, in one place so the upload route, the checks and the UI agree.
 * Attachments are evidence for a ledger entry: scans, photos, name lists, notices. The type is
 * decided by the extension AND the leading bytes, never by the browser's claimed type, so that an
 * .exe renamed to .pdf is refused and a download is served with the type that was checked.
 */

const MB = 1024 * 1024;

/** Per file: a scanned multi-page notice or a few phone photos fit; a video does not. */
export const ATTACHMENT_MAX_BYTES = 10 * MB;

/** Per ledger entry: a day's evidence, not an archive. 20 × 10 MB bounds one entry at 200 MB. */
export const ATTACHMENTS_PER_ENTRY = 20;

/** Stored names are cut to this many characters (code points), keeping the extension. */
export const ATTACHMENT_NAME_LENGTH = 120;

export type MagicKind = 'pdf' | 'jpeg' | 'png' | 'zip' | 'ole2' | 'text';

export interface AllowedType {
  contentType: string;
  /** Which leading bytes the file must have. */
  magic: MagicKind;
  /** For Office zip formats: the folder the package must contain (word/ or xl/). */
  zipFolder?: string;
}

/** Lower-case extension → how it is checked and served. */
export const ALLOWED_TYPES: Readonly<Record<string, AllowedType>> = {
  pdf: { contentType: 'application/pdf', magic: 'pdf' },
  jpg: { contentType: 'image/jpeg', magic: 'jpeg' },
  jpeg: { contentType: 'image/jpeg', magic: 'jpeg' },
  png: { contentType: 'image/png', magic: 'png' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: 'zip',
    zipFolder: 'word/',
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: 'zip',
    zipFolder: 'xl/',
  },
  doc: { contentType: 'application/msword', magic: 'ole2' },
  xls: { contentType: 'application/vnd.ms-excel', magic: 'ole2' },
  // Offices still save GBK text, so the charset is left for the reader to detect.
  txt: { contentType: 'text/plain', magic: 'text' },
};

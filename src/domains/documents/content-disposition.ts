/**
 * Content-Disposition for downloads with Chinese names: an ASCII fallback in filename= for old
 * clients and the real name in filename* (RFC 5987/6266, UTF-8, percent-encoded). Pure.
 */

/** RFC 5987 attr-char allows fewer characters than encodeURIComponent leaves alone. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function asciiFallback(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).replace(/[^\x20-\x7e]/g, '') : '';
  const stem = (dot > 0 ? name.slice(0, dot) : name)
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  return `${stem}${extension.replace(/["\\%;]/g, '_')}`;
}

export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment') {
  return `${type}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

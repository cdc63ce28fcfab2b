/**
 * Showing API failures: field errors next to their antd Form field (details[].field such as
 * "body.dueDate" or "body.owners.0.name"), the rest as a message; conflicts as a reload dialog.
 */
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { currentLanguage } from '../i18n';
import { appNs } from './messages';

/** Server messages read "中文 / English": show the half in the current language. */
export function localMessage(message: string): string {
  const [zh, en] = message.split(' / ');
  if (en === undefined || zh === undefined) return message;
  return currentLanguage() === 'en' ? en : zh;
}

/** "body.owners.0.name" → ["owners", 0, "name"]; request parts other than the body keep their name. */
export function fieldPath(field: string): (string | number)[] {
  const parts = field.split('.').filter(Boolean);
  const rest = parts[0] === 'body' || parts[0] === 'querystring' ? parts.slice(1) : parts;
  return rest.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function fieldNames(form: FormInstance): Set<string> {
  const values: unknown = form.getFieldsValue(true);
  return new Set(typeof values === 'object' && values ? Object.keys(values) : []);
}

/**
 * Puts each detail on the form field it names (when the form has it) and returns what is left
 * to show elsewhere, or null when every problem was placed on a field.
 */
export function applyApiError(form: FormInstance, err: unknown): string | null {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  const known = fieldNames(form);
  const placed = err.details.flatMap((d) => {
    const path = fieldPath(d.field ?? d.path ?? '');
    const head = path[0];
    return typeof head === 'string' && known.has(head)
      ? [{ name: path, errors: [localMessage(d.message)] }]
      : [];
  });
  form.setFields(placed);
  if (placed.length > 0 && placed.length === err.details.length) return null;
  return localMessage(err.message);
}

/**
 * A version conflict: the record changed since it was read (412 for If-Match, or 409 naming the
 * stale version). Any other 409 (already reported, already decided) is the server's own message.
 */
export function isConflict(err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  if (err.status === 412) return true;
  return (
    err.status === 409 &&
    (/stale|version/i.test(err.code) ||
      err.details.some((d) => /(^|\.)version$/.test(d.field ?? d.path ?? '')))
  );
}

/** `report(err)` shows an error message; conflicts open the "someone else changed it" dialog. */
export function useErrorReporter(
  onReload?: () => void,
): (err: unknown, form?: FormInstance) => void {
  const { message, modal } = App.useApp();
  const { t } = useTranslation(appNs);
  return useCallback(
    (err: unknown, form?: FormInstance) => {
      if (isConflict(err)) {
        modal.confirm({
          title: t('conflict.title'),
          content: t('conflict.content'),
          okText: t('conflict.reload'),
          cancelText: t('conflict.cancel'),
          onOk: onReload,
          className: 'conflict-dialog',
        });
        return;
      }
      // Any other 409 (already reported, already decided) reads as the server words it.
      const whole = err instanceof ApiError && err.status === 409;
      const rest = form && !whole ? applyApiError(form, err) : errorText(err);
      if (rest) void message.error(rest);
    },
    [message, modal, t, onReload],
  );
}

export function errorText(err: unknown): string {
  if (err instanceof ApiError) return localMessage(err.message);
  return err instanceof Error ? err.message : String(err);
}

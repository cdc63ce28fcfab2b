/**
 * A modal form that sends its values to one API path and closes with the server's answer (null
 * when cancelled); field errors land on their fields, conflicts offer `onReload`.
 */
import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { apiFetch, type ApiOptions } from '../api/client';
import { useErrorReporter } from '../app/errors';

interface Props<T> {
  id: string;
  title: string;
  path: string;
  method?: ApiOptions['method'];
  ifMatch?: number;
  initialValues?: Record<string, unknown>;
  /** Shapes the values before sending (drop empty fields, convert). */
  toBody?: (values: Record<string, unknown>) => unknown;
  onClose: (result: T | null) => void;
  /** Called when the record changed under the user and they choose to reload. */
  onReload?: () => void;
  width?: number;
  children: ReactNode;
}

export function FormModal<T>(props: Props<T>) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter(props.onReload);

  const save = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      const body = props.toBody ? props.toBody(values) : values;
      const options: ApiOptions = { method: props.method ?? 'POST', body };
      if (props.ifMatch !== undefined) options.ifMatch = props.ifMatch;
      props.onClose(await apiFetch<T>(props.path, options));
    } catch (err) {
      report(err, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={props.title}
      okButtonProps={{ htmlType: 'submit', form: props.id, loading: busy }}
      onCancel={() => props.onClose(null)}
      destroyOnHidden
      width={props.width}
    >
      <Form
        id={props.id}
        form={form}
        layout="vertical"
        initialValues={props.initialValues ?? {}}
        onFinish={(v) => void save(v)}
      >
        {props.children}
      </Form>
    </Modal>
  );
}

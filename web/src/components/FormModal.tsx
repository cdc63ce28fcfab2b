/**
 * A modal form that sends its values to one API path and closes with the server's answer (null
 * when cancelled); field errors land on their fields, conflicts offer `onReload`.
 */
import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { apiFetch, type ApiOptions } from '../api/client';
import { useFormSubmit } from './useFormSubmit';

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

  const { busy, submit: save } = useFormSubmit(
    form,
    async (values: Record<string, unknown>) => {
      const body = props.toBody ? props.toBody(values) : values;
      const options: ApiOptions = { method: props.method ?? 'POST', body };
      if (props.ifMatch !== undefined) options.ifMatch = props.ifMatch;
      props.onClose(await apiFetch<T>(props.path, options));
    },
    props.onReload,
  );

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
        onFinish={save}
      >
        {props.children}
      </Form>
    </Modal>
  );
}

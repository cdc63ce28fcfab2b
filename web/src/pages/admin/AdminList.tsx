/** A list of the administration page: an "add" button, an optional notice, then the table. */
import { Button, Space, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';

interface Props<T> extends TableProps<T> {
  addLabel: string;
  onAdd: () => void;
  notice?: ReactNode;
  /** More buttons beside "add". */
  actions?: ReactNode;
}

export function AdminList<T extends { id: number }>({
  addLabel,
  onAdd,
  notice,
  actions,
  ...table
}: Props<T>) {
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={onAdd}>
          {addLabel}
        </Button>
        {actions}
      </Space>
      {notice}
      <Table<T>
        size="small"
        rowKey="id"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        {...table}
      />
    </>
  );
}

/** A list of the administration page: an "add" button, an optional notice, then the table. */
import { Button, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';

interface Props<T> extends TableProps<T> {
  addLabel: string;
  onAdd: () => void;
  notice?: ReactNode;
}

export function AdminList<T extends { id: number }>({
  addLabel,
  onAdd,
  notice,
  ...table
}: Props<T>) {
  return (
    <>
      <Button type="primary" onClick={onAdd} style={{ marginBottom: 12 }}>
        {addLabel}
      </Button>
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

import { describe, expect, it } from 'vitest';
import { parseTableColumns, tableColumnSpecs, tableColumnsJson } from './table-columns.js';

describe('tableColumnSpecs', () => {
  it('maps each header as written to the field the importer reads it into', () => {
    expect(tableColumnSpecs(['序号', '重点工作', '说明', '责任单位', '完成时限（截止）'])).toEqual([
      { header: '序号', field: 'no' },
      { header: '重点工作', field: 'content' },
      { header: '说明', field: null },
      { header: '责任单位', field: 'department' },
      { header: '完成时限（截止）', field: 'deadline' },
    ]);
  });

  it('maps a repeated column to no field, as only the first is read', () => {
    expect(tableColumnSpecs(['工作任务', '责任单位', '责任部门'])).toEqual([
      { header: '工作任务', field: 'content' },
      { header: '责任单位', field: 'department' },
      { header: '责任部门', field: null },
    ]);
  });

  it('reads 具体内容 as the content when 改革事项 names the task beside it', () => {
    expect(tableColumnSpecs(['序号', '改革事项', '具体内容', '牵头部门', '推广范围'])).toEqual([
      { header: '序号', field: 'no' },
      { header: '改革事项', field: null },
      { header: '具体内容', field: 'content' },
      { header: '牵头部门', field: 'department' },
      { header: '推广范围', field: null },
    ]);
  });
});

describe('stored table columns', () => {
  it('read back as written, and as none for a notice without a table', () => {
    const json = tableColumnsJson(['序号', '工作任务', '备注']);
    expect(parseTableColumns(json)).toEqual(tableColumnSpecs(['序号', '工作任务', '备注']));
    expect(tableColumnsJson([])).toBeNull();
    expect(parseTableColumns(null)).toBeNull();
  });

  it('refuses a field the importer does not know', () => {
    expect(() => parseTableColumns('[{"header":"序号","field":"serial"}]')).toThrow(/field/);
  });
});

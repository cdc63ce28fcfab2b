import { describe, expect, it } from 'vitest';
import {
  isGenericOwner,
  looksLikeDepartment,
  readNameList,
  readRoleClause,
  resolveGroups,
} from './departments.js';

describe('department names', () => {
  it.each([
    '教育部',
    '人力资源社会保障部',
    '国家发展改革委',
    '市财政局',
    '省教育厅',
    '基层司',
    '国务院办公厅督查室',
    '县科协',
    '市人民政府办公室',
    '中国人民银行',
    '国家发展和改革委员会',
  ])('reads %s as a department', (name) => {
    expect(looksLikeDepartment(name)).toBe(true);
  });

  it.each([
    '有关部门',
    '相关部门',
    '有关单位',
    '各地',
    '各地区',
    '各有关部门',
    '各级政府',
    '各县市区',
  ])('never takes %s for one', (name) => {
    expect(isGenericOwner(name)).toBe(true);
    expect(looksLikeDepartment(name)).toBe(false);
  });

  it.each([
    '加快推进',
    '全社会',
    '医共体',
    '组织实施',
    '主要负责同志',
    '2020年',
    '党员干部',
    '学会',
    '科技工作者座谈会',
  ])('does not take %s for a department', (name) => {
    expect(looksLikeDepartment(name)).toBe(false);
  });
});

describe('lists of names', () => {
  it.each([
    ['民政部、财政部等', ['民政部', '财政部']],
    ['市财政局和市统计局', ['市财政局', '市统计局']],
    ['住房和城乡建设部', ['住房和城乡建设部']],
    ['国家发展和改革委员会及财政部', ['国家发展和改革委员会', '财政部']],
    ['教育部、有关部门', ['教育部']],
  ])('reads %s', (text, names) => {
    expect(readNameList(text)).toEqual({ names, clean: true });
  });

  it('says when a part is not a name', () => {
    expect(readNameList('加快推进、财政部').clean).toBe(false);
  });
});

describe('role clauses', () => {
  it.each([
    ['民政部、财政部负责', 'duty', ['民政部', '财政部']],
    ['由市发改委牵头', 'lead', ['市发改委']],
    ['市财政局等配合', 'co', ['市财政局']],
    ['财政部、商务部等按职责分工负责', 'duty', ['财政部', '商务部']],
  ])('reads %s', (clause, role, names) => {
    expect(readRoleClause(clause)).toEqual({ role, names });
  });

  it.each(['加快推进负责', '科协负责同志', '含中央企业'])('reads no role in %s', (clause) => {
    expect(readRoleClause(clause)).toBeNull();
  });
});

describe('resolving groups', () => {
  const groups = [
    { at: 10, lead: ['财政部', '民政部'], co: [], ranked: true },
    { at: 0, lead: ['教育部'], co: ['财政部'], ranked: false },
  ];

  it('keeps reading order, all named lead without the standing rule', () => {
    expect(resolveGroups(groups, false)).toEqual({ lead: ['教育部', '财政部', '民政部'], co: [] });
  });

  it('lets the first named lead under the standing rule', () => {
    expect(resolveGroups(groups, true)).toEqual({
      lead: ['教育部', '财政部'],
      co: ['民政部'],
    });
  });
});

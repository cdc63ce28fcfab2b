import { describe, expect, it } from 'vitest';
import { readOwnerParenthesis, readParenOwners } from './paren-owners.js';

describe('owners in parentheses', () => {
  it.each([
    ['教育部负责', ['教育部'], [], true],
    ['民政部、财政部负责', ['民政部', '财政部'], [], true],
    ['国家发展改革委、财政部等按职责分工负责', ['国家发展改革委', '财政部'], [], true],
    ['发展改革委牵头，财政部、商务部参与', ['发展改革委'], ['财政部', '商务部'], false],
    ['省发展改革委牵头，省财政厅配合', ['省发展改革委'], ['省财政厅'], false],
    ['国家发展改革委牵头，各有关部门配合', ['国家发展改革委'], [], false],
    ['市教育局负责，市财政局配合', ['市教育局'], ['市财政局'], false],
    ['市商务局会同市财政局负责', ['市商务局'], ['市财政局'], false],
    ['文化部、财政部负责，排在第一位的部门为牵头部门，下同', ['文化部', '财政部'], [], true],
    ['文化部负责，2016年底前完成', ['文化部'], [], true],
    ['对外贸易处、苏州海关负责', ['对外贸易处', '苏州海关'], [], true],
    ['办公室、行政审批处负责', ['办公室', '行政审批处'], [], true],
    ['县政府负总责', ['县政府'], [], true],
    ['市政府办公室牵头，市直有关部门配合', ['市政府办公室'], [], false],
    [
      '省教育厅、省人力资源社会保障厅会同省财政厅负责',
      ['省教育厅', '省人力资源社会保障厅'],
      ['省财政厅'],
      false,
    ],
  ])('reads （%s）', (content, lead, co, ranked) => {
    expect(readOwnerParenthesis(content)).toEqual({ at: 0, lead, co, ranked });
  });

  it.each([
    '区、市',
    '含中央企业',
    '各地区负责',
    '各市、县人民政府负责',
    '县直各单位负责',
    '具体办法另行制定',
    '2019年',
    '试行',
  ])('reads no owners in （%s）', (content) => {
    expect(readOwnerParenthesis(content)).toBeNull();
  });

  it('finds every owner parenthesis of an item, with its position', () => {
    const text = '乡镇（街道）建设文化站（文化部负责）。完善标准（财政部、文化部负责）。';
    expect(readParenOwners(text)).toEqual([
      { at: text.indexOf('（文化部'), lead: ['文化部'], co: [], ranked: true },
      { at: text.indexOf('（财政部'), lead: ['财政部', '文化部'], co: [], ranked: true },
    ]);
  });

  it('returns on long unbalanced text', () => {
    const text = `${'（'.repeat(50_000)}教育部负责）${'）'.repeat(50_000)}`;
    expect(readParenOwners(text)).toHaveLength(1);
  });
});

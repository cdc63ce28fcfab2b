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
    ['市民政局负责，持续推进', ['市民政局'], [], true],
    ['县发改局负责，长期坚持', ['县发改局'], [], true],
    ['市财政局、市审计局按职责负责', ['市财政局', '市审计局'], [], true],
    ['市住建局牵头实施，市自然资源局配合', ['市住建局'], ['市自然资源局'], false],
    ['县交通运输局负责实施', ['县交通运输局'], [], true],
    ['市公安局交警支队、县消防救援大队负责', ['市公安局交警支队', '县消防救援大队'], [], true],
    ['市稳外资工作专班负责', ['市稳外资工作专班'], [], true],
    ['市民政局主责，市卫健委协同', ['市民政局'], ['市卫健委'], false],
    ['市气象台、市广播电视台负责', ['市气象台', '市广播电视台'], [], true],
    ['城关镇、东城街道负责', ['城关镇', '东城街道'], [], true],
    ['市教育局牵头，江城大学、市第一中学参与', ['市教育局'], ['江城大学', '市第一中学'], false],
    ['市人社局牵头落实，各县区配合', ['市人社局'], [], false],
    ['市科协联合市教育局组织实施', ['市科协'], ['市教育局'], false],
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
    '城乡、学校负责',
    '2021—2023年',
    '联合国机构参与',
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

  it.each([
    ['完成核查登记。（规划司、黄河水利委员会）', ['规划司', '黄河水利委员会'], []],
    ['开展节水机关建设。（机关服务局）', ['机关服务局'], []],
    ['编制年度方案；（市生态环境局、市住建局）。另行部署', ['市生态环境局', '市住建局'], []],
    ['出台实施细则。（省财政厅、省税务局，2021年9月底前）', ['省财政厅', '省税务局'], []],
  ])('reads a note of departments standing after a sentence in %s', (text, lead, co) => {
    expect(readParenOwners(text).map((g) => [g.lead, g.co, g.ranked])).toEqual([[lead, co, true]]);
  });

  it.each([
    '支持科研院所（省农科院、省林科院）开展联合攻关。',
    '各有关单位（市教育局、市卫健委）要加强协作。',
    '推进改革。（区、县）',
    '完成试点。（含中央企业）',
  ])('reads no bare list inside a sentence or without departments in %s', (text) => {
    expect(readParenOwners(text)).toEqual([]);
  });

  it('returns on long unbalanced text', () => {
    const text = `${'（'.repeat(50_000)}教育部负责）${'）'.repeat(50_000)}`;
    expect(readParenOwners(text)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveGroups } from './departments.js';
import { readSentenceOwners } from './sentence-owners.js';

function owners(text: string, firstLeads = false) {
  return resolveGroups(readSentenceOwners(text), firstLeads);
}

describe('owners inside a sentence', () => {
  it.each([
    ['请人力资源社会保障部会同有关部门于2020年6月底前完成', ['人力资源社会保障部'], []],
    ['由市商务局会同市财政局负责', ['市商务局'], ['市财政局']],
    ['市发改委牵头，市财政局配合', ['市发改委'], ['市财政局']],
    ['由市发改委牵头，市财政局、市统计局参与', ['市发改委'], ['市财政局', '市统计局']],
    [
      '人力资源社会保障部要会同财政部、教育部研究制定办法',
      ['人力资源社会保障部'],
      ['财政部', '教育部'],
    ],
    ['2020年底前市商务局会同市统计局完成', ['市商务局'], ['市统计局']],
    ['具体工作由基层司会同科教司负责组织实施', ['基层司'], ['科教司']],
    ['由市教育局、市财政局负责', ['市教育局', '市财政局'], []],
    ['请县财政局会同县地方金融监管局设立2000万元续贷过桥资金', ['县财政局'], ['县地方金融监管局']],
    ['由市发改委牵头，会同市财政局制定办法', ['市发改委'], ['市财政局']],
    ['市发改委牵头会同市财政局制定办法', ['市发改委'], ['市财政局']],
    ['市教育局负责，市财政局配合', ['市教育局'], ['市财政局']],
    ['在市委、市政府领导下，由市发改委具体负责', ['市发改委'], []],
    [
      '住房和城乡建设部会同国家发展和改革委员会和财政部制定',
      ['住房和城乡建设部'],
      ['国家发展和改革委员会', '财政部'],
    ],
    ['由市科协联合市教育局举办青少年科技节', ['市科协'], ['市教育局']],
    ['市商务局要联合市市场监管局开展专项检查', ['市商务局'], ['市市场监管局']],
    ['县住建局负责牵头，县城管局配合', ['县住建局'], ['县城管局']],
    ['由县农业农村局牵头实施，县财政局配合', ['县农业农村局'], ['县财政局']],
    [
      '由市委全面深化改革委员会办公室会同市住房城乡建设局推进',
      ['市委全面深化改革委员会办公室'],
      ['市住房城乡建设局'],
    ],
  ])('reads %s', (text, lead, co) => {
    expect(owners(text)).toEqual({ lead, co });
  });

  it.each([
    '各地要会同有关部门抓好落实',
    '以县域医共体牵头医院为主要培训基地',
    '主要负责同志亲自抓',
    '加快推进改革，统筹协调各方力量',
    '建立部门会同机制',
    '全社会共同参与',
    '由市政府分管领导牵头',
    '各县市区政府要加强领导',
    '加强与省财政厅的沟通',
    '成立由市长任组长的领导小组',
    '市财政局要加大投入',
    '推进产教联合体建设',
    '积极参与联合国项目',
    '推动区域协同发展',
  ])('reads no owners in %s', (text) => {
    expect(owners(text)).toEqual({ lead: [], co: [] });
  });

  it('leaves parentheses to the parenthesis reader', () => {
    expect(owners('完成摸底（教育部负责）')).toEqual({ lead: [], co: [] });
  });

  it('under the standing rule a 负责 list leads with its first name', () => {
    expect(owners('由市教育局、市财政局负责', true)).toEqual({
      lead: ['市教育局'],
      co: ['市财政局'],
    });
  });

  it('returns quickly on a long sentence of trigger words', () => {
    const text = '市财政局会同'.repeat(20_000) + '牵头，负责'.repeat(20_000);
    expect(Array.isArray(readSentenceOwners(text))).toBe(true);
  });
});

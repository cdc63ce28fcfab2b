/**
 * Chinese personal names: a common surname (百家姓, weighted towards the most frequent) and a
 * one- or two-character given name from characters common in given names.
 */
import type { Random } from './random.js';

/** The most frequent surnames first; the first twenty cover over half of the population. */
export const surnames: readonly string[] = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柏柳储葛鲍倪殷章童查',
);

export const givenNameCharacters: readonly string[] = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力斌波宁春红海云玉萍亮林峰琳晨志俊鹏飞浩燕凤新兰梅婷雪琴宏家成德永良振庆晓立中光东金荣翠健慧玲雯倩晶悦欣子怡宇博瑞佳思安和道水长友学兵松',
);

export function personName(random: Random): string {
  // Squaring the draw favours the common surnames at the head of the list.
  const surname = surnames[Math.floor(random.next() ** 2 * surnames.length)] ?? '王';
  const given = random.pick(givenNameCharacters);
  return random.chance(0.3) ? surname + given : surname + given + random.pick(givenNameCharacters);
}

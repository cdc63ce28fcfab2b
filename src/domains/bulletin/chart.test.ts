import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barChartPng, barChartSvg, svgToPng, type BarChart } from './chart.js';
import { cjkFontFile, collectionFamilies } from './chart-font.js';
import { inflateSync } from 'node:zlib';

const chart: BarChart = {
  title: '各部门任务完成情况',
  categories: ['办公室', '学会部', '科普部', '组织人事部'],
  series: [
    { name: '已完成', values: [3, 1, 2, 4], color: '#389e0d' },
    { name: '未完成', values: [1, 2, 0, 1], color: '#cf1322' },
  ],
  width: 640,
  height: 300,
};

/** Dark pixels of an 8-bit RGB(A) PNG without interlacing (what resvg writes). */
function darkPixels(png: Buffer): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = png[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      chunks.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const row = Buffer.alloc(stride);
  let previous = Buffer.alloc(stride);
  let dark = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][
        filter!
      ]!;
      row[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < stride; x += channels)
      if (row[x]! < 100 && row[x + 1]! < 100 && row[x + 2]! < 100) dark++;
    previous = Buffer.from(row);
  }
  return dark;
}

describe.runIf(existsSync(cjkFontFile))('bar chart PNG', () => {
  it('finds the Simplified Chinese face in the collection by its name', () => {
    const families = collectionFamilies(readFileSync(cjkFontFile));
    expect(families.some((f) => f.includes('Noto Sans CJK SC'))).toBe(true);
  });

  it('draws the Chinese title and labels', async () => {
    const svg = await barChartSvg(chart);
    const withText = darkPixels(await svgToPng(svg));
    const withoutText = darkPixels(await svgToPng(svg.replace(/<text[^>]*>[^<]*<\/text>/g, '')));
    // The title alone is nine 18 px characters at twice the size: thousands of dark pixels.
    expect(withText - withoutText).toBeGreaterThan(3000);
  });

  it('gives the same bytes for the same chart', async () => {
    const first = await barChartPng(chart);
    expect((await barChartPng(chart)).equals(first)).toBe(true);
    expect(first.subarray(1, 4).toString()).toBe('PNG');
  });
});

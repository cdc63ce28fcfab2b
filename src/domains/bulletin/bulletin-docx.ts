/** A bulletin as Word (.docx) in the official-document layout; charts embedded as PNG. */
import type { BulletinContent, ContentBlock } from './bulletin-content.js';
import { barChartPng } from './chart.js';
import {
  heading1,
  heading2,
  image,
  paragraph,
  renderOfficialDocument,
  table,
  type OfficialBlock,
} from '../documents/official-document.js';
import { issueNoLabel } from './frame.js';

/** Charts keep their aspect ratio at the width of the type area (150 of its 156 mm). */
const chartWidthMm = 150;

async function officialBlock(block: ContentBlock): Promise<OfficialBlock> {
  switch (block.kind) {
    case 'heading1':
      return heading1(block.text);
    case 'heading2':
      return heading2(block.text);
    case 'paragraph':
      return paragraph(block.text);
    case 'table':
      return table({ columns: block.columns, rows: block.rows.map((r) => r.map(String)) });
    case 'chart':
      return image({
        png: await barChartPng(block.chart),
        widthMm: chartWidthMm,
        heightMm: (chartWidthMm * block.chart.height) / block.chart.width,
        caption: block.caption,
      });
  }
}

/** The 版头 and 版记 carry the issue's frame; the 版记 is printed on the issue date. */
export async function bulletinDocx(content: BulletinContent): Promise<Buffer> {
  const { frame } = content;
  return renderOfficialDocument({
    title: content.title,
    subtitle: content.subtitle,
    blocks: await Promise.all(content.blocks.map(officialBlock)),
    signature: content.signature,
    masthead: {
      name: frame.masthead,
      issueNo: issueNoLabel(frame),
      office: frame.issuingOffice,
      date: frame.issueDate,
    },
    colophon: { copyTo: frame.copyTo, printedBy: frame.printedBy, printedOn: frame.issueDate },
  });
}

/**
 * A bulletin as one printable HTML page: A4 with the GB/T 9704-2012 margins in @page, the official
 * fonts first with common Chinese fallbacks, 22 lines of 16 pt to the page, page numbers in the
 * page margin where the browser supports margin boxes. The 版头 (red 发文机关标志, 期号, issuing
 * office and date, red separator) stands above the title and the 版记 (抄送, 印发机关 and 印发日期
 * between thick-thin-thick rules) after the signature, as in the .docx; table columns take the
 * .docx's widths from their text, so short headers stay on one line. All text is escaped; charts
 * are SVG inside <img> (an image cannot run script), so no input reaches the page as markup.
 */
import type { BulletinContent, ContentBlock } from './bulletin-content.js';
import { barChartSvg } from './chart.js';
import { issueNoLabel } from './frame.js';
import { columnWidths } from '../documents/column-widths.js';
import { formatOfficialDate, OFFICIAL_LAYOUT } from '../documents/official-document.js';
import { copyToLine, mastheadSizePt, OFFICIAL_RED } from '../documents/official-frame.js';
import { TYPE_AREA_WIDTH_TWIPS } from '../documents/official-layout.js';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

const { marginMm: m, pageMm, sizePt, linesPerPage } = OFFICIAL_LAYOUT;
const linePt = (((pageMm.height - m.top - m.bottom) / 25.4) * 72) / linesPerPage;

const titleFont = `"方正小标宋简体", FZXiaoBiaoSong-B05S, "宋体", SimSun, "Noto Serif CJK SC", serif`;
/** GB/T 9704 版记 rules: 0.35 mm thick, 0.25 mm thin. */
const rule = { thick: '0.35mm solid #000', thin: '0.25mm solid #000' };

const css = `
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @bottom-right { content: "— " counter(page) " —"; font: ${sizePt.pageNumber}pt "宋体", SimSun, "Noto Serif CJK SC", serif; } }
body { margin: 0; background: #f3f4f6; color: #000; }
main { box-sizing: border-box; width: ${pageMm.width}mm; margin: 8mm auto; background: #fff;
  padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  font: ${sizePt.body}pt/${linePt.toFixed(2)}pt "仿宋_GB2312", FangSong_GB2312, "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif; }
h1 { font: ${sizePt.title}pt/1.5 ${titleFont}; text-align: center; margin: 0; }
.masthead { border-bottom: 1.5pt solid #${OFFICIAL_RED}; margin: 0 0 ${linePt.toFixed(2)}pt; }
.masthead .mark { font-family: ${titleFont}; color: #${OFFICIAL_RED}; text-align: center; white-space: nowrap; line-height: 1.5; }
.masthead .issue-no { text-align: center; }
.spread { display: flex; justify-content: space-between; padding: 0 1em; }
.colophon { margin-top: ${(linePt * 2).toFixed(2)}pt; border-top: ${rule.thick}; border-bottom: ${rule.thick};
  font-size: 14pt; line-height: 1.6; break-inside: avoid; }
.colophon > div { padding: 0 1em; }
.colophon > div + div { border-top: ${rule.thin}; }
.subtitle { text-align: center; font-family: "楷体_GB2312", KaiTi_GB2312, "楷体", KaiTi, STKaiti, "Noto Serif CJK SC", serif;
  margin: 0 0 ${linePt.toFixed(2)}pt; }
h2, h3, p { font-size: ${sizePt.body}pt; font-weight: normal; margin: 0; text-indent: 2em; text-align: justify; }
h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; }
h3 { font-family: "楷体_GB2312", KaiTi_GB2312, "楷体", KaiTi, STKaiti, "Noto Serif CJK SC", serif; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: ${sizePt.table}pt; line-height: 1.4; margin: 0 0 ${linePt.toFixed(2)}pt; }
th, td { border: 1px solid #000; padding: 1mm 0.8mm; vertical-align: middle; white-space: pre-line; }
th { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-weight: normal; }
td.center { text-align: center; } td.right { text-align: right; }
thead { display: table-header-group; } tr { break-inside: avoid; }
figure { margin: 0; text-align: center; break-inside: avoid; } figure img { width: 100%; }
figcaption { font-family: "楷体_GB2312", KaiTi_GB2312, "楷体", KaiTi, STKaiti, serif; }
.signature { text-align: right; margin-top: ${(linePt * 2).toFixed(2)}pt; padding-right: 4em; }
@media print { body { background: none; } main { width: auto; margin: 0; padding: 0; } }
`;

function tableHtml(block: Extract<ContentBlock, { kind: 'table' }>): string {
  const head = block.columns.map((c) => `<th>${escapeHtml(c.title)}</th>`).join('');
  const body = block.rows
    .map((row) => {
      const cells = block.columns.map((c, i) => {
        const cls = c.align === 'center' || c.align === 'right' ? ` class="${c.align}"` : '';
        return `<td${cls}>${escapeHtml(String(row[i] ?? ''))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const twips = columnWidths(
    block.columns,
    block.rows.map((row) => block.columns.map((_, i) => String(row[i] ?? ''))),
    TYPE_AREA_WIDTH_TWIPS,
  );
  const cols = twips
    .map((w) => `<col style="width:${((w / TYPE_AREA_WIDTH_TWIPS) * 100).toFixed(2)}%">`)
    .join('');
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

async function blockHtml(block: ContentBlock): Promise<string> {
  switch (block.kind) {
    case 'heading1':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'heading2':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block);
    case 'chart': {
      const svg = Buffer.from(await barChartSvg(block.chart)).toString('base64');
      const alt = escapeHtml(block.caption);
      return `<figure><img alt="${alt}" src="data:image/svg+xml;base64,${svg}"><figcaption>${alt}</figcaption></figure>`;
    }
  }
}

/** 版头: the red mark sized to fit one line, 期号, office and date, the red line under them. */
function mastheadHtml(content: BulletinContent): string {
  const { frame } = content;
  return `<header class="masthead">
<div class="mark" style="font-size:${mastheadSizePt(frame.masthead)}pt">${escapeHtml(frame.masthead)}</div>
<div class="issue-no">${escapeHtml(issueNoLabel(frame))}</div>
<div class="spread"><span>${escapeHtml(frame.issuingOffice)}</span><span>${escapeHtml(formatOfficialDate(frame.issueDate))}</span></div>
</header>`;
}

/** 版记: 抄送 (when any), then 印发机关 and 印发日期, between thick-thin-thick rules. */
function colophonHtml(content: BulletinContent): string {
  const { frame } = content;
  const copyTo =
    frame.copyTo.length > 0
      ? `<div class="copy-to">${escapeHtml(copyToLine(frame.copyTo))}</div>\n`
      : '';
  return `<footer class="colophon">
${copyTo}<div class="spread printed"><span>${escapeHtml(frame.printedBy)}</span><span>${escapeHtml(formatOfficialDate(frame.issueDate))}印发</span></div>
</footer>`;
}

export async function bulletinHtml(content: BulletinContent): Promise<string> {
  const blocks = await Promise.all(content.blocks.map(blockHtml));
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${mastheadHtml(content)}
<h1>${escapeHtml(content.title)}</h1>
<p class="subtitle">${escapeHtml(content.subtitle)}</p>
${blocks.join('\n')}
<div class="signature"><div>${escapeHtml(content.signature.unit)}</div><div>${escapeHtml(formatOfficialDate(content.signature.date))}</div></div>
${colophonHtml(content)}
</main>
</body>
</html>
`;
}

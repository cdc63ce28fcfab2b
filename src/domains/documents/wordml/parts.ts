/**
 * The fixed parts of a .docx package around document.xml: styles, settings, footers, content
 * types, relationships and the core properties. Only what the official documents use is written;
 * Word and LibreOffice supply their defaults for everything else (numbering, theme, font table).
 */
import { NS, XML_DECLARATION, escapeXml } from './xml.js';
import {
  paragraphProps,
  paragraphPropsInner,
  runProps,
  runPropsInner,
  type ParagraphStyle,
  type RunStyle,
} from './blocks.js';

export interface StyleDefinition {
  readonly id: string;
  readonly paragraph?: ParagraphStyle;
  readonly run: RunStyle;
}

const pPrOrEmpty = (p: ParagraphStyle | undefined) => {
  const inner = p === undefined ? '' : paragraphPropsInner(p);
  return inner === '' ? '' : `<w:pPr>${inner}</w:pPr>`;
};

function styleXml(s: StyleDefinition, isDefault: boolean): string {
  const id = escapeXml(s.id);
  const head = isDefault
    ? `<w:style w:type="paragraph" w:default="1" w:styleId="${id}"><w:name w:val="${id}"/>`
    : `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/><w:basedOn w:val="Normal"/>`;
  return `${head}<w:qFormat/>${pPrOrEmpty(s.paragraph)}<w:rPr>${runPropsInner(s.run)}</w:rPr></w:style>`;
}

/**
 * styles.xml: document defaults, the Normal style and further paragraph styles based on it, and
 * the plain table style Word expects to find.
 */
export function stylesXml(
  defaults: { run: RunStyle; paragraph: ParagraphStyle },
  normal: StyleDefinition,
  others: readonly StyleDefinition[],
): string {
  return [
    XML_DECLARATION,
    `<w:styles xmlns:w="${NS.w}" xmlns:r="${NS.r}">`,
    `<w:docDefaults><w:rPrDefault>${runProps(defaults.run)}</w:rPrDefault>`,
    `<w:pPrDefault>${paragraphProps(defaults.paragraph)}</w:pPrDefault></w:docDefaults>`,
    styleXml(normal, true),
    ...others.map((s) => styleXml(s, false)),
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>',
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>',
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>',
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '</w:styles>',
  ].join('');
}

/** settings.xml: even pages get their own footer (the page number moves to the left). */
export function settingsXml(): string {
  return (
    `${XML_DECLARATION}<w:settings xmlns:w="${NS.w}"><w:evenAndOddHeaders/>` +
    '<w:defaultTabStop w:val="720"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}

/** A footer of one paragraph holding `before`, the current page number, and `after`. */
export function pageNumberFooterXml(pPr: string, rPr: string, before: string, after: string) {
  const text = (t: string) => `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  const field = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  return (
    `${XML_DECLARATION}<w:ftr xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:p>${pPr}` +
    text(before) +
    field('<w:fldChar w:fldCharType="begin"/>') +
    field('<w:instrText xml:space="preserve">PAGE</w:instrText>') +
    field('<w:fldChar w:fldCharType="separate"/>') +
    text('1') +
    field('<w:fldChar w:fldCharType="end"/>') +
    text(after) +
    '</w:p></w:ftr>'
  );
}

const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export function contentTypesXml(footers: number): string {
  const footerOverrides = Array.from(
    { length: footers },
    (_, i) => `<Override PartName="/word/footer${i + 1}.xml" ContentType="${CT}.footer+xml"/>`,
  );
  return [
    XML_DECLARATION,
    `<Types xmlns="${NS.contentTypes}">`,
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Default Extension="png" ContentType="image/png"/>',
    `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>`,
    `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>`,
    `<Override PartName="/word/settings.xml" ContentType="${CT}.settings+xml"/>`,
    ...footerOverrides,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '</Types>',
  ].join('');
}

export interface Relationship {
  readonly id: string;
  /** The last segment of the relationship type URI: styles, settings, footer, image… */
  readonly type: string;
  readonly target: string;
}

export function relationshipsXml(rels: readonly Relationship[], base = NS.officeRel): string {
  const items = rels.map(
    (r) => `<Relationship Id="${r.id}" Type="${base}/${r.type}" Target="${r.target}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${NS.relationships}">${items.join('')}</Relationships>`;
}

/** _rels/.rels: the main document and the core properties. */
export function packageRelationshipsXml(): string {
  const items =
    `<Relationship Id="rId1" Type="${NS.officeRel}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>';
  return `${XML_DECLARATION}<Relationships xmlns="${NS.relationships}">${items}</Relationships>`;
}

/** docProps/core.xml: the title, and the time the file was written. */
export function corePropertiesXml(title: string, now: Date): string {
  const time = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_DECLARATION}<cp:coreProperties` +
    ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Bar charts for the bulletins as PNG, rendered on the server: ECharts draws SVG without a DOM
 * (server-side rendering) and resvg rasterises it with Noto Sans CJK SC from fonts-noto-cjk, cut
 * down to the chart's own characters (chart-font.ts), or with the system's fonts when that is not
 * installed. Pure apart from reading the installed fonts; no animation, fixed size.
 */
import type { Resvg as ResvgClass, ResvgRenderOptions } from '@resvg/resvg-js';
import type * as EChartsCore from 'echarts/core';
import { chartFontFamily, withChartFont } from './chart-font.js';

/** ECharts, with the parts a bar chart drawn to SVG needs registered, and resvg. */
interface ChartLibraries {
  echarts: typeof EChartsCore;
  Resvg: typeof ResvgClass;
}

let libraries: Promise<ChartLibraries> | undefined;

/**
 * ECharts and resvg are loaded on the first chart only: they cost some 45 MB of every server
 * process, and most requests draw no chart.
 */
function loadChartLibraries(): Promise<ChartLibraries> {
  libraries ??= (async () => {
    const [
      echarts,
      { Resvg },
      { install: barChart },
      { install: grid },
      { install: legend },
      { install: title },
      { installLegacyGridContainLabel },
      { installLabelLayout },
      { install: svgRenderer },
    ] = await Promise.all([
      import('echarts/core'),
      import('@resvg/resvg-js'),
      import('echarts/lib/chart/bar/install.js'),
      import('echarts/lib/component/grid/install.js'),
      import('echarts/lib/component/legend/install.js'),
      import('echarts/lib/component/title/install.js'),
      import('echarts/lib/coord/cartesian/legacyContainLabel.js'),
      import('echarts/lib/label/installLabelLayout.js'),
      import('echarts/lib/renderer/installSVGRenderer.js'),
    ]);
    // Only what a bar chart drawn to SVG needs (see echarts-parts.d.ts).
    echarts.use([
      barChart,
      grid,
      installLegacyGridContainLabel,
      installLabelLayout,
      legend,
      title,
      svgRenderer,
    ]);
    return { echarts, Resvg };
  })();
  return libraries;
}

export interface BarSeries {
  name: string;
  values: number[];
  color: string;
}

export interface BarChart {
  title: string;
  categories: string[];
  series: BarSeries[];
  /** Stack the series into one bar per category (lights per department). */
  stacked?: boolean;
  /** Values are shares 0..1 shown as percentages, on an axis from 0 to 100 %. */
  percent?: boolean;
  width: number;
  height: number;
}

const fontFamily = chartFontFamily;

/**
 * The chart's characters in the CJK face alone; scanning every system font (the fallback when
 * that face is not installed) costs about a second per chart.
 */
function fontOptions(file: string | null): ResvgRenderOptions['font'] {
  return file
    ? { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: fontFamily }
    : { loadSystemFonts: true, defaultFontFamily: fontFamily };
}

function option(chart: BarChart): EChartsCore.EChartsCoreOption {
  const scale = chart.percent ? 100 : 1;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily },
    title: { text: chart.title, left: 'center', textStyle: { fontFamily, fontSize: 18 } },
    legend: { bottom: 0, textStyle: { fontFamily, fontSize: 13 } },
    grid: { left: 16, right: 24, top: 48, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLabel: { fontFamily, fontSize: 13, interval: 0, overflow: 'break', width: 80 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      ...(chart.percent ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}),
    },
    series: chart.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values.map((v) => Math.round(v * scale * 10) / 10),
      itemStyle: { color: s.color },
      barMaxWidth: 48,
      ...(chart.stacked ? { stack: 'all' } : {}),
      label: { show: !chart.stacked, position: 'top', fontFamily, fontSize: 12 },
    })),
  };
}

/** The chart as an SVG document (also used by the print view). */
export async function barChartSvg(chart: BarChart): Promise<string> {
  const { echarts } = await loadChartLibraries();
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: chart.width,
    height: chart.height,
  });
  try {
    instance.setOption(option(chart));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** The chart as PNG at `scale` times its size (2 keeps it sharp when printed). */
export async function barChartPng(chart: BarChart, scale = 2): Promise<Buffer> {
  return svgToPng(await barChartSvg(chart), scale);
}

/**
 * An SVG drawn by barChartSvg as PNG. The font is cut to every character of the document (its
 * markup too: a superset of the text, and the ASCII glyphs cost little).
 */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  const { Resvg } = await loadChartLibraries();
  const resvg = withChartFont(
    svg,
    (file) => new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: fontOptions(file) }),
  );
  return resvg.render().asPng();
}

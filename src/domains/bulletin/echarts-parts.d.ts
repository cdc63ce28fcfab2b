/**
 * Types of the ECharts parts the charts load one by one: ECharts types its bundles only, and its
 * bundles (`echarts`, `echarts/charts`) load every chart and component there is, some 20 MB more
 * of every server process.
 */
// A top-level import would turn these declarations into augmentations of modules with no types.
// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type Installer = Exclude<Parameters<typeof import('echarts/core').use>[0], unknown[]>;

declare module 'echarts/lib/chart/bar/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/component/grid/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/component/legend/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/component/title/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  export const install: Installer;
}
declare module 'echarts/lib/coord/cartesian/legacyContainLabel.js' {
  export const installLegacyGridContainLabel: Installer;
}
declare module 'echarts/lib/label/installLabelLayout.js' {
  export const installLabelLayout: Installer;
}

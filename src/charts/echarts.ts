// The one place ECharts is assembled for bars, trend lines and scatters: only what those views use is
// registered, so bundles carry no unused chart code. Map views add their modules in
// echartsMap.ts, loaded only with the map route.
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { echartsTheme, themeTokens } from './themes.ts';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  LabelLayout,
  GridComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

for (const tokens of Object.values(themeTokens)) echarts.registerTheme(tokens.name, echartsTheme(tokens));

export { echarts };

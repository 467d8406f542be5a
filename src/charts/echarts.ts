// The one place ECharts is assembled: only the charts and components the views use are
// registered, so bundles carry no unused chart code. Themes are registered from charts/themes.ts.
import { BarChart, MapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, GridComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { echartsTheme, themeTokens } from './themes.ts';

echarts.use([BarChart, ScatterChart, MapChart, GridComponent, TooltipComponent, AriaComponent, GeoComponent, VisualMapComponent, MarkLineComponent, SVGRenderer]);

for (const tokens of Object.values(themeTokens)) echarts.registerTheme(tokens.name, echartsTheme(tokens));

export { echarts };

// Map-only ECharts modules: choropleth, geo coordinates for markers, the colour scale.
import { MapChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';
import { echarts } from './echarts.ts';

echarts.use([MapChart, GeoComponent, VisualMapComponent]);

export { echarts };

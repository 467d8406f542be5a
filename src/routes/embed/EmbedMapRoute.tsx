// The map embed, in its own module: the map's code (ECharts' map modules) loads only for it, not
// with the compare, region and metric embeds.
import { MapView } from '../../views/MapView.tsx';
import { useComparisonData } from '../../views/useComparisonData.ts';
import { Framed } from './EmbedRoutes.tsx';

export default function EmbedMap() {
  return <Framed state={useComparisonData()} render={(data) => <MapView data={data} mode="embed" />} />;
}

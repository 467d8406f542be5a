import { Loaded } from '../../components/States.tsx';
import { MapView } from '../../views/MapView.tsx';
import { useComparisonData } from '../../views/useComparisonData.ts';

export default function MapRoute() {
  return <Loaded state={useComparisonData()}>{(data) => <MapView data={data} />}</Loaded>;
}

import { Loaded } from '../../components/States.tsx';
import { useComparisonData } from '../compare/useComparisonData.ts';
import { MapView } from './MapView.tsx';

export default function MapRoute() {
  return <Loaded state={useComparisonData()}>{(data) => <MapView data={data} />}</Loaded>;
}

import { LoadError, Loading } from '../../components/States.tsx';
import { useCoreData } from '../../data/useCoreData.ts';
import { MapView } from './MapView.tsx';

export default function MapRoute() {
  const core = useCoreData();
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  return <MapView data={core.data} />;
}

import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../components/States.tsx';
import { compareScope } from '../../data/scopes.ts';
import { useCoreData } from '../../data/useCoreData.ts';
import { MapView } from './MapView.tsx';

export default function MapRoute() {
  const [params] = useSearchParams();
  const core = useCoreData((base) => compareScope(base, params), { keepPrevious: true });
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  return <MapView data={core.data} />;
}

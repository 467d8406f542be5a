import { LoadError, Loading } from '../../components/States.tsx';
import { useCoreData } from '../../data/useCoreData.ts';
import { CompareView } from './CompareView.tsx';

export default function CompareRoute() {
  const core = useCoreData();
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  return <CompareView data={core.data} />;
}

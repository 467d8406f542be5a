import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../components/States.tsx';
import { compareScope } from '../../data/scopes.ts';
import { useCoreData } from '../../data/useCoreData.ts';
import { CompareView } from './CompareView.tsx';

export default function CompareRoute() {
  const [params] = useSearchParams();
  const core = useCoreData((base) => compareScope(base, params), { keepPrevious: true });
  if (core.status === 'pending') return <Loading />;
  if (core.status === 'error') return <LoadError error={core.error} retry={core.retry} />;
  return <CompareView data={core.data} />;
}

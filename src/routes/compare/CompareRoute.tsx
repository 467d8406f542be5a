import { Loaded } from '../../components/States.tsx';
import { CompareView } from './CompareView.tsx';
import { useComparisonData } from './useComparisonData.ts';

export default function CompareRoute() {
  return <Loaded state={useComparisonData()}>{(data) => <CompareView data={data} />}</Loaded>;
}

import { Loaded } from '../../components/States.tsx';
import { CompareView } from '../../views/CompareView.tsx';
import { useComparisonData } from '../../views/useComparisonData.ts';

export default function CompareRoute() {
  return <Loaded state={useComparisonData()}>{(data) => <CompareView data={data} />}</Loaded>;
}

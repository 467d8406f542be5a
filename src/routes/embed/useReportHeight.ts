import { useEffect, type RefObject } from 'react';
import { reportHeight } from '../../embed-lite/reportHeight.ts';

export function useReportHeight(ref: RefObject<HTMLElement | null>) {
  useEffect(() => (ref.current ? reportHeight(ref.current) : undefined), [ref]);
}

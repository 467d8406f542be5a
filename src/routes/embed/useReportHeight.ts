// Posts the embed's content height to the host page whenever it changes, so a host with
// /embed.js can size the iframe to fit. Message shape (documented in docs/EMBEDDING.md):
//   { type: "region-scorecard:height", height: number, href: string }
import { useEffect, type RefObject } from 'react';

export const HEIGHT_MESSAGE = 'region-scorecard:height';

export function useReportHeight(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // The host may be any portal: the message carries only a height and our own address.
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height, href: window.location.href }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [ref]);
}

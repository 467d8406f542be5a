// Posts an element's height to the host page whenever it changes. Message shape (docs/EMBEDDING.md):
//   { type: "region-scorecard:height", height: number, href: string }

export const HEIGHT_MESSAGE = 'region-scorecard:height';

export function reportHeight(element: HTMLElement): () => void {
  if (window.parent === window) return () => undefined;
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
}

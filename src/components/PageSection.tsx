// A titled section of a page, labelled by its heading for screen readers.
import type { ReactNode } from 'react';

export function PageSection({
  id,
  title,
  children,
  first = false,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  first?: boolean;
}) {
  return (
    <section aria-labelledby={id} className={first ? 'mt-6' : 'mt-8'}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

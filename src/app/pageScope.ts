// The shards an address reads, by its page's entry in the page table (pages.ts `scope`, a scope of
// data/scopes.ts): boot.tsx and the build-time first paints load them before the page mounts, and
// the presenter reads its slide's through the route's handle (routes.tsx). Not part of the entry
// script: this module loads the data layer.
import type { BaseData } from '../data/coreData.ts';
import { pageScopes, type DataScope } from '../data/scopes.ts';
import { pageAt } from './pages.ts';

/** The shards an address reads: its page's scope; none where no page has the address. */
export function scopeForLocation(base: BaseData, pathname: string, search: string): DataScope {
  const at = pageAt(pathname, search);
  return at?.page.scope
    ? pageScopes[at.page.scope](base, at.address, (slidePath, slideQuery) =>
        scopeForLocation(base, slidePath, slideQuery),
      )
    : { shards: [] };
}

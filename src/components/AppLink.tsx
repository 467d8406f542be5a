// Links to other pages of the dashboard. Inside an embed they open the full site in a new tab, so
// the portal's frame keeps showing the embed (and a site that refuses framing is never framed).
import { createContext, useCallback, useContext, type ComponentProps } from 'react';
import { Link, useNavigate } from 'react-router';

export const InEmbedContext = createContext(false);

export function AppLink(props: ComponentProps<typeof Link>) {
  const inEmbed = useContext(InEmbedContext);
  return inEmbed ? <Link {...props} target="_blank" rel="noopener" /> : <Link {...props} />;
}

/** Goes to a page of the dashboard: in place, or in a new tab from an embed. */
export function useOpenPage(): (href: string) => void {
  const inEmbed = useContext(InEmbedContext);
  const navigate = useNavigate();
  return useCallback(
    (href: string) => (inEmbed ? void window.open(href, '_blank', 'noopener') : void navigate(href)),
    [inEmbed, navigate],
  );
}

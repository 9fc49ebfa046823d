/** Links: inside the app (React Router) and out of it, in the design system's styles. */
import { startTransition, type ComponentProps } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';
import { buttonVariants, linkVariants, type ButtonVariants, type LinkVariants } from './variants';

type RouterLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  to: To;
  replace?: boolean | undefined;
};

/**
 * A link to a page of the app, made of the parts React Router provides for custom links
 * (`useHref`, `useLinkClickHandler`: the href under the app's base, and a click that navigates
 * unless modified, as its `<Link>` does). Its `<Link>` also brings framework mode's route
 * discovery and prefetching, which a declarative router never runs (ADR 0029).
 */
export function RouterLink({ to, replace, target, onClick, children, ...props }: RouterLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler(to, { replace, target });
  return (
    <a
      {...props}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        // The router applies a change of the URL at once (app.tsx), so that a filter shows as
        // it is tapped. A link to another page is a transition instead: the page stays on
        // screen while the next one's code loads, rather than a blank fallback.
        if (new URL(href, window.location.href).pathname !== window.location.pathname)
          startTransition(() => navigate(event));
        else navigate(event);
      }}
    >
      {children}
    </a>
  );
}

/** A link to a page of the app. */
export function Link({
  variant,
  size,
  className,
  ...props
}: ComponentProps<typeof RouterLink> & LinkVariants) {
  return <RouterLink className={linkVariants({ variant, size, className })} {...props} />;
}

/** A link to a page of the app that looks like a button. */
export function ButtonLink({
  variant,
  size,
  className,
  ...props
}: ComponentProps<typeof RouterLink> & ButtonVariants) {
  return <RouterLink className={buttonVariants({ variant, size, className })} {...props} />;
}

/** A link within the page (`#id`) or to a file. */
export function Anchor({
  variant,
  size,
  className,
  children,
  ...props
}: ComponentProps<'a'> & LinkVariants) {
  return (
    <a className={linkVariants({ variant, size, className })} {...props}>
      {children}
    </a>
  );
}

/** The first stop of the keyboard: "Skip to content", shown when focused. */
export function SkipLink({ href, children }: { href: string; children: string }) {
  return (
    <a
      href={href}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
    >
      {children}
    </a>
  );
}

/** Opens in a new tab without giving it this page. */
const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** A link out of the app, in a new tab. */
export function ExternalLink(props: Omit<ComponentProps<'a'>, 'target' | 'rel'> & LinkVariants) {
  return <Anchor {...props} {...NEW_TAB} />;
}

/** A link out that looks like a button (the card's arXiv, PDF, Code). */
export function ExternalButtonLink({
  variant = 'link',
  size,
  className,
  children,
  ...props
}: Omit<ComponentProps<'a'>, 'target' | 'rel'> & ButtonVariants) {
  return (
    <a className={buttonVariants({ variant, size, className })} {...props} {...NEW_TAB}>
      {children}
    </a>
  );
}

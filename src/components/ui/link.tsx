/** Links: inside the app (React Router) and out of it, in the design system's styles. */
import type { ComponentProps } from 'react';
import { Link as RouterLink } from 'react-router';
import { buttonVariants, linkVariants, type ButtonVariants, type LinkVariants } from './variants';

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

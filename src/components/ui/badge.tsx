/** Small labels: a paper's categories, counts, a watch it matches. Not controls. */
import type { ComponentProps } from 'react';
import { badgeVariants, type BadgeVariants } from './variants';

export function Badge({ tone, mono, className, ...props }: ComponentProps<'span'> & BadgeVariants) {
  return <span className={badgeVariants({ tone, mono, className })} {...props} />;
}

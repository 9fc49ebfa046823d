/**
 * The design system's controls (docs/decisions/0019-design-system.md): every button, chip
 * and button-like link of the app takes its looks from these variants, so pages cannot drift
 * apart and every control has the same focus ring, target size and dark theme.
 */
import type { ComponentProps } from 'react';
import { buttonVariants, chipVariants, type ButtonVariants } from './variants';

export function Button({
  variant,
  size,
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & ButtonVariants) {
  return <button type={type} className={buttonVariants({ variant, size, className })} {...props} />;
}

export function ToggleChip({
  pressed,
  className,
  ...props
}: ComponentProps<'button'> & { pressed: boolean }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      className={chipVariants({ className })}
      {...props}
    />
  );
}

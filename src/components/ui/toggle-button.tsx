import type { ComponentProps } from 'react';

/** A filter chip: a real button with aria-pressed. */
export function ToggleButton({
  pressed,
  className,
  ...props
}: ComponentProps<'button'> & { pressed: boolean }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      // Pressed styles come from aria-pressed, so state and looks cannot disagree.
      className={`rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-left text-xs text-slate-800 transition-colors hover:border-slate-500 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white sm:text-sm ${className ?? ''}`}
      {...props}
    />
  );
}

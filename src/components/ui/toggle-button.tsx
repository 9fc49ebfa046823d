import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

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
      className={cn(
        'rounded-full border px-2.5 py-0.5 text-left text-xs transition-colors sm:text-sm',
        pressed
          ? 'border-slate-900 bg-slate-900 text-white'
          : 'border-slate-300 bg-white text-slate-800 hover:border-slate-500',
        className,
      )}
      {...props}
    />
  );
}

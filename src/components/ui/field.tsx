/** Form fields: text inputs and selects with a label, in one style. */
import type { ComponentProps, ReactNode } from 'react';
import { inputVariants } from './variants';

/**
 * A text input. 16 px text on phones, so that focusing it does not zoom the page (iOS zooms
 * into smaller text).
 */
export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={inputVariants({ className })} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select className={inputVariants({ className })} {...props} />;
}

/** A file chooser; its button in the style of the other buttons. */
export function FileInput({ className, ...props }: Omit<ComponentProps<'input'>, 'type'>) {
  return (
    <input
      type="file"
      className={`max-w-full text-sm text-slate-700 file:mr-2 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:font-medium file:text-slate-800 hover:file:bg-slate-100 sm:file:min-h-8 ${className ?? ''}`}
      {...props}
    />
  );
}

/** A label above its control. */
export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="text-sm font-medium text-slate-800">{label}</span>
      {children}
    </label>
  );
}

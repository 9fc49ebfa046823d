/**
 * The design system's variants (docs/decisions/0019-design-system.md), built with
 * class-variance-authority on Tailwind's scales: every control, link, badge, card and field
 * of the app takes its looks from here. The components in this folder apply them; a page that
 * needs a class for an element of its own (a card that is an `article`, a `li`) uses them
 * directly.
 *
 * Sizes: `md` is a main control, 44 px tall on phones (a thumb's target) and 32 px from the
 * `sm` breakpoint; `sm` is never under 24 × 24 px (WCAG 2.2 target size). Colours are the
 * palette, which the dark theme mirrors (src/index.css), so both themes come from one set of
 * tokens.
 */
import { cva, type VariantProps } from 'class-variance-authority';

/**
 * Sizes: `md` is a main control, 44 px tall on phones (a thumb's target) and 32 px from the
 * `sm` breakpoint; `sm` is a secondary one, never under 24 × 24 px (WCAG 2.2 target size).
 */
export const buttonVariants = cva(
  'inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60',
  {
    variants: {
      variant: {
        primary: 'bg-slate-900 text-white hover:bg-slate-700',
        secondary:
          'border border-slate-300 bg-white text-slate-800 hover:border-slate-500 hover:bg-slate-100',
        ghost: 'text-slate-700 hover:bg-slate-100 hover:text-slate-950',
        link: 'text-blue-800 underline-offset-2 hover:bg-blue-50 hover:underline',
        danger: 'border border-red-800 bg-white text-red-900 hover:bg-red-100',
        /** A toggle (aria-pressed): pressed looks come from the attribute itself. */
        toggle:
          'border border-slate-300 bg-white text-slate-800 hover:border-slate-500 aria-pressed:border-blue-700 aria-pressed:bg-blue-50 aria-pressed:text-blue-900',
      },
      size: {
        md: 'min-h-11 min-w-11 px-3 text-sm sm:min-h-8 sm:min-w-8 sm:px-2.5',
        sm: 'min-h-6 min-w-6 px-1.5 text-sm',
        icon: 'size-11 text-base sm:size-8',
      },
    },
    defaultVariants: { variant: 'secondary', size: 'md' },
  },
);

/** A filter chip: a real button with aria-pressed; pressed is dark, so it reads at a glance. */
export const chipVariants = cva(
  'inline-flex min-h-11 items-center gap-1 rounded-full border border-slate-300 bg-white px-3 text-left text-sm text-slate-800 transition-colors hover:border-slate-500 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white sm:min-h-8 sm:px-2.5',
);

export const linkVariants = cva('rounded-sm underline-offset-2', {
  variants: {
    variant: {
      /** In running text: always underlined (not told apart by colour alone). */
      inline: 'text-blue-800 underline hover:text-blue-950',
      /** Quiet navigation (header, breadcrumbs). */
      nav: 'text-slate-700 hover:text-blue-800 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-950',
      /** A heading or title that links. */
      title: 'text-inherit hover:text-blue-800 hover:underline',
    },
    /** `target`: at least 24 × 24 px, for links outside running text. */
    size: {
      text: '',
      target: 'inline-flex min-h-6 min-w-6 items-center',
      /** A main control: 44 px tall on phones. */
      touch: 'inline-flex min-h-11 items-center sm:min-h-6',
    },
  },
  defaultVariants: { variant: 'inline', size: 'text' },
});

export const badgeVariants = cva('inline-flex items-center rounded px-1.5 py-0.5 text-xs', {
  variants: {
    tone: {
      accent: 'bg-blue-100 font-semibold text-blue-900',
      neutral: 'bg-slate-100 text-slate-700',
      strong: 'rounded-full bg-slate-900 text-white',
    },
    mono: { true: 'font-mono', false: '' },
  },
  defaultVariants: { tone: 'neutral', mono: false },
});

export const inputVariants = cva(
  'min-h-11 min-w-0 rounded-md border border-slate-400 bg-white px-2 text-base text-slate-900 placeholder:text-slate-600 sm:min-h-8 sm:text-sm',
);

/** A bordered surface: a paper, a search result, a panel. Pages apply the class to their own
 * element (article, li, section), so the element keeps its meaning. */
export const cardVariants = cva('rounded-lg border', {
  variants: {
    tone: {
      raised: 'border-slate-200 bg-white shadow-sm',
      flat: 'border-slate-200 bg-white',
      muted: 'border-slate-200 bg-slate-50',
      dashed: 'border-dashed border-slate-300',
    },
    padding: { sm: 'p-3', md: 'p-3 sm:p-4', lg: 'p-6' },
  },
  defaultVariants: { tone: 'raised', padding: 'md' },
});

export type ButtonVariants = VariantProps<typeof buttonVariants>;
export type LinkVariants = VariantProps<typeof linkVariants>;
export type BadgeVariants = VariantProps<typeof badgeVariants>;

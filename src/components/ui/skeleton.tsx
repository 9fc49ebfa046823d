/** Placeholder cards while a digest loads. */
export function CardSkeletons({ count = 4 }: { count?: number }) {
  return (
    <div aria-busy="true" aria-label="Loading" className="mt-6 space-y-3">
      <p className="sr-only">Loading…</p>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="animate-pulse rounded-lg border border-slate-200 p-4">
          <div className="h-5 w-3/4 rounded bg-slate-200" />
          <div className="mt-2 h-4 w-1/2 rounded bg-slate-100" />
          <div className="mt-3 h-12 rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}

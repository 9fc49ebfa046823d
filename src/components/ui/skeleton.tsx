import { useI18n } from '@/i18n';
import { useOnline } from '@/lib/online';

/**
 * Placeholder cards while a digest loads. Offline, nothing is loading: the page says it is
 * waiting for the connection (the banner's alert says why) instead of pulsing forever.
 */
export function CardSkeletons({ count = 4 }: { count?: number }) {
  const online = useOnline();
  const { t } = useI18n();
  if (!online) {
    return (
      <p
        role="status"
        className="mt-6 rounded-lg border border-dashed border-slate-400 p-6 text-center text-slate-700"
      >
        {t.common.waiting}
      </p>
    );
  }
  return (
    <div aria-busy="true" aria-label={t.common.loading} className="mt-6 space-y-3">
      <p className="sr-only">{t.common.loadingDots}</p>
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

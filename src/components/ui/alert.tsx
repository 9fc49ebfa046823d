import type { ReactNode } from 'react';
import { useI18n } from '@/i18n';
import { Button } from './button';

/** A failure message in place: role="alert", with an optional way out. */
export function Alert({
  title,
  children,
  onRetry,
}: {
  title: string;
  children?: ReactNode;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-1 text-sm">{children}</div> : null}
      {onRetry ? (
        <Button variant="danger" className="mt-3" onClick={onRetry}>
          {t.common.tryAgain}
        </Button>
      ) : null}
    </div>
  );
}

import { Component, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/components/ui/link';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/error-message';

/** Shown inside the layout when a page throws: the header and navigation keep working. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <Alert title={t.common.pageFailed}>
      <p>{errorMessage(error)}</p>
      <p className="mt-2">
        <Link to="/">{t.common.goHome}</Link>
      </p>
    </Alert>
  );
}

/**
 * Catches what a page throws while rendering (a lazy page's code failing to load, a bug) and
 * shows RouteError in its place. Keyed by the path where it is used, so moving to another
 * page starts afresh.
 */
export class RouteErrorBoundary extends Component<
  { children: ReactNode },
  { error: unknown; failed: boolean }
> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override render() {
    return this.state.failed ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

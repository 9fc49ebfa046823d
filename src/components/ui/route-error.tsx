import { Link, useRouteError } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';

/** Shown inside the layout when a page throws: the header and navigation keep working. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Alert title="This page could not be shown.">
      <p>{errorMessage(error)}</p>
      <p className="mt-2">
        <Link to="/" className="underline">
          Go to the home page
        </Link>
      </p>
    </Alert>
  );
}

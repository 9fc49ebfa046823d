import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title" className="text-2xl font-semibold">
        Page not found
      </h1>
      <p className="mt-2">
        There is nothing at this address.{' '}
        <Link to="/" className="text-blue-800 underline">
          Go to the home page
        </Link>
      </p>
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { manifestQueryOptions } from '@/features/digests/api';

export function HomePage() {
  const manifest = useQuery(manifestQueryOptions());
  if (manifest.isPending) return <p aria-busy="true">Loading digests…</p>;
  if (manifest.isError) {
    return (
      <Alert title="The list of digests could not be loaded.">{errorMessage(manifest.error)}</Alert>
    );
  }
  const { dailies, weeklies } = manifest.data;
  if (dailies.length === 0 && weeklies.length === 0) {
    return (
      <section>
        <h1 className="text-2xl font-semibold">No digests yet</h1>
        <p className="mt-2">
          Run <code>npm run ingest -- PATH</code> to add a pipeline&apos;s output.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" className="text-2xl font-semibold">
        Digests
      </h1>
      <h2 className="mt-6 text-lg font-semibold">Daily</h2>
      <ul className="mt-2 space-y-1">
        {dailies.map((d) => (
          <li key={d.file}>
            {d.date} · {d.paperCount} papers{d.language ? ` · ${d.language}` : ''}
          </li>
        ))}
      </ul>
      <h2 className="mt-6 text-lg font-semibold">Weekly</h2>
      <ul className="mt-2 space-y-1">
        {weeklies.map((w) => (
          <li key={w.file}>
            {w.title} ({w.start} – {w.end})
          </li>
        ))}
      </ul>
    </section>
  );
}

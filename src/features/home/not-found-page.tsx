import { Link } from '@/components/ui/link';
import { useI18n } from '@/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title" className="text-2xl font-semibold">
        {t.notFound.title}
      </h1>
      <p className="mt-2">
        {t.notFound.text} <Link to="/">{t.common.goHome}</Link>
      </p>
    </section>
  );
}

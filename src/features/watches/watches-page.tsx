/** `/watches`: the reader's keywords, negative keywords, authors and categories. */
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { cardVariants } from '@/components/ui/variants';
import { useLibrary, type Watch } from '@/entities/reading-list/store';
import { useI18n, usePageMessages } from '@/i18n';
import { watchesMessages } from './messages';
import { WATCH_KINDS, addWatch, removeWatch } from '@/entities/watches/edit';

export function WatchesPage() {
  const msg = usePageMessages(watchesMessages);
  const watches = useLibrary().watches ?? [];
  const [kind, setKind] = useState<Watch['kind']>('keyword');
  const [value, setValue] = useState('');
  const [said, setSaid] = useState('');
  const hintId = useId();
  const label = (w: Pick<Watch, 'kind' | 'value'>) => `${msg.kinds[w.kind]}: ${w.value}`;

  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">{msg.title}</h1>
      <p className="mt-1 max-w-prose text-sm text-slate-600">{msg.intro}</p>
      <form
        aria-label={msg.add}
        className={cardVariants({
          tone: 'muted',
          padding: 'sm',
          className: 'mt-4 flex flex-wrap items-end gap-2',
        })}
        onSubmit={(e) => {
          e.preventDefault();
          const ok = addWatch(kind, value);
          setSaid(ok ? msg.added(label({ kind, value: value.trim() })) : msg.notAdded);
          if (ok) setValue('');
        }}
      >
        <Field label={msg.kind}>
          <Select value={kind} onChange={(e) => setKind(e.target.value as Watch['kind'])}>
            {WATCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {msg.kinds[k]}
              </option>
            ))}
          </Select>
        </Field>
        <div className="min-w-48 flex-1">
          <Field label={msg.value}>
            <Input
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-describedby={hintId}
              maxLength={200}
            />
          </Field>
        </div>
        <Button type="submit" variant="primary">
          {msg.addButton}
        </Button>
        <p id={hintId} className="w-full text-xs text-slate-600">
          {msg.hints[kind]}
        </p>
      </form>
      <p role="status" className="mt-2 text-sm empty:hidden">
        {said}
      </p>

      <WatchList
        watches={watches}
        label={label}
        onRemoved={(w) => setSaid(msg.removed(label(w)))}
      />
    </div>
  );
}

function WatchList({
  watches,
  label,
  onRemoved,
}: {
  watches: readonly Watch[];
  label: (w: Watch) => string;
  onRemoved: (w: Watch) => void;
}) {
  const msg = usePageMessages(watchesMessages);
  const i18n = useI18n();
  const listId = useId();
  return (
    <section aria-labelledby={listId} className="mt-4">
      <h2 id={listId} className="text-lg font-semibold">
        {msg.yours(i18n.number(watches.length))}
      </h2>
      {watches.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{msg.none}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {watches.map((w) => (
            <li key={`${w.kind}:${w.value}`} className="flex items-center gap-2 text-sm">
              <span className="font-medium">{msg.kinds[w.kind]}:</span>
              <span>{w.value}</span>
              <Button
                aria-label={msg.remove(label(w))}
                onClick={() => {
                  removeWatch(w);
                  onRemoved(w);
                }}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

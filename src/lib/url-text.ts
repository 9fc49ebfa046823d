import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A text box whose value also lives in the URL (a filter, a search query). Typing updates the
 * value at once; the URL gets it once typing pauses for `delayMs` (through `writeToUrl`, which
 * should replace the history entry so typing does not flood the history). When the URL changes
 * from outside (back/forward, a link, Clear filters), the box follows it.
 *
 * A URL write is rendered as a transition, so it can land after more typing: the writes still
 * to come back are remembered, so that a late one is not taken for a change from outside (which
 * would overwrite the letters typed since).
 */
export function useUrlText(urlValue: string, writeToUrl: (value: string) => void, delayMs: number) {
  const [text, setTextState] = useState(urlValue);
  // What the box last said, and the URL writes still to come back as URL changes.
  const latest = useRef(urlValue);
  const echoes = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const write = useRef(writeToUrl);
  useEffect(() => {
    write.current = writeToUrl;
  });

  useEffect(() => {
    const echo = echoes.current.indexOf(urlValue);
    if (echo !== -1) {
      echoes.current = echoes.current.slice(echo + 1);
      return;
    }
    if (urlValue !== latest.current) {
      latest.current = urlValue;
      echoes.current = [];
      clearTimeout(timer.current);
      setTextState(urlValue);
    }
  }, [urlValue]);
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Sets the box; `immediate` when the caller writes the URL itself (no delayed write). */
  const setText = useCallback(
    (value: string, opts: { immediate?: boolean } = {}) => {
      setTextState(value);
      clearTimeout(timer.current);
      latest.current = value;
      if (opts.immediate) return;
      timer.current = setTimeout(() => {
        echoes.current.push(value);
        write.current(value);
      }, delayMs);
    },
    [delayMs],
  );
  return [text, setText] as const;
}

import { startTransition, useEffect, useState } from 'react';

/**
 * A store's value for what may follow a change a little later: the component renders again
 * in a transition, after the render of the change itself (a button's new state, a card
 * opened) is painted, in one render that yields to input. A value read with
 * useSyncExternalStore and useDeferredValue would render the component twice, the first time
 * in the tap's own task. `read` is stable (its identity re-subscribes).
 */
export function useLater<T>(subscribe: (listener: () => void) => () => void, read: () => T): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    // Set only when it changes: a transition that changes nothing still costs a render later.
    let seen = value;
    const update = () => {
      const next = read();
      if (Object.is(next, seen)) return;
      seen = next;
      startTransition(() => setValue(() => next));
    };
    update(); // a change between the render and this subscription
    return subscribe(update);
  }, [subscribe, read, value]);
  return value;
}

/**
 * Taps, field changes and keys made on a prerendered page before the app is ready
 * (src/boot/early-events.ts): shown at once, then replayed to the app, in order.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { captureEarlyEvents, PENDING_ATTR } from '@/boot/early-events';

function page() {
  document.body.innerHTML = `
    <div id="root">
      <button type="button" aria-pressed="false" id="chip">cs.AI 3</button>
      <button type="button" aria-expanded="false" id="details">Details</button>
      <input type="search" id="filter" />
      <a href="#elsewhere" id="link">Elsewhere</a>
    </div>`;
  const root = document.getElementById('root')!;
  const byId = (id: string) => document.getElementById(id)!;
  return { root, byId };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('early events', () => {
  it('shows a tap at once, keeps it from the page, and replays it once the app is ready', async () => {
    const { root, byId } = page();
    const early = captureEarlyEvents(() => root);
    const chip = byId('chip');
    const seen: string[] = [];
    // A listener of the app-to-be, under the capture: it must not see the early tap.
    root.addEventListener('click', (e) => seen.push((e.target as Element).id));
    chip.click();
    byId('details').click();
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(chip).toHaveAttribute(PENDING_ATTR);
    expect(byId('details')).toHaveAttribute('aria-expanded', 'true');
    expect(seen).toEqual([]);

    // Replayed in order, each on the element as the app had rendered it.
    const states: (string | null)[] = [];
    root.addEventListener('click', (e) =>
      states.push((e.target as Element).getAttribute('aria-pressed')),
    );
    expect(await early.replay()).toBe(2);
    expect(seen).toEqual(['chip', 'details']);
    expect(states[0]).toBe('false');
    expect(chip).not.toHaveAttribute(PENDING_ATTR);

    // After the replay the page is the app's: nothing is captured any more.
    chip.click();
    expect(seen).toEqual(['chip', 'details', 'chip']);
  });

  it('leaves links to the browser', async () => {
    const { root, byId } = page();
    const early = captureEarlyEvents(() => root);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    byId('link').dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(await early.replay()).toBe(0);
  });

  it('replays text typed into a field and shortcut keys, but not keys typed into a field', async () => {
    const { root, byId } = page();
    const early = captureEarlyEvents(() => root);
    const filter = byId('filter') as HTMLInputElement;
    filter.value = 'graph';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    filter.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true }));

    const replayed: string[] = [];
    root.addEventListener('input', (e) =>
      replayed.push(`input:${(e.target as HTMLInputElement).value}`),
    );
    window.addEventListener('keydown', (e) => replayed.push(`key:${e.key}`));
    expect(await early.replay()).toBe(2);
    expect(replayed).toEqual(['input:graph', 'key:j']);
  });

  it('replays after the effects of the commit that asked for it: a listener added next hears it', async () => {
    const { root } = page();
    const early = captureEarlyEvents(() => root);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    const heard: string[] = [];
    // The list's effect asks for the replay; the layout's effect then adds its key listener.
    const replayed = early.replay();
    window.addEventListener('keydown', (e) => heard.push(e.key));
    expect(await replayed).toBe(1);
    expect(heard).toEqual(['j']);
  });
});

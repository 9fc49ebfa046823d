/** The virtual list's code, loaded only for a day long enough to need it. */
export const loadVirtualRows = () => import('./virtual-rows');

/** Starts loading the virtual list's code (for a day that will need it). */
export function preloadVirtualRows(): void {
  void loadVirtualRows();
}

/**
 * How every tool here starts Debian's Chromium (playwright-core cannot download browsers on
 * these machines): the executable, overridable with CHROMIUM_PATH, and the flags a closed
 * network and a root user need.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

import type { Page } from 'playwright-core';

/** On a phone the top bar's buttons are behind Menu: open it (a no-op on a desktop, or when open). */
export async function openTopMenu(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.count()) === 0) return;
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

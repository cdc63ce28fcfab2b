/** Small readers of what the pages show, shared by the browser tests. */
import type { Locator, Page } from 'playwright-core';

/** The task table's body rows. */
export function taskRows(page: Page): Locator {
  return page.locator('.ant-table-tbody tr.ant-table-row');
}

/** The text of one column of the task table (0 = 序号, 2 = 责任人, 3 = 责任部室, 5 = 完成时间). */
export async function column(page: Page, index: number): Promise<string[]> {
  const cells = await taskRows(page)
    .locator(`td:nth-child(${index + 1})`)
    .allInnerTexts();
  return cells.map((c) => c.trim());
}

/** The row of task number `no`. */
export function taskRow(page: Page, no: number): Locator {
  return taskRows(page).filter({ has: page.locator(`td:first-child:text-is("${no}")`) });
}

/** Waits until the table has loaded and is not showing its spinner. */
export async function tableSettled(page: Page): Promise<void> {
  await taskRows(page).first().waitFor();
  await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
}

/** Opens the menu entry with that label. */
export async function openMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
}

/** Switches the language through the user menu. */
export async function switchLanguage(page: Page, to: 'English' | '中文'): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: to }).click();
}

/** Picks an option of an antd Select, typing to search when it can, as a keyboard user would. */
export async function choose(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  // The select once the option is taken: it shows the option's text (as a tag when it takes several).
  const chosen = select
    .locator(
      'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
    )
    .filter({ hasText: text });
  for (let attempt = 1; ; attempt++) {
    await select.click();
    if (await select.isEditable()) await select.fill(text);
    // The list this select opened (its aria-controls), not another select's list still closing.
    const listId = await select.getAttribute('aria-controls');
    const dropdown = listId
      ? page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) })
      : page.locator('.ant-select-dropdown:visible');
    await dropdown.locator('.ant-select-item-option', { hasText: text }).first().click();
    // A click on a list still opening can be lost: take the option again, once.
    const taken = await chosen
      .waitFor({ timeout: attempt === 1 ? 3_000 : 10_000 })
      .then(() => true)
      .catch((err: unknown) => {
        if (attempt > 1) throw err;
        return false;
      });
    if (taken) return;
  }
}

/** Types a value (2017-09-05, or 2017-09 for a month picker) into an antd date picker. */
export async function typeDate(input: Locator, value: string): Promise<void> {
  await input.click();
  await input.fill(value);
  // Tab, not Enter: Enter would also submit the form the picker sits in.
  await input.press('Tab');
}

/**
 * Answers an antd dialog with one of its buttons once its opening animation has ended (a click
 * during the zoom-in can be lost), then waits until the dialog has gone.
 */
export async function answerDialog(dialog: Locator, button: RegExp | string): Promise<void> {
  await dialog.waitFor();
  const opened = (el: Element | null) => el !== null && !/\bant-zoom/.test(el.className);
  await dialog.page().waitForFunction(opened, await dialog.elementHandle());
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Scrolls `container` (only it, not the page) so that `element` sits in its middle. */
export function centerIn(container: HTMLElement | null, element: Element | null | undefined): void {
  if (!container || !element) return;
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  container.scrollTop += target.top - box.top - (box.height - target.height) / 2;
}

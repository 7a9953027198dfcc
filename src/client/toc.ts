/**
 * Marks the contents entry of the section being read (aria-current="location"), as the reader
 * scrolls. Without JavaScript the contents are plain links; this only adds where one is.
 */
export function followContents(): void {
  const nav = document.querySelector<HTMLElement>('nav[data-toc]');
  if (!nav) return;
  const entries = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
    const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return heading ? [{ link, heading }] : [];
  });
  if (entries.length === 0) return;
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  const update = () => {
    queued = false;
    // The section being read: the last whose heading has passed the top quarter of the window.
    const line = window.innerHeight / 4;
    const reading = entries.filter((e) => e.heading.getBoundingClientRect().top <= line).pop()?.link;
    if (reading === current) return;
    current?.removeAttribute('aria-current');
    reading?.setAttribute('aria-current', 'location');
    current = reading;
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  update();
}

/** Closes the contents popover once the reader has chosen where to go (without a script, a tap outside does). */
export function closeSheetOnChoice(): void {
  const sheet = document.getElementById('contents-sheet');
  sheet?.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) sheet.hidePopover();
  });
}

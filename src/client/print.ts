/** The print button needs JavaScript, so it stays hidden until this script shows it. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
  button.addEventListener('click', () => window.print());
  button.hidden = false;
}

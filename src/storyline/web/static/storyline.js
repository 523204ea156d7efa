// Citations: a click (or Enter) pins the supporting sentences open; Escape or a click
// elsewhere closes them. Hover alone already shows them, by CSS. No article text is
// touched here: the server escaped it into the page.
"use strict";
document.addEventListener("click", (event) => {
  const button = event.target.closest("button.cite");
  const open = document.querySelectorAll(".cite-wrap.open");
  for (const wrap of open) {
    if (!button || wrap !== button.parentElement) {
      wrap.classList.remove("open");
      wrap.querySelector("button.cite").setAttribute("aria-expanded", "false");
    }
  }
  if (button) {
    const wrap = button.parentElement;
    const opened = wrap.classList.toggle("open");
    button.setAttribute("aria-expanded", String(opened));
  }
});
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  for (const wrap of document.querySelectorAll(".cite-wrap.open")) {
    wrap.classList.remove("open");
    wrap.querySelector("button.cite").setAttribute("aria-expanded", "false");
  }
});

// Each recording's poster (components/VideoFacade.tsx) becomes a play button that puts the service's player in its
// place: until pressed, the page has asked the service for nothing (no thumbnail, no script, no cookie).

/** The player's address as the page gives it: only an https page of another site goes into the iframe. */
function playerAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).protocol === "https:" ? value : undefined;
  } catch {
    return undefined;
  }
}

function play(box: HTMLElement, button: HTMLButtonElement, src: string): void {
  const frame = document.createElement("iframe");
  frame.src = src;
  frame.title = box.dataset.videoTitle ?? "";
  frame.setAttribute("allow", "autoplay; fullscreen; picture-in-picture; encrypted-media");
  frame.setAttribute("allowfullscreen", "");
  button.replaceWith(frame);
  // The keyboard goes on into the player. Should the page lose the focus while it loads, it is given back then,
  // unless the visitor has put it somewhere else meanwhile.
  frame.focus();
  frame.addEventListener(
    "load",
    () => {
      if (!document.activeElement || document.activeElement === document.body) frame.focus();
    },
    { once: true },
  );
}

/** Turns one poster into a play button; a box without a poster or a usable address is left as built. */
function upgrade(box: HTMLElement): void {
  const poster = box.querySelector<HTMLAnchorElement>(":scope > a");
  const src = playerAddress(box.dataset.video);
  if (!poster || !src) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = poster.className;
  button.setAttribute("aria-label", box.dataset.videoPlay ?? "");
  button.append(...Array.from(poster.childNodes));
  poster.replaceWith(button);
  button.addEventListener("click", () => play(box, button, src), { once: true });
}

for (const box of document.querySelectorAll<HTMLElement>("[data-video]")) upgrade(box);

// next/navigation in the export: a page that calls notFound() has no page to
// write (a placeholder parameter, a page whose content file isn't there).

export class NotFoundSignal extends Error {
  constructor() {
    super("not found");
  }
}

export function notFound(): never {
  throw new NotFoundSignal();
}

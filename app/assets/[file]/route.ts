import { browserModule, type BrowserModuleName } from "@/lib/browser/bundle";

// The browser's modules (lib/browser), each a static file named for its content:
// exported once, cached by the browser across pages.

export const dynamic = "force-static";
export const dynamicParams = false;

const MODULES: BrowserModuleName[] = ["live", "search", "video"];

export function generateStaticParams() {
  return MODULES.map((name) => ({ file: browserModule(name).fileName }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = MODULES.map(browserModule).find((m) => m.fileName === file);
  if (!found) return new Response("Not found", { status: 404 });
  return new Response(found.code, { headers: { "content-type": "text/javascript; charset=utf-8" } });
}

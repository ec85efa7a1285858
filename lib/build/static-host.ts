import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";

// Serves an export as GitHub Pages (where the site is deployed) does, so that the tests and `npm start` see what
// visitors get. The type comes from the extension only: without one it is application/octet-stream, which
// link-preview crawlers refuse.

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

const contentType = (file: string) => TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";

const isFile = (p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
const isDir = (p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

interface StaticHostOptions {
  /** The site is served under this path, e.g. /kerneltlv for a GitHub project site. */
  basePath?: string;
  /** Compress text like a static host does (for measuring transfer sizes). */
  gzip?: boolean;
}

export function staticHost(root: string, { basePath = "", gzip = false }: StaticHostOptions = {}) {
  const top = path.resolve(root);
  const send = (req: IncomingMessage, res: ServerResponse, status: number, file: string | undefined) => {
    let body = file ? fs.readFileSync(file) : Buffer.from("Not found");
    const type = file ? contentType(file) : "text/plain; charset=utf-8";
    const headers: Record<string, string | number> = { "content-type": type, "cache-control": "no-cache" };
    if (
      gzip &&
      /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")
    ) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://host").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const notFound = () =>
      send(req, res, 404, isFile(path.join(top, "404.html")) ? path.join(top, "404.html") : undefined);
    if (basePath && urlPath !== basePath && !urlPath.startsWith(`${basePath}/`)) return notFound();
    const local = path.resolve(top, `.${urlPath.slice(basePath.length) || "/"}`);
    if (local !== top && !local.startsWith(top + path.sep)) return notFound();

    if (urlPath.endsWith("/"))
      return isFile(path.join(local, "index.html")) ? send(req, res, 200, path.join(local, "index.html")) : notFound();
    if (isFile(local)) return send(req, res, 200, local);
    if (isDir(local)) {
      res.writeHead(301, { location: `${encodeURI(urlPath)}/` }).end();
      return;
    }
    if (isFile(`${local}.html`)) return send(req, res, 200, `${local}.html`);
    return notFound();
  };
}

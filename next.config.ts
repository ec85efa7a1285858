import path from "node:path";
import type { NextConfig } from "next";

// A static export (npm run build: the content step, then next build), served
// by any static host: every page a folder with index.html (trailingSlash), a
// project site under /<repo>/ when BASE_PATH says so. The adapter finishes the
// export once Next has written it (lib/outputs/static-export.ts).
const basePath = process.env.BASE_PATH || undefined;

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  adapterPath: path.join(process.cwd(), "lib/build/next-adapter.mjs"),
  experimental: {
    // The stylesheet in the page: no request before the first paint.
    inlineCss: true,
    // The 404 page, app/global-not-found.tsx: the site and the embed have root layouts of their own.
    globalNotFound: true,
    // Two pages at a time in the prerendering worker, not eight: its memory, at the build's peak, is what
    // keeps a 1,000-meetup build within 1.5 GiB.
    staticGenerationMaxConcurrency: 2,
  },
  // Read their own files at run time (zone files; esbuild's binary), which bundling breaks.
  serverExternalPackages: ["@touch4it/ical-timezones", "esbuild"],
  // The preview's live updates for a browser that opens it as 127.0.0.1 (as the tests do), not only localhost.
  allowedDevOrigins: ["127.0.0.1"],
  reactStrictMode: true,
  // npm test type-checks the whole project, tests included; a build doesn't check it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;

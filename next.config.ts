import os from "node:os";
import type { NextConfig } from "next";

// A static export: every page is a file in out/, servable by any static host.
// trailingSlash makes /meetups/x a folder with index.html, which plain static
// servers serve as a page. BASE_PATH serves a project site under /<repo>/.
const basePath = process.env.BASE_PATH || undefined;

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  // Read their own files at run time (zone files; esbuild's binary), which bundling breaks.
  serverExternalPackages: ["@touch4it/ical-timezones", "esbuild"],
  reactStrictMode: true,
  // Types are checked once by `npm run typecheck` (part of `npm test`); the
  // content build stays fast for organizers.
  typescript: { ignoreBuildErrors: true },
  // Next leaves one core to itself by default; page generation is the longest
  // step of a big archive, and the main process idles through it.
  experimental: { cpus: Math.max(2, os.availableParallelism()), inlineCss: true },
};

export default nextConfig;

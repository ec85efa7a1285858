import type { NextConfig } from "next";

// Next runs the preview (`npm run dev`); the build renders the same App Router
// files itself (lib/build/pages-step.ts). The settings are the export's, so
// the preview answers as the built site does: every page a folder with
// index.html (trailingSlash), only the pages the build makes (output: export),
// a project site under /<repo>/ when BASE_PATH says so.
const basePath = process.env.BASE_PATH || undefined;

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  // Read their own files at run time (zone files; esbuild's binary), which bundling breaks.
  serverExternalPackages: ["@touch4it/ical-timezones", "esbuild"],
  reactStrictMode: true,
};

export default nextConfig;

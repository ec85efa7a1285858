import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "out/**",
      ".build/**",
      ".cache/**",
      ".contentlayer/**",
      "e2e/.sites/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  {
    rules: {
      // Speaker photos are plain files from public/ in a static export: next/image's optimiser is off.
      "@next/next/no-img-element": "off",
    },
  },
];

export default config;

import fs from "node:fs";
import postcss from "postcss";
import tailwind from "@tailwindcss/postcss";

/** The site's stylesheet (app/globals.css through Tailwind, minified), as every page inlines it. */
export async function compileStylesheet(file = "app/globals.css"): Promise<string> {
  const result = await postcss([tailwind({ optimize: { minify: true } })]).process(fs.readFileSync(file, "utf8"), {
    from: file,
  });
  return result.css;
}

import fs from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "@/lib/site";
import { layoutWords } from "@/lib/visual-text";

export const ogSize = { width: 1200, height: 630 };

// Heebo covers Hebrew and Latin. Shipped with the project (@fontsource), so that
// the build never tries to fetch a font for letters the default one lacks.
const fontFile = (subset: string, weight: number) =>
  fs.readFileSync(
    path.join(process.cwd(), `node_modules/@fontsource/heebo/files/heebo-${subset}-${weight}-normal.woff`),
  );
const fonts = [400, 700].flatMap((weight) =>
  ["latin", "hebrew"].map((subset) => ({
    name: `Heebo ${subset}`,
    data: fontFile(subset, weight),
    weight: weight as 400 | 700,
    style: "normal" as const,
  })),
);

/** Text in either direction, a word at a time (see lib/visual-text.ts). */
function Words({ text, size, style }: { text: string; size: number; style?: Record<string, string | number> }) {
  const { rtl, words } = layoutWords(text);
  return (
    <div
      style={{
        display: "flex",
        flexWrap: "wrap",
        flexDirection: rtl ? "row-reverse" : "row",
        columnGap: Math.round(size * 0.28),
        fontSize: size,
        ...style,
      }}
    >
      {words.map((w, i) => (
        <span key={i}>{w}</span>
      ))}
    </div>
  );
}

/**
 * The link-preview image every route shares: a calm dark card with the site's
 * mark, a kicker line, a title and up to two lines of detail.
 */
export function ogImage({ kicker, title, lines = [] }: { kicker: string; title: string; lines?: string[] }) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#111418",
        color: "#e8e6e1",
        fontFamily: '"Heebo latin", "Heebo hebrew"',
      }}
    >
      <div style={{ display: "flex", alignItems: "baseline", gap: 20, fontSize: 36 }}>
        <span style={{ color: "#f5b041", fontWeight: 700 }}>&gt;_</span>
        <span style={{ fontWeight: 700 }}>{site.name}</span>
        <span style={{ color: "#a9b0bb", fontSize: 28 }}>{site.tagline}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div style={{ color: "#f5b041", fontSize: 30, textTransform: "uppercase", letterSpacing: 2 }}>{kicker}</div>
        <Words text={title} size={title.length > 50 ? 58 : 72} style={{ fontWeight: 700, lineHeight: 1.1 }} />
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 8, fontSize: 32, color: "#a9b0bb" }}>
        {lines.map((l) => (
          <Words key={l} text={l} size={32} />
        ))}
      </div>
    </div>,
    { ...ogSize, fonts },
  );
}

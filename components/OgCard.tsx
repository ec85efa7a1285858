import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

export const ogSize = { width: 1200, height: 630 };

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
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", alignItems: "baseline", gap: 20, fontSize: 36 }}>
        <span style={{ color: "#f5b041", fontWeight: 700 }}>&gt;_</span>
        <span style={{ fontWeight: 700 }}>{site.name}</span>
        <span style={{ color: "#a9b0bb", fontSize: 28 }}>{site.tagline}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div style={{ color: "#f5b041", fontSize: 30, textTransform: "uppercase", letterSpacing: 2 }}>{kicker}</div>
        <div style={{ fontSize: title.length > 50 ? 58 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 8, fontSize: 32, color: "#a9b0bb" }}>
        {lines.map((l) => (
          <div key={l}>{l}</div>
        ))}
      </div>
    </div>,
    ogSize,
  );
}

import { describe, expect, it } from "vitest";
import { layoutWords } from "@/lib/visual-text";

describe("laying out words for link-preview images", () => {
  it("lays a Hebrew title out right to left, words in reading order", () => {
    expect(layoutWords("ליבת לינוקס: מבוא לזיכרון")).toEqual({
      rtl: true,
      words: ["ליבת", "לינוקס:", "מבוא", "לזיכרון"],
    });
  });

  it("keeps an English title left to right", () => {
    expect(layoutWords("eBPF Everywhere")).toEqual({ rtl: false, words: ["eBPF", "Everywhere"] });
  });

  it("keeps the order of English words inside a Hebrew title", () => {
    expect(layoutWords("ליבת Linux Kernel היום")).toEqual({ rtl: true, words: ["ליבת", "Kernel", "Linux", "היום"] });
  });

  it("keeps the order of Hebrew words inside an English line", () => {
    expect(layoutWords("With דנה כהן and Jane")).toEqual({ rtl: false, words: ["With", "כהן", "דנה", "and", "Jane"] });
  });
});

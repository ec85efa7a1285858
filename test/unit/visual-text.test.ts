import { describe, expect, it } from "vitest";
import { layoutWords, markNumberRuns, paragraphDirection } from "@/lib/visual-text";

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

describe("the direction of a paragraph", () => {
  it("is that of its first letter, whatever numbers come before it", () => {
    expect(paragraphDirection("2024: כנס ליבה")).toBe("rtl");
    expect(paragraphDirection("eBPF בעברית")).toBe("ltr");
    expect(paragraphDirection("نواة لينكس")).toBe("rtl");
    expect(paragraphDirection("")).toBe("ltr");
  });
});

describe("numbers in right-to-left text, marked for the link-preview renderer", () => {
  const LRM = "\u200e";

  it("get a left-to-right mark after each separator inside a number", () => {
    expect(markNumberRuns("מפגש 19:00-21:00 בערב")).toBe(`מפגש 19:${LRM}00-${LRM}21:${LRM}00 בערב`);
    expect(markNumberRuns("50% הנחה")).toBe(`50%${LRM} הנחה`);
  });

  it("leave words, a dash between a letter and a number, and plain numbers alone", () => {
    expect(markNumberRuns("ליבת Linux 6.1 היום")).toBe("ליבת Linux 6.1 היום");
    expect(markNumberRuns("ב-2024")).toBe("ב-2024");
  });
});

import { describe, expect, it } from "vitest";
import { markNumberRuns, paragraphDirection } from "@/lib/visual-text";

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

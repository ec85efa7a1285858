import { describe, expect, it } from "vitest";
import { markNumberRuns } from "@/lib/i18n/visual-text";

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

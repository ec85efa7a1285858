import { describe, expect, it } from "vitest";
import { writingDirection } from "@/lib/i18n/writing-direction";

describe("the direction of text nobody gave a language for", () => {
  it("reads right to left when its first letter does, as dir=auto would, however long its English words", () => {
    expect(writingDirection("ליבת Linux Kernel היום")).toBe("rtl");
    expect(writingDirection("2024: כנס ליבה")).toBe("rtl");
    expect(writingDirection("שָׁלוֹם, Linux")).toBe("rtl");
  });

  it("goes by most of its letters, so a Hebrew title that opens with a Latin word reads right to left", () => {
    expect(writingDirection("eBPF בפרודקשן, ובאג של שלושה שבועות")).toBe("rtl");
    expect(writingDirection("XDP מאפס")).toBe("rtl");
    expect(writingDirection("מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ")).toBe("rtl");
    expect(writingDirection("Tracing the scheduler with eBPF, בקצרה")).toBe("ltr");
  });

  it("knows Arabic and the other right-to-left scripts, and leaves text without letters to the browser", () => {
    expect(writingDirection("نواة لينكس")).toBe("rtl");
    expect(writingDirection("Ядро Linux")).toBe("ltr");
    expect(writingDirection("19:00–21:00 #42")).toBe("auto");
  });

  it("counts letters only: vowel points, Hebrew punctuation and Arabic digits don't tip the balance", () => {
    expect(writingDirection("Intro to שָׁלוֹם")).toBe("ltr");
    expect(writingDirection("Linux kernel ב־2024 ״")).toBe("ltr");
    expect(writingDirection("ABC ١٢٣٤٥٦٧")).toBe("ltr");
    expect(writingDirection("Linux, שָׁלוֹם")).toBe("ltr");
    expect(writingDirection("שָׁלוֹם עולם, Linux")).toBe("rtl");
  });
});

import { isInterfaceLanguage, languageName, t } from "@/lib/i18n";
import { cn } from "@/lib/site/cn";

/** "In Hebrew": said of a meetup or a talk whose language isn't the interface's; nothing otherwise. */
export function LanguageLabel({ language, className }: { language: string; className?: string }) {
  if (isInterfaceLanguage(language)) return null;
  return (
    <span
      data-pagefind-ignore
      className={cn(
        "inline-block rounded-full border border-line px-2 py-0.5 text-xs font-medium whitespace-nowrap text-muted",
        className,
      )}
    >
      {t.schedule.inLanguage(languageName(language))}
    </span>
  );
}

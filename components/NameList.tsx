import { Fragment } from "react";
import { t } from "@/lib/i18n";

/**
 * Names joined as the interface's language joins them ("Dana, Yossi and Avi",
 * "דנה, יוסי ואבי"), each isolated in its own direction, so that a Hebrew name in
 * an English sentence, or the other way round, doesn't pull the words around it.
 */
export function NameList({ names }: { names: string[] }) {
  const parts = new Intl.ListFormat(t.locale, { style: "long", type: "conjunction" }).formatToParts(names);
  return (
    <>
      {parts.map((part, i) =>
        part.type === "element" ? (
          <span dir="auto" key={i}>
            {part.value}
          </span>
        ) : (
          <Fragment key={i}>{part.value}</Fragment>
        ),
      )}
    </>
  );
}

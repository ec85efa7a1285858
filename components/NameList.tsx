import Link from "next/link";
import { Fragment } from "react";
import { t } from "@/lib/i18n";

/**
 * Names joined as the interface's language joins them, each isolated in its own direction so that a Hebrew name
 * in an English sentence doesn't pull the words around it. `hrefs`, if given, are in the order of `names`.
 */
export function NameList({ names, hrefs }: { names: string[]; hrefs?: string[] }) {
  const parts = new Intl.ListFormat(t.locale, { style: "long", type: "conjunction" }).formatToParts(names);
  let index = 0;
  return (
    <>
      {parts.map((part, i) => {
        if (part.type !== "element") return <Fragment key={i}>{part.value}</Fragment>;
        const href = hrefs?.[index++];
        const name = <span dir="auto">{part.value}</span>;
        return href ? (
          <Link key={i} href={href}>
            {name}
          </Link>
        ) : (
          <Fragment key={i}>{name}</Fragment>
        );
      })}
    </>
  );
}

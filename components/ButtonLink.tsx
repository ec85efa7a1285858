import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/site/cn";

const variants = {
  primary: "bg-accent text-on-accent hover:bg-accent-strong",
  secondary: "border border-line bg-surface text-ink hover:border-accent",
} as const;

/**
 * A link that looks like a button: for the one or two actions a page is for.
 * A path on this site goes through next/link, which adds the base path.
 */
export function ButtonLink({
  variant = "primary",
  className,
  href,
  ...props
}: ComponentProps<"a"> & { href: string; variant?: keyof typeof variants }) {
  const classes = cn(
    "inline-flex min-h-11 items-center justify-center rounded-lg px-5 py-2.5 text-center font-semibold text-balance no-underline transition-colors",
    variants[variant],
    className,
  );
  if (href.startsWith("/")) return <Link href={href} className={classes} {...props} />;
  return <a href={href} className={classes} {...props} />;
}

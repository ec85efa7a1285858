import saved from "@/.build/preview-problems.json";
import { formatProblem, type Problem } from "@/lib/content/problems";

const problems = saved as Problem[];

/**
 * npm run dev only: the last save was refused, and the page shows the last version that passed. In English, as
 * the terminal says it.
 */
export function PreviewProblems() {
  if (process.env.NODE_ENV !== "development" || problems.length === 0) return null;
  return (
    <section
      role="alert"
      lang="en"
      dir="ltr"
      aria-labelledby="preview-problems"
      className="border-b-4 border-accent bg-accent-soft px-4 py-3 text-ink sm:px-6"
    >
      <h2 id="preview-problems" className="font-bold">
        Your last save was not used: this page shows the last version that passed. Fix{" "}
        {problems.length === 1 ? "this" : "these"} and save again:
      </h2>
      <ul className="mt-2 list-disc ps-5 font-mono text-sm">
        {problems.map((p, i) => (
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
    </section>
  );
}

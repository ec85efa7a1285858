import { editUrl } from "@/lib/urls";

/** For organizers: the page's source file, open in the repository's editor. */
export function EditLink({ sourcePath }: { sourcePath: string }) {
  return (
    <p className="mt-12 border-t border-line pt-4 text-sm">
      <a href={editUrl(sourcePath)} className="underline">
        Edit this page
      </a>
      <span className="text-muted"> · {sourcePath}</span>
    </p>
  );
}

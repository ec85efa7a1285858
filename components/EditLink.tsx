import { t } from "@/lib/i18n";
import { editUrl } from "@/lib/site/urls";

/** For organizers: the page's source file, open in the repository's editor. */
export function EditLink({ sourcePath }: { sourcePath: string }) {
  return (
    <p className="mt-12 border-t border-line pt-4 text-sm" data-pagefind-ignore>
      {/* The file's path is in the link, for the organizer who follows it; visitors need only the words. */}
      <a href={editUrl(sourcePath)} className="underline">
        {t.meetup.edit}
      </a>
    </p>
  );
}

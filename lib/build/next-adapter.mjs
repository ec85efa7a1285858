// Next's build adapter (adapterPath in next.config.ts). JavaScript because Next imports it as it is; tsx loads
// the TypeScript behind it.
import path from "node:path";
import { tsImport } from "tsx/esm/api";

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "static-host",
  async onBuildComplete({ projectDir, distDir }) {
    const tsconfig = path.join(projectDir, "tsconfig.json");
    const { finishExport } = await tsImport("../outputs/static-export.ts", { parentURL: import.meta.url, tsconfig });
    // A failure is reported there, as organizers read it; Next would add the stack of anything thrown.
    if (!(await finishExport(path.join(projectDir, "out"), distDir))) process.exit(1);
  },
};

export default adapter;

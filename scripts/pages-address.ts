// Prints the deployment's address as GitHub Actions step outputs (see .github/workflows/deploy.yml):
//   tsx scripts/pages-address.ts <pages base_url>
import { pagesAddress } from "../lib/build/deploy";
import { site } from "../lib/site/config";

const address = pagesAddress(site.url, process.argv[2] ?? "");
console.log(`site_url=${address.siteUrl}`);
console.log(`base_path=${address.basePath}`);

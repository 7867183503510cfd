// Writes app/utrecht-tokens.css: the Utrecht design tokens the site's stylesheets use (see
// scripts/lib/utrecht-tokens.ts). Run after upgrading @utrecht/design-tokens or using a new
// Utrecht component or token: `npx tsx scripts/utrecht-tokens.ts`.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { TOKENS_FILE, utrechtTokensCss } from "./lib/utrecht-tokens";

const root = path.resolve(import.meta.dirname, "..");
const css = utrechtTokensCss(root);
writeFileSync(path.join(root, TOKENS_FILE), css);
console.log(`${TOKENS_FILE}: ${(css.length / 1024).toFixed(1)} kB`);

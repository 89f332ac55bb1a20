/** Écrit le second classeur d'exemple et sa vérité terrain dans assets/exemples/. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { genererAutreMiseEnPage } from "./index";

async function principal(): Promise<void> {
  const dossier = join(process.cwd(), "assets", "exemples");
  await mkdir(dossier, { recursive: true });
  const { buffer, verite } = await genererAutreMiseEnPage();
  const base = join(dossier, "diagnostic-autre-mise-en-page");
  await writeFile(`${base}.xlsx`, buffer);
  await writeFile(`${base}.verite.json`, `${JSON.stringify(verite, null, 2)}\n`);
  const n = verite.onglets.reduce((s, o) => s + o.saisies.length, 0);
  process.stdout.write(
    `${base}.xlsx : ${verite.onglets.length} onglets, ${n} saisies, ${verite.erreurs.length} erreurs semées\n`,
  );
}

principal().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { trierSynthese } from "../../domain/relecture";
import { messageEcriture } from "../../gateway/xlsx/erreurs-systeme";
import type { Sorties } from "../sorties";
import { versionOutil } from "../version";
import type { CommandeRelire } from "./arguments-relecture";
import { barreProgression } from "./barre";
import { assembler, codeRelecture, documentRelecture, type RetourRelu } from "./document-relecture";
import { developperChemins } from "./fichiers";
import { relireLot } from "./lot-relecture";
import { rendreRelecture } from "./messages-relecture";
import { pageBilan } from "./rapport-html";
import type { TacheRelecture } from "./relire-fichier";
import { refusSortie } from "./sortie-fichier";
import { texteBilanRelecture, texteRelecture } from "./sortie-texte-relire";

/**
 * `relire` : lit retours et classeurs envoyés dans des fils (un par cœur), apparie, compare les
 * valeurs pré-renseignées, puis écrit le texte ou le JSON, et les rapports demandés (fichiers
 * neufs seulement). Les classeurs lus ne sont jamais modifiés.
 */

export interface OptionsRelire {
  readonly terminal?: boolean;
  /** Date du bilan (titre des rapports) ; aujourd'hui par défaut. */
  readonly date?: Date;
}

async function ecrireRapport(chemin: string, retours: readonly RetourRelu[], titre: string) {
  if (extname(chemin).toLowerCase() === ".xlsx") {
    // ExcelJS n'est chargé que pour écrire un bilan .xlsx.
    const { classeurBilan } = await import("./rapport-xlsx");
    const wb = classeurBilan(retours, chemin, titre);
    const octets = Buffer.from(await wb.xlsx.writeBuffer());
    await writeFile(chemin, octets, { flag: "wx" });
  } else {
    await writeFile(chemin, pageBilan(retours, titre), { flag: "wx", encoding: "utf8" });
  }
}

export async function commandeRelire(
  c: CommandeRelire,
  io: Sorties,
  options: OptionsRelire = {},
): Promise<number> {
  const retours = await developperChemins(c.fichiers);
  const references = await developperChemins(c.references);
  if (retours.length === 0) {
    io.err(rendreRelecture({ code: "relire/aucun-retour", params: {} }));
    return 2;
  }
  if (c.references.length > 0 && references.length === 0) {
    io.err(rendreRelecture({ code: "relire/aucune-reference", params: {} }));
    return 2;
  }
  for (const rapport of c.rapports) {
    const refus = await refusSortie(
      rapport,
      [...retours, ...references, ...c.rapports.filter((r) => r !== rapport)],
      "--rapport",
    );
    if (refus) {
      io.err(rendreRelecture({ code: "commande/erreur", params: { message: refus } }));
      return 2;
    }
  }
  const taches: TacheRelecture[] = [
    ...references.map((fichier) => ({ fichier, role: "reference" as const })),
    ...retours.map((fichier) => ({ fichier, role: "retour" as const })),
  ];
  const barre = barreProgression(io.err, taches.length, {
    terminal: options.terminal ?? process.stderr.isTTY === true,
  });
  const debut = performance.now();
  const lus = await relireLot(taches, barre);
  barre.terminer(performance.now() - debut);
  const relus = assembler(
    lus.filter((l) => l.role === "retour"),
    lus.filter((l) => l.role === "reference"),
  );
  const document = documentRelecture(versionOutil(), relus);
  const parSynthese = new Map(relus.map((r) => [r.synthese, r]));
  const tries = trierSynthese(relus.map((r) => r.synthese)).map((s) => parSynthese.get(s)!);
  const date = (options.date ?? new Date()).toLocaleDateString("fr-FR");
  const titre = rendreRelecture({ code: "rapport/titre", params: { date } });
  for (const rapport of c.rapports) {
    try {
      await ecrireRapport(rapport, tries, titre);
      io.err(rendreRelecture({ code: "rapport/cree", params: { rapport } }));
    } catch (e) {
      const message = messageEcriture(e, rapport);
      io.err(rendreRelecture({ code: "commande/erreur", params: { message } }));
      return 2;
    }
  }
  if (c.json) io.out(`${JSON.stringify(document, null, 2)}\n`);
  else {
    io.out(texteRelecture(tries));
    io.out(
      texteBilanRelecture(document, tries.filter((r) => r.synthese.priorite === "appeler").length),
    );
  }
  return codeRelecture(document.resume);
}

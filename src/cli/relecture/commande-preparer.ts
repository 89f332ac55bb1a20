import { readFile, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { reconnaitreOnglets } from "../../domain/classeur/reconnaissance";
import { collecterPrerenseignees, ecrireEmpreinte, EMPREINTE_NS } from "../../domain/relecture";
import { messageEcriture } from "../../gateway/xlsx/erreurs-systeme";
import { lireClasseurXlsx } from "../../gateway/xlsx/lire-xlsx";
import { ecrirePartieXml } from "../../gateway/xlsx/parties-xml";
import type { Sorties } from "../sorties";
import { versionOutil } from "../version";
import type { CommandePreparer } from "./arguments-relecture";
import { refusSortie } from "./sortie-fichier";

/**
 * `preparer <envoi> --sortie <copie>` : une copie octet pour octet du classeur à envoyer, plus une
 * partie XML personnalisée qui porte l'empreinte de ses valeurs pré-renseignées (ADR 0012).
 * L'original n'est jamais modifié ; la copie garde son extension (.xlsx, ou .xlsm et ses macros).
 */

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function commandePreparer(
  c: CommandePreparer,
  io: Sorties,
  date: Date = new Date(),
): Promise<number> {
  const ext = extname(c.envoi).toLowerCase();
  if (extname(c.sortie).toLowerCase() !== ext || ![".xlsx", ".xlsm"].includes(ext)) {
    io.err(
      `cpom-diagnostic : la copie « ${c.sortie} » doit avoir l'extension du classeur envoyé (${ext || ".xlsx"}) : c'est le même classeur, avec son empreinte.\n`,
    );
    return 2;
  }
  const refus = await refusSortie(c.sortie, [c.envoi], "--sortie");
  if (refus) {
    io.err(`cpom-diagnostic : ${refus}\n`);
    return 2;
  }
  let octets: Buffer;
  let xml: string;
  let nombre: number;
  try {
    const snapshot = await lireClasseurXlsx(c.envoi);
    const valeurs = collecterPrerenseignees(snapshot, reconnaitreOnglets(snapshot));
    nombre = valeurs.length;
    xml = ecrireEmpreinte(valeurs, {
      outil: `cpom-diagnostic ${versionOutil()}`,
      date: date.toISOString(),
    });
    octets = await readFile(c.envoi);
  } catch (e) {
    io.err(`cpom-diagnostic : ${message(e)}\n`);
    return 2;
  }
  try {
    await writeFile(c.sortie, ecrirePartieXml(octets, EMPREINTE_NS, xml), { flag: "wx" });
  } catch (e) {
    io.err(`cpom-diagnostic : ${messageEcriture(e, c.sortie)}\n`);
    return 2;
  }
  if (nombre === 0) {
    io.err(
      "cpom-diagnostic : attention, aucune valeur pré-renseignée trouvée (onglets 2-B, 2-C, 2-G…) : l'empreinte est vide.\n",
    );
  }
  io.out(
    [
      `Copie créée : « ${c.sortie} »`,
      `  Empreinte de ${nombre} valeur(s) pré-renseignée(s) ajoutée (partie XML personnalisée).`,
      `  Envoyez cette copie ; « cpom-diagnostic relire » vérifiera le retour sans le classeur envoyé.`,
      `  Le classeur « ${c.envoi} » n'a pas été modifié.`,
      "",
    ].join("\n"),
  );
  return 0;
}

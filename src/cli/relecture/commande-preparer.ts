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
import { rendreRelecture } from "./messages-relecture";
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
      rendreRelecture({
        code: "preparer/extension",
        params: { sortie: c.sortie, extension: ext || ".xlsx" },
      }),
    );
    return 2;
  }
  const refus = await refusSortie(c.sortie, [c.envoi], "--sortie");
  if (refus) {
    io.err(rendreRelecture({ code: "commande/erreur", params: { message: refus } }));
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
    io.err(rendreRelecture({ code: "commande/erreur", params: { message: message(e) } }));
    return 2;
  }
  try {
    await writeFile(c.sortie, ecrirePartieXml(octets, EMPREINTE_NS, xml), { flag: "wx" });
  } catch (e) {
    const erreur = messageEcriture(e, c.sortie);
    io.err(rendreRelecture({ code: "commande/erreur", params: { message: erreur } }));
    return 2;
  }
  if (nombre === 0) {
    io.err(rendreRelecture({ code: "preparer/empreinte-vide", params: {} }));
  }
  io.out(
    rendreRelecture({
      code: "preparer/bilan",
      params: { sortie: c.sortie, nombre, envoi: c.envoi },
    }),
  );
  return 0;
}

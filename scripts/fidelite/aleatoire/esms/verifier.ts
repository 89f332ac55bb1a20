import { adresseA1 } from "../../../../src/domain/classeur/adresse";
import { Feuille } from "../../../../src/domain/classeur/reperage/feuille";
import { repererTableauEsms } from "../../../../src/domain/classeur/reperage/tableau-esms";
import { typerClasseur } from "../../../../src/domain/classeur/typage/classeur";
import { lireClasseurXlsx } from "../../../../src/gateway/xlsx/lire-xlsx";
import { ecrireOngletEsms } from "./ecrire";
import type { OngletEsmsAleatoire } from "./parametres";

/**
 * Écarts d'un onglet de tableaux d'ESMS aléatoire : chaque (ESMS, mode, mesure) du modèle doit
 * revenir à sa cellule, et aucun ESMS de plus. Liste vide = lu exactement.
 */
export async function ecartsEsms(o: OngletEsmsAleatoire): Promise<string[]> {
  const ecrit = await ecrireOngletEsms(o);
  const snap = await lireClasseurXlsx(ecrit.buffer);
  const sheet = snap.sheets[0]!;
  const onglet = {
    sheetId: sheet.id,
    nom: sheet.name,
    position: 0,
    visible: true,
    type: "departementaux-2g" as const,
    confiance: 1,
    origine: "nom+contenu" as const,
  };
  const t = repererTableauEsms(
    new Feuille(sheet, onglet, typerClasseur(snap).feuille(sheet)),
    () => undefined,
  );
  const lues = new Set(
    t.esms.flatMap((e) =>
      Object.values(e.valeurs).map(
        (c) =>
          `${e.finess}|${e.mode ?? ""}|${c?.libelle.split(" — ").pop() ?? ""}|${adresseA1(c!.location.row, c!.location.col)}`,
      ),
    ),
  );
  const manquees = ecrit.valeurs
    .map((v) => `${v.finess}|${v.mode ?? ""}|${v.mesure}|${v.adresse}`)
    .filter((k) => !lues.has(k))
    .map((k) => `valeur non rendue ${k}`);
  const lus = new Set(t.esms.map((e) => e.finess).filter(Boolean));
  const attendus = new Set(ecrit.finess);
  const enTrop = [...lus].filter((f) => !attendus.has(f)).map((f) => `ESMS en trop ${f}`);
  const absents = [...attendus].filter((f) => !lus.has(f)).map((f) => `ESMS absent ${f}`);
  return [...manquees, ...enTrop, ...absents];
}

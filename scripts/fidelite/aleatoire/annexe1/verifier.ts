import { adresseA1 } from "../../../../src/domain/classeur/adresse";
import { lireClasseurXlsx } from "../../../../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../../../../src/use-cases/analyser";
import { ecrireAnnexe1 } from "./ecrire";
import type { MiseEnPageAnnexe1 } from "./parametres";

/**
 * Écarts d'une Annexe 1 aléatoire : chaque ESMS de la vérité retrouvé (par son FINESS), dans le bon
 * secteur, chaque colonne à sa cellule ; aucun ESMS de plus ; aucune « erreur » sur l'onglet.
 */
export async function ecartsAnnexe1(m: MiseEnPageAnnexe1): Promise<string[]> {
  const { buffer, verite } = await ecrireAnnexe1(m);
  const a = analyserInstantane(await lireClasseurXlsx(buffer));
  const lignes = a.repere.annexe1?.esms ?? [];
  const ecarts: string[] = [];
  for (const e of verite.esms) {
    const l = lignes.find((x) => String(x.champs.finess?.cellule.value ?? "") === e.finess);
    if (!l) {
      ecarts.push(`ESMS ${e.finess} non repéré`);
      continue;
    }
    if (l.secteur !== e.secteur)
      ecarts.push(`ESMS ${e.finess} : secteur ${l.secteur} ≠ ${e.secteur}`);
    for (const [cle, adresse] of Object.entries(e.cellules)) {
      if (cle === "secteur") continue;
      const c = l.champs[cle];
      const lu = c ? adresseA1(c.location.row, c.location.col) : "—";
      if (lu !== adresse) ecarts.push(`ESMS ${e.finess} : ${cle} en ${lu} ≠ ${adresse}`);
    }
  }
  const attendus = new Set(verite.esms.map((e) => e.finess));
  for (const l of lignes) {
    const f = String(l.champs.finess?.cellule.value ?? "");
    if (f && !attendus.has(f)) ecarts.push(`ESMS en trop ${f}`);
  }
  const erreurs = a.constats
    .filter(
      (c) => c.gravite === "erreur" && c.locations.some((x) => x.sheetName === verite.feuille),
    )
    .map((c) => c.controle);
  if (erreurs.length > 0) ecarts.push(`fausses erreurs ${erreurs.join(", ")}`);
  return ecarts;
}

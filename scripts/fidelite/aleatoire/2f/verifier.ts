import { adresseA1 } from "../../../../src/domain/classeur/adresse";
import type { Champ, Creton2F } from "../../../../src/domain/classeur/modele";
import { lireClasseurXlsx } from "../../../../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../../../../src/use-cases/analyser";
import { ecrire2F } from "./ecrire";
import type { MiseEnPage2F } from "./parametres";

/**
 * Écarts d'une Annexe 2-F aléatoire : chaque cellule du modèle rendue à son adresse avec son
 * établissement, son mode et son orientation ; totaux et identités désignés ; seul le total faussé
 * est une « erreur » sur l'onglet. Liste vide = lu exactement.
 */

const a1 = (c: Champ | undefined) => (c ? adresseA1(c.location.row, c.location.col) : "");

function designees(z: Creton2F): Set<string> {
  const out = new Set<string>();
  for (const l of [z.total, ...Object.values(z.totauxModes ?? {}), ...z.lignes]) {
    if (!l) continue;
    for (const c of [l.total, l.finess, l.nom, ...Object.values(l.totauxModes ?? {})])
      if (c) out.add(a1(c));
    for (const v of [...l.valeurs, ...(l.totauxOrientations ?? [])]) out.add(a1(v.champ));
  }
  return out;
}

export async function ecarts2F(m: MiseEnPage2F): Promise<string[]> {
  const { buffer, verite } = await ecrire2F(m);
  const a = analyserInstantane(await lireClasseurXlsx(buffer));
  const z = a.repere.creton2f;
  if (!z) return ["2-F non repéré"];
  const lues = new Set(
    z.lignes.flatMap((l) =>
      l.valeurs.map(
        (v) => `${a1(v.champ)}|${String(l.finess?.cellule.value ?? "")}|${v.mode}|${v.orientation}`,
      ),
    ),
  );
  const attendues = verite.valeurs.map(
    (v) => `${v.adresse}|${v.finess}|${v.mode}|${v.orientation}`,
  );
  const ecarts = attendues.filter((k) => !lues.has(k)).map((k) => `valeur non rendue ${k}`);
  if (lues.size !== attendues.length)
    ecarts.push(`${lues.size} valeurs lues pour ${attendues.length}`);
  const vues = designees(z);
  for (const x of [...verite.totaux, ...verite.identites.map((i) => i.adresse)]) {
    if (!vues.has(x)) ecarts.push(`total ou identité non désigné ${x}`);
  }
  const erreurs = a.constats
    .filter(
      (c) => c.gravite === "erreur" && c.locations.some((l) => l.sheetName === verite.feuille),
    )
    .map((c) => `${c.controle} ${c.locations.map((l) => adresseA1(l.row, l.col))[0]}`);
  const attendu = verite.erreur ? [`creton/total-incoherent ${verite.erreur}`] : [];
  if (JSON.stringify(erreurs) !== JSON.stringify(attendu))
    ecarts.push(`erreurs ${erreurs.join(", ") || "aucune"} ≠ ${attendu.join(", ") || "aucune"}`);
  return ecarts;
}

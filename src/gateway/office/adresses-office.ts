import { lireZone } from "../../domain/classeur/adresse";
import type { CellRange } from "../../domain/classeur/snapshot";

/**
 * « Feuille!A1:B2,'Feuille, bis'!C3 » (adresse de `RangeAreas`) → zones. Les virgules à
 * l'intérieur d'un nom de feuille cité sont respectées.
 */
export function zonesDeAdresse(adresse: string | null | undefined): CellRange[] {
  if (!adresse) return [];
  const parties: string[] = [];
  let courant = "";
  let cite = false;
  for (const ch of adresse) {
    if (ch === "'") cite = !cite;
    if (ch === "," && !cite) {
      parties.push(courant);
      courant = "";
    } else courant += ch;
  }
  parties.push(courant);
  return parties
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) =>
      lireZone((p.includes("!") ? p.slice(p.lastIndexOf("!") + 1) : p).replace(/\$/g, "")),
    );
}

/** « =Listes!$A$1:$A$3 », « ='Ma liste'!A1:A3 », « =$A$1:$A$3 » → feuille et zone. */
export function referenceListe(source: string): { feuille?: string; zone: CellRange } | undefined {
  const m =
    /^=?(?:(?:'((?:[^']|'')+)'|([^!']+))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(
      source.trim(),
    );
  if (!m?.[3]) return undefined;
  const feuille = m[1]?.replace(/''/g, "'") ?? m[2];
  const zone = lireZone(m[3].replace(/\$/g, ""));
  return feuille ? { feuille, zone } : { zone };
}

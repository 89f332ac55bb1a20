import type { DiagnosticRepere } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { reconnaitre2C, type DefinitionAnap } from "./anap-2c";
import { normaliserFiness } from "../valeurs/finess";
import type { Instance } from "./types";

/**
 * Instances de la famille `anap` (2-C). Un pourcentage est une fraction si la cellule a un format
 * « % » ; sinon il est lu comme des points de % (95,8 → 0,958), forme des exports du TdB. Si
 * plusieurs colonnes d'un ESMS correspondent au même indicateur, le libellé le plus court l'emporte
 * (le taux global plutôt qu'un taux par motif).
 */
export function instances2C(repere: DiagnosticRepere): Instance[] {
  const zone = repere.anap2c;
  if (!zone) return [];
  // Les mêmes en-têtes de colonnes se répètent sur chaque ESMS : reconnus une fois par analyse.
  const reconnus = new Map<string, DefinitionAnap | null>();
  const reconnaitre = (libelle: string): DefinitionAnap | undefined => {
    let def = reconnus.get(libelle);
    if (def === undefined) {
      def = reconnaitre2C(normaliserTexte(libelle)) ?? null;
      reconnus.set(libelle, def);
    }
    return def ?? undefined;
  };
  return zone.esms.flatMap((esms) => {
    const retenus = new Map<string, { libelle: string; instance: Instance }>();
    let perimetre: Instance["perimetre"] | undefined;
    for (const [libelle, champ] of Object.entries(esms.valeurs)) {
      if (!champ) continue;
      const def = reconnaitre(libelle);
      if (!def) continue;
      const deja = retenus.get(def.id);
      if (deja && deja.libelle.length <= libelle.length) continue;
      const points = def.unite === "%" && !champ.cellule.numberFormat.includes("%");
      if (!perimetre) {
        const finess = normaliserFiness(esms.finess);
        perimetre = { cle: finess || normaliserTexte(esms.nom), libelle: esms.nom || finess };
      }
      // Littéraux écrits sans décomposition (1 200 instances au 10×), mêmes clés dans le même ordre.
      const entree = { cle: "valeur", libelle: champ.libelle || libelle, champ };
      retenus.set(def.id, {
        libelle,
        instance: points
          ? {
              definition: def,
              perimetre,
              entrees: [{ ...entree, facteur: 0.01 }],
              relue: champ,
              note: "valeur lue en points de %",
            }
          : { definition: def, perimetre, entrees: [entree], relue: champ },
      });
    }
    return [...retenus.values()].map((r) => r.instance);
  });
}

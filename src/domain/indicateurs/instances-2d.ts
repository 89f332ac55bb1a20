import type { Colonne2D, DiagnosticRepere } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { INDICATEUR_2D_AUTRE } from "./complementaires-2d";
import { reconnaitre2D } from "./reconnaissance-2d";
import { normaliserFiness } from "../valeurs/finess";
import { clePerimetre, trouverEsms } from "./esms";
import type { Instance, Perimetre } from "./types";

/** Instances de la famille `compl` : un taux par indicateur 2-D et par colonne (périmètre). */
export function instances2D(repere: DiagnosticRepere): Instance[] {
  const zone = repere.complementaires2d;
  if (!zone) return [];
  // Les mêmes périmètres reviennent dans chaque bloc d'indicateur : rapprochés une fois.
  const perimetres = new Map<string, Perimetre>();
  const perimetreDe = (col: Colonne2D): Perimetre => {
    const entete = col.perimetre.trim();
    const cleMemo = `${col.finess ?? "\u0000"}\u0001${col.nom ?? "\u0000"}\u0001${entete}`;
    const deja = perimetres.get(cleMemo);
    if (deja) return deja;
    const esms = trouverEsms(repere.annexe1, col.finess ?? entete, col.nom ?? entete);
    const finess =
      col.finess ?? (/^\d{8,9}$/.test(entete.replace(/\s/g, "")) ? normaliserFiness(entete) : "");
    const cle = esms
      ? clePerimetre(esms, entete)
      : finess || normaliserTexte(entete) || "organisme";
    const p = { cle, libelle: entete || "Organisme" };
    perimetres.set(cleMemo, p);
    return p;
  };
  return zone.indicateurs.flatMap((ind) => {
    const reconnu = reconnaitre2D(normaliserTexte(ind.intitule));
    const definition = reconnu ?? INDICATEUR_2D_AUTRE;
    return ind.colonnes.map((col): Instance => {
      const perimetre = perimetreDe(col);
      const entrees = [
        {
          cle: "numerateur",
          libelle: ind.libelleNumerateur || "numérateur",
          champ: col.numerateur,
        },
        {
          cle: "denominateur",
          libelle: ind.libelleDenominateur || "dénominateur",
          champ: col.denominateur,
        },
      ];
      // Un littéral par forme, clés dans l'ordre { definition, libelle?, perimetre, entrees,
      // resultat? } : propriétés dans l'objet, sans décomposition.
      const resultat = col.taux;
      if (reconnu) {
        return resultat
          ? { definition, perimetre, entrees, resultat }
          : { definition, perimetre, entrees };
      }
      const libelle = ind.intitule;
      return resultat
        ? { definition, libelle, perimetre, entrees, resultat }
        : { definition, libelle, perimetre, entrees };
    });
  });
}

import type { DiagnosticRepere } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { INDICATEUR_2D_AUTRE } from "./complementaires-2d";
import { reconnaitre2D } from "./reconnaissance-2d";
import { normaliserFiness } from "../valeurs/finess";
import { clePerimetre, trouverEsms } from "./esms";
import type { Instance } from "./types";

/** Instances de la famille `compl` : un taux par indicateur 2-D et par colonne (périmètre). */
export function instances2D(repere: DiagnosticRepere): Instance[] {
  const zone = repere.complementaires2d;
  if (!zone) return [];
  return zone.indicateurs.flatMap((ind) => {
    const reconnu = reconnaitre2D(normaliserTexte(ind.intitule));
    const definition = reconnu ?? INDICATEUR_2D_AUTRE;
    return ind.colonnes.map((col): Instance => {
      const entete = col.perimetre.trim();
      const esms = trouverEsms(repere.annexe1, col.finess ?? entete, col.nom ?? entete);
      const finess =
        col.finess ?? (/^\d{8,9}$/.test(entete.replace(/\s/g, "")) ? normaliserFiness(entete) : "");
      const cle = esms
        ? clePerimetre(esms, entete)
        : finess || normaliserTexte(entete) || "organisme";
      return {
        definition,
        ...(reconnu ? {} : { libelle: ind.intitule }),
        perimetre: { cle, libelle: entete || "Organisme" },
        entrees: [
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
        ],
        ...(col.taux ? { resultat: col.taux } : {}),
      };
    });
  });
}

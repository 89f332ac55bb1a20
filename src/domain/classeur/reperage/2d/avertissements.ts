import { adresseA1 } from "../../adresse";
import type { Indicateur2D } from "../../modele";
import { normaliserTexte } from "../../texte";
import type { Feuille, Libelle } from "../feuille";
import type { Avertir } from "../localiser-types";
import { rendreRepere } from "../messages-reperage";
import { INTITULES_2D, reconnaitreIntitule2D } from "./intitules";
import { role2D } from "./roles";

/**
 * 2-D : ce que le repérage n'a pas pu lire, dit précisément (jamais d'échec silencieux) : libellés
 * de numérateur rattachés à aucun bloc, intitulés non reconnus, périmètres sans identité,
 * indicateurs du modèle absents, et les formes essayées quand rien n'est trouvé.
 */

export { FORMES_ESSAYEES } from "../messages-reperage";

const ou = (l: { row: number; col: number }) => adresseA1(l.row, l.col);

export function avertir2D(
  f: Feuille,
  indicateurs: readonly Indicateur2D[],
  utilises: ReadonlySet<Libelle>,
  avertir: Avertir,
): void {
  if (indicateurs.length === 0) {
    avertir(rendreRepere({ code: "complementaires-2d/sans-indicateur", params: {} }));
  }
  const orphelins = f.libelles().filter((l) => role2D(l.norm) === "numerateur" && !utilises.has(l));
  for (const l of orphelins.slice(0, 5)) {
    avertir(
      rendreRepere({
        code: "complementaires-2d/libelle-orphelin",
        params: { libelle: l.texte.trim(), cellule: ou(l) },
      }),
    );
  }
  for (const ind of indicateurs) {
    const cellule = ind.location ? ou(ind.location) : undefined;
    if (!ind.intitule) {
      avertir(
        rendreRepere(
          cellule
            ? { code: "complementaires-2d/sans-intitule-situe", params: { cellule } }
            : { code: "complementaires-2d/sans-intitule", params: {} },
        ),
      );
    } else if (!reconnaitreIntitule2D(normaliserTexte(ind.intitule))) {
      const intitule = ind.intitule;
      avertir(
        rendreRepere(
          cellule
            ? { code: "complementaires-2d/intitule-inconnu-situe", params: { intitule, cellule } }
            : { code: "complementaires-2d/intitule-inconnu", params: { intitule } },
        ),
      );
    }
    const sans = ind.colonnes.filter((c) => !c.perimetre);
    if (sans.length > 0 && ind.colonnes.length > 1) {
      avertir(
        rendreRepere({
          code: "complementaires-2d/perimetres-anonymes",
          params: {
            intitule: ind.intitule,
            perimetres: sans.length,
            cellules: sans.map((c) => ou(c.numerateur.location)).join(", "),
          },
        }),
      );
    }
  }
  if (indicateurs.length === 0) return;
  const trouves = new Set(
    indicateurs.map((i) => reconnaitreIntitule2D(normaliserTexte(i.intitule))?.id).filter((x) => x),
  );
  const absents = INTITULES_2D.filter((d) => !trouves.has(d.id)).map((d) => d.libelle);
  if (absents.length > 0) {
    avertir(
      rendreRepere({
        code: "complementaires-2d/absents",
        params: { absents: absents.join(" ; ") },
      }),
    );
  }
}

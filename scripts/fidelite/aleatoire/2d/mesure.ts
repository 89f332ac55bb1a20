import { adresseA1 } from "../../../../src/domain/classeur/adresse";
import { normaliserTexte } from "../../../../src/domain/classeur/texte";
import { reconnaitre2D } from "../../../../src/domain/indicateurs/reconnaissance-2d";
import type { WorkbookSnapshot } from "../../../../src/domain/classeur/snapshot";
import { analyserInstantane } from "../../../../src/use-cases/analyser";
import type { Verite2D } from "./grille";

/**
 * Fidélité 2-D d'un classeur contre sa vérité terrain : chaque cellule de valeur est repérée comme
 * le bon terme du bon indicateur ; chaque taux du modèle est calculé avec la valeur du classeur ;
 * les incohérences semées sont trouvées à leur cellule ; aucune « erreur » 2-D n'est fausse.
 */

export interface Mesure2D {
  readonly attendues: number;
  readonly manquees: readonly string[];
  readonly taux: number;
  readonly tauxFaux: readonly string[];
  readonly semees: number;
  readonly semeesManquees: readonly string[];
  readonly faussesErreurs: readonly string[];
}

const ici = (l: { row: number; col: number }) => adresseA1(l.row, l.col);

export function mesurer2D(snapshot: WorkbookSnapshot, v: Verite2D): Mesure2D {
  const a = analyserInstantane(snapshot);
  const vus = new Map<string, string>();
  for (const ind of a.repere.complementaires2d?.indicateurs ?? []) {
    const id = reconnaitre2D(normaliserTexte(ind.intitule))?.id ?? "?";
    for (const c of ind.colonnes) {
      vus.set(ici(c.numerateur.location), `${id}/numerateur`);
      vus.set(ici(c.denominateur.location), `${id}/denominateur`);
      if (c.taux) vus.set(ici(c.taux.location), `${id}/taux`);
    }
  }
  const attendu = (x: Verite2D["valeurs"][number]) => `compl.${x.indicateur}/${x.mesure}`;
  const manquees = v.valeurs
    .filter((x) => vus.get(x.cellule) !== attendu(x))
    .map((x) => `${x.cellule} ${attendu(x)} (lu : ${vus.get(x.cellule) ?? "rien"})`);
  const tauxAttendus = v.valeurs.filter((x) => x.mesure === "taux" && x.valeur !== null);
  const tauxFaux = tauxAttendus
    .filter((x) => {
      const r = a.indicateurs.find(
        (i) => i.id === `compl.${x.indicateur}` && i.location && ici(i.location) === x.cellule,
      );
      return !r || r.valeur === null || Math.abs(r.valeur - (x.valeur as number)) > 1e-9;
    })
    .map((x) => `${x.cellule} compl.${x.indicateur} = ${x.valeur}`);
  const dans2D = (l: { sheetName: string }) => l.sheetName === v.onglet;
  const semeesManquees = v.erreurs
    .filter(
      (e) =>
        !a.constats.some(
          (c) => c.controle === e.controle && c.locations.some((l) => ici(l) === e.cellule),
        ),
    )
    .map((e) => `${e.controle} (${e.cellule})`);
  const semees = new Set(v.erreurs.map((e) => e.cellule));
  const faussesErreurs = a.constats
    .filter((c) => c.gravite === "erreur" && c.locations.some(dans2D))
    .filter((c) => !c.locations.some((l) => dans2D(l) && semees.has(ici(l))))
    .map((c) => `${c.controle} (${c.locations.map(ici).join(", ")})`);
  return {
    attendues: v.valeurs.length,
    manquees,
    taux: tauxAttendus.length,
    tauxFaux,
    semees: v.erreurs.length,
    semeesManquees,
    faussesErreurs,
  };
}

import { entreeCatalogue } from "../classeur/catalogue/catalogue";
import { estVide } from "../classeur/cellule";
import type { Champ, DiagnosticRepere } from "../classeur/modele";
import { localiserFiches } from "../classeur/reperage/fiches/localiser-fiches";
import type { WorkbookSnapshot } from "../classeur/snapshot";
import type { OngletReconnu } from "../classeur/types-onglet";
import { calculerIndicateurs, evaluerInstances, verifierFormules } from "../indicateurs";
import { secteursAnnexe1 } from "./esms";
import type { CelluleSaisie, VueControle } from "./types";

/**
 * Vue lue par les contrôles. Les calculs coûteux (indicateurs, écarts de formules, saisies) sont
 * faits au premier appel puis partagés.
 */

function memo<T>(calcul: () => T): () => T {
  let fait = false;
  let valeur: T;
  return () => {
    if (!fait) {
      valeur = calcul();
      fait = true;
    }
    return valeur;
  };
}

const OBLIGATOIRES_ORGANISME = new Set([
  "raison-sociale",
  "finess-juridique",
  "statut-juridique",
  "valeurs-projet-associatif",
]);
const OBLIGATOIRES_ESMS = new Set(["finess", "nom", "capacite"]);

/**
 * Cellules de saisie repérées dans le modèle (repli local en attendant `cellulesDeSaisie` de
 * src/domain/saisie) : toutes les cellules bleues des zones repérées, avec leur zone.
 */
export function saisiesDuRepere(repere: DiagnosticRepere): CelluleSaisie[] {
  const res: CelluleSaisie[] = [];
  const ajouter = (champ: Champ | undefined, zone: string, o: OngletReconnu, obl: boolean) => {
    if (champ?.saisie) res.push({ champ, zone, onglet: o, obligatoire: obl });
  };
  const a1 = repere.annexe1;
  if (a1) {
    for (const [cle, c] of Object.entries(a1.organisme)) {
      ajouter(
        c,
        "la section « Organisme gestionnaire »",
        a1.onglet,
        OBLIGATOIRES_ORGANISME.has(cle),
      );
    }
    for (const l of a1.esms) {
      // Une ligne d'ESMS entièrement vide est une ligne en réserve, pas une saisie manquante.
      const remplie = Object.values(l.champs).some((c) => c && !estVide(c.cellule));
      for (const [cle, c] of Object.entries(l.champs)) {
        const obligatoire = remplie && OBLIGATOIRES_ESMS.has(cle);
        ajouter(c, `le tableau des ESMS ${l.secteur}`, a1.onglet, obligatoire);
      }
    }
  }
  const secteurs = secteursAnnexe1(repere);
  for (const axe of repere.axes) {
    const secteur = entreeCatalogue(axe.onglet.type)?.secteur;
    const concerne = !secteur || secteurs.has(secteur);
    for (const t of axe.thematiques) {
      const zone = `la thématique ${t.numero ?? ""} « ${t.intitule} »`.replace("  ", " ");
      for (const q of t.questions) {
        for (const r of q.reponses) ajouter(r, zone, axe.onglet, concerne && q.type !== "case");
      }
      for (const e of Object.values(t.encarts)) ajouter(e, zone, axe.onglet, false);
    }
    for (const e of Object.values(axe.encartsOnglet)) ajouter(e, "les encarts", axe.onglet, false);
  }
  const d = repere.complementaires2d;
  if (d) {
    for (const ind of d.indicateurs) {
      const zone = `l'indicateur « ${ind.intitule} »`;
      for (const c of ind.colonnes) {
        ajouter(c.numerateur, zone, d.onglet, true);
        ajouter(c.denominateur, zone, d.onglet, true);
      }
    }
  }
  const e = repere.financier2e;
  if (e) {
    for (const t of Object.values(e.tableaux)) {
      const zone = `le tableau « ${t?.titre ?? ""} »`;
      for (const l of t?.lignes ?? []) {
        for (const c of Object.values(l.valeurs)) ajouter(c, zone, e.onglet, true);
      }
    }
  }
  const f = repere.creton2f;
  if (f) {
    for (const l of f.lignes) {
      for (const v of l.valeurs) ajouter(v.champ, "le tableau Creton", f.onglet, true);
    }
  }
  return res;
}

export function creerVue(entree: {
  readonly snapshot: WorkbookSnapshot;
  readonly onglets: readonly OngletReconnu[];
  readonly repere: DiagnosticRepere;
}): VueControle {
  const { snapshot, onglets, repere } = entree;
  const evaluations = memo(() => evaluerInstances(repere));
  return {
    snapshot,
    onglets,
    repere,
    saisies: memo(() => saisiesDuRepere(repere)),
    indicateurs: memo(() => calculerIndicateurs(repere, evaluations())),
    ecartsFormules: memo(() => verifierFormules(repere, evaluations())),
    feuillesGenerees: memo(() => localiserFiches(snapshot, onglets)),
  };
}

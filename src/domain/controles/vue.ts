import type { DiagnosticRepere } from "../classeur/modele";
import { localiserFiches } from "../classeur/reperage/fiches/localiser-fiches";
import type { WorkbookSnapshot } from "../classeur/snapshot";
import type { OngletReconnu } from "../classeur/types-onglet";
import { calculerIndicateurs, evaluerInstances, verifierFormules } from "../indicateurs";
import {
  marcheDesZones,
  phraseDeZone,
  type MarcheDesZones,
  type ZoneDeSaisie,
} from "../saisie/marche";
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

/**
 * Cellules de saisie des contrôles : les champs bleus de la marche des zones (src/domain/saisie),
 * dans son ordre, avec la phrase de leur zone ; une zone d'un axe de secteur n'est obligatoire que
 * si l'Annexe 1 a des ESMS de ce secteur.
 */
export function saisiesDuRepere(
  repere: DiagnosticRepere,
  marche: MarcheDesZones = marcheDesZones(repere),
): CelluleSaisie[] {
  const secteurs = secteursAnnexe1(repere);
  const phrases = new Map<ZoneDeSaisie, string>();
  const res: CelluleSaisie[] = [];
  for (const { champ, zone: z, obligatoire, controle } of marche.champs) {
    if (!controle || !champ.saisie) continue;
    let zone = phrases.get(z);
    if (zone === undefined) phrases.set(z, (zone = phraseDeZone(z.phrase)));
    const concernee = !z.secteur || secteurs.has(z.secteur);
    res.push({ champ, zone, onglet: z.onglet, obligatoire: obligatoire && concernee });
  }
  return res;
}

export function creerVue(entree: {
  readonly snapshot: WorkbookSnapshot;
  readonly onglets: readonly OngletReconnu[];
  readonly repere: DiagnosticRepere;
  /** La marche des zones déjà faite pour cette analyse (complétude), sinon faite ici. */
  readonly zones?: MarcheDesZones;
}): VueControle {
  const { snapshot, onglets, repere } = entree;
  const evaluations = memo(() => evaluerInstances(repere));
  return {
    snapshot,
    onglets,
    repere,
    saisies: memo(() => saisiesDuRepere(repere, entree.zones)),
    indicateurs: memo(() => calculerIndicateurs(repere, evaluations())),
    ecartsFormules: memo(() => verifierFormules(repere, evaluations())),
    // Repérées par `localiser` (repere.generees) ; un repère construit à la main les lit ici.
    feuillesGenerees: memo(() => repere.generees ?? localiserFiches(snapshot, onglets)),
  };
}

import type { WorkbookSnapshot } from "../classeur/snapshot";
import { nomDeFeuilleLibre } from "../plan/nom-feuille";
import type { PlanOperation, WritePlan } from "../plan/types";
import { texteConstats, type ContexteFiches } from "./constats";
import { lireFiche, type FicheLue } from "../classeur/reperage/fiches/lire-fiche";
import {
  fichesDeToutesLesFeuilles,
  type RepereDesGenerees,
} from "../classeur/reperage/fiches/localiser-fiches";
import { preparerListes } from "./listes";
import { compacter } from "./compacter";
import { COULEURS } from "../classeur/catalogue/fiches/modele-fiche";
import { disposerFiche, type DonneesFiche } from "./mise-en-page";
import { feuilleVide } from "../classeur/feuille-vide";
import { appliquerPlan } from "../plan/simulation";
import {
  libelleAxe,
  OBJECTIF_SPECIFIQUE,
  OBJECTIFS_SOCLE,
  type NumeroAxe,
  type ObjectifSocle,
} from "../classeur/catalogue/fiches/socle";
import { planSuivi } from "./suivi";

/**
 * Génération des fiches-objectifs : chaque fiche est une feuille neuve au nom libre ; les listes
 * sont dans la feuille masquée « Listes » ; le tableau de suivi est créé ou complété. Les fiches déjà
 * présentes sont reconnues par leur contenu : générer deux fois n'ajoute rien la seconde fois. Avec
 * le repère de l'instantané (`repere`, celui de l'analyse), fiches et suivi déjà repérés sont repris
 * (`fichesDeToutesLesFeuilles`, `suiviDeToutesLesFeuilles`) : même plan, moins de feuilles relues.
 */

export interface DemandeFiche {
  readonly axe: NumeroAxe;
  readonly titre: string;
  readonly esms: readonly string[];
}

export const nomDeFiche = (numero: string): string => `Fiche objectif ${numero}`;

/**
 * Les fiches du classeur, quel que soit leur onglet, dans l'ordre des feuilles : la lecture du
 * repérage (`fichesDeToutesLesFeuilles`), qui reprend les fiches du repère de cet instantané s'il
 * est donné.
 */
export function fichesDuClasseur(
  snapshot: WorkbookSnapshot,
  repere?: RepereDesGenerees,
): FicheLue[] {
  return fichesDeToutesLesFeuilles(snapshot, repere);
}

/** Numéro libre dans l'axe : après les numéros socle de l'axe et les fiches existantes. */
function numeroLibre(axe: NumeroAxe, pris: readonly string[], souhaite?: string): string {
  if (souhaite && !pris.includes(souhaite)) return souhaite;
  const socle = OBJECTIFS_SOCLE.filter((o) => o.axe === axe).length;
  for (let k = souhaite ? 1 : socle + 1; ; k++) {
    const n = `${axe}.${k}`;
    if (!pris.includes(n)) return n;
  }
}

const esmsTexte = (esms: readonly string[]) => (esms.length === 0 ? "Tous" : esms.join(" ; "));

interface Fabrique {
  readonly snapshot: WorkbookSnapshot;
  readonly contexte: ContexteFiches;
  readonly repere: RepereDesGenerees | undefined;
  readonly existantes: readonly FicheLue[];
  readonly nouvelles: DonneesFiche[];
}

function assembler(f: Fabrique, titre: string): WritePlan {
  const { snapshot, contexte } = f;
  const noms = snapshot.sheets.map((s) => s.name);
  const bleu = contexte.bleuSaisie ?? COULEURS.saisie;
  const ajoutees: string[] = [];
  const nomsFiches = f.nouvelles.map((d) => {
    const nom = nomDeFeuilleLibre(nomDeFiche(d.numero), [...noms, ...ajoutees]);
    ajoutees.push(nom);
    return nom;
  });
  const listes = preparerListes(snapshot, contexte.esms, ajoutees);
  const opsFiches: PlanOperation[] = [];
  const lues: FicheLue[] = [];
  f.nouvelles.forEach((d, i) => {
    const nom = nomsFiches[i] ?? "";
    const ops: PlanOperation[] = [
      { kind: "addSheet", name: nom, tabColor: COULEURS.section },
      ...disposerFiche(d, { sheet: { newSheet: nom }, source: listes.source, bleu }),
    ];
    opsFiches.push(...compacter(ops, nom));
    const virtuel = appliquerPlan({ sheets: [], settings: {} }, { titre, operations: ops });
    const lue = lireFiche(virtuel.sheets[0] ?? feuilleVide(nom));
    if (lue) lues.push(lue);
  });
  const fiches = [...f.existantes, ...lues].sort((a, b) =>
    a.numero.localeCompare(b.numero, "fr", { numeric: true }),
  );
  const nomsPris = [...ajoutees, ...(listes.nom && !noms.includes(listes.nom) ? [listes.nom] : [])];
  const suivi = planSuivi(
    snapshot,
    fiches,
    { annee: contexte.annee, bleu, source: listes.source, nomsPris },
    f.repere,
  );
  if (opsFiches.length === 0 && suivi.length === 0) return { titre, operations: [] };
  // Les listes ne servent qu'aux feuilles neuves (fiches, suivi créé).
  const besoinListes = opsFiches.length > 0 || suivi.some((op) => op.kind === "addSheet");
  return {
    titre,
    operations: [...(besoinListes ? listes.operations : []), ...opsFiches, ...suivi],
  };
}

function donneesSocle(o: ObjectifSocle, contexte: ContexteFiches, numero: string): DonneesFiche {
  return {
    numero,
    intitule: o.intitulePropose,
    axe: libelleAxe(o.axe),
    objectif: o.libelle,
    esms: esmsTexte([]),
    constats: texteConstats(contexte, [o]),
    besoins: o.besoins,
    indicateurs: o.indicateurs,
  };
}

/**
 * « Générer les 6 fiches socle » : ajoute les fiches des objectifs minimaux non couverts. `repere` :
 * celui de `snapshot` (jamais celui d'un autre classeur), pour ne pas relire ses feuilles générées.
 */
export function genererFichesSocle(
  snapshot: WorkbookSnapshot,
  contexte: ContexteFiches,
  repere?: RepereDesGenerees,
): WritePlan {
  const existantes = fichesDuClasseur(snapshot, repere);
  const pris = existantes.map((f) => f.numero);
  const nouvelles: DonneesFiche[] = [];
  for (const o of OBJECTIFS_SOCLE) {
    if (existantes.some((f) => f.socle === o.code)) continue;
    const numero = numeroLibre(o.axe, pris, o.numero);
    pris.push(numero);
    nouvelles.push(donneesSocle(o, contexte, numero));
  }
  return assembler(
    { snapshot, contexte, repere, existantes, nouvelles },
    "Générer les fiches-objectifs socle",
  );
}

/** « Nouvelle fiche » : une fiche « objectif spécifique » dans l'axe choisi (`repere` : voir plus haut). */
export function genererFiche(
  snapshot: WorkbookSnapshot,
  contexte: ContexteFiches,
  demande: DemandeFiche,
  repere?: RepereDesGenerees,
): WritePlan {
  const existantes = fichesDuClasseur(snapshot, repere);
  const numero = numeroLibre(
    demande.axe,
    existantes.map((f) => f.numero),
  );
  const objectifs = OBJECTIFS_SOCLE.filter((o) => o.axe === demande.axe);
  const esms = demande.esms.map((e) => e.trim()).filter((e) => e !== "");
  const donnees: DonneesFiche = {
    numero,
    intitule: demande.titre.trim(),
    axe: libelleAxe(demande.axe),
    objectif: OBJECTIF_SPECIFIQUE,
    esms: esmsTexte(esms),
    constats: texteConstats(contexte, objectifs),
    besoins: [],
    indicateurs: [],
  };
  return assembler(
    { snapshot, contexte, repere, existantes, nouvelles: [donnees] },
    `Nouvelle fiche-objectif ${numero}`,
  );
}

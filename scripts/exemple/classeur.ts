import ExcelJS from "exceljs";
import { Contexte, type CelluleExemple, type ErreurSemee, type Variante } from "./contexte";
import { EXERCICES } from "./financier-donnees";
import { ecrireAccueil, type Lien } from "./onglets/accueil";
import { ecrireAnnexe1, type EsmsEcrit } from "./onglets/annexe-1";
import { ecrireAxes, type AxeEcrit } from "./onglets/axes";
import { ecrire2D, type Indicateur2DEcrit } from "./onglets/complementaires-2d";
import { ecrireCreton, type LigneCretonEcrite } from "./onglets/creton-2f";
import { ecrire2G } from "./onglets/departementaux-2g";
import { ecrire2E, type Valeurs2E } from "./onglets/financier-2e";
import { ecrireAnap, ecrireFlash, type TableauEcrit } from "./onglets/flash-anap";
import { ecrireListes } from "./onglets/listes";
import { ANNEE, listeEsms, ORGANISME, type Esms } from "./organisme";
import { AJOUT_2F, SEMENCES, videDansExemple } from "./variantes";

/**
 * Générateur du classeur d'exemple « Diagnostic » : écrit le classeur « littéralement », comme
 * l'ARS le transmet (libellés, bleus, fusions, listes, formules avec valeurs en cache), pour une
 * variante donnée. Importable par les tests et le banc ; `generer.ts` l'écrit dans assets/exemples.
 */

export type { CelluleExemple, ErreurSemee, Variante };

export interface OptionsGeneration {
  /** Multiplie le nombre d'ESMS (10 : le « classeur 10× » du banc, 80 ESMS). Défaut 1. */
  readonly facteur?: number;
}

/** Ce que le générateur a écrit, pour les tests (valeurs telles qu'écrites dans la variante). */
export interface DonneesExemple {
  readonly variante: Variante;
  readonly facteur: number;
  readonly annee: number;
  readonly exercices: readonly string[];
  readonly organisme: typeof ORGANISME;
  readonly esms: readonly Esms[];
  readonly annexe1: readonly EsmsEcrit[];
  readonly axes: readonly AxeEcrit[];
  readonly flash: TableauEcrit;
  readonly anap: TableauEcrit;
  readonly complementaires: readonly Indicateur2DEcrit[];
  readonly financier: Valeurs2E;
  readonly creton: readonly LigneCretonEcrite[];
}

export interface ClasseurGenere {
  readonly buffer: Buffer;
  /** Cellules bleues de saisie posées par le générateur (une par fusion : sa cellule haut-gauche). */
  readonly saisies: readonly CelluleExemple[];
  /** Incohérences semées (variante « erreurs » ; vide sinon). */
  readonly erreurs: readonly ErreurSemee[];
  /** Repères : clé sémantique (« a1/org/finess-juridique »…) → cellule écrite. */
  readonly reperes: Readonly<Record<string, CelluleExemple>>;
  readonly donnees: DonneesExemple;
}

const LIENS: readonly Lien[] = [
  { texte: "Annexe 1 — Fiche signalétique", onglet: "Annexe 1" },
  { texte: "Annexe 2-A — Axe 1-1 : ESMS du secteur Enfance", onglet: "Axe 1-1 Enfance" },
  { texte: "Annexe 2-A — Axe 1-2 : ESMS du secteur Adultes", onglet: "Axe 1-2 Adultes" },
  { texte: "Annexe 2-A — Axe 1-3 : Coopérations et partenariats", onglet: "Axe 1-3 Coopérations" },
  { texte: "Annexe 2-A — Axe 2 : Bientraitance, qualité, risques", onglet: "Axe 2 Qualité" },
  { texte: "Annexe 2-A — Axe 3 : Efficience et innovation", onglet: "Axe 3 Efficience" },
  { texte: "Annexe 2-B — Indicateurs FLASH", onglet: "2-B FLASH" },
  { texte: "Annexe 2-C — Indicateurs ANAP", onglet: "2-C ANAP" },
  { texte: "Annexe 2-D — Indicateurs complémentaires", onglet: "2-D Indic. compl." },
  { texte: "Annexe 2-E — Diagnostic budgétaire et financier", onglet: "2-E Financier" },
  { texte: "Annexe 2-F — Amendement Creton", onglet: "2-F Creton" },
  { texte: "Annexe 2-G — Indicateurs départementaux", onglet: "2-G Départementaux" },
];

export async function genererClasseur(
  variante: Variante,
  options: OptionsGeneration = {},
): Promise<ClasseurGenere> {
  const facteur = Math.max(1, Math.round(options.facteur ?? 1));
  const ctx = new Contexte({ variante, facteur, semences: SEMENCES, videDansExemple });
  const esms = listeEsms(facteur);
  const wb = new ExcelJS.Workbook();
  wb.creator = "ARS Pays de la Loire";
  wb.lastModifiedBy = ORGANISME.raisonSociale;
  wb.title = `CPOM PH — Diagnostic partagé ${ANNEE}`;
  wb.company = "ARS Pays de la Loire";
  wb.created = new Date(Date.UTC(ANNEE, 0, 15));
  wb.modified = new Date(Date.UTC(ANNEE, 2, 28));

  ecrireAccueil(ctx, wb, LIENS);
  const annexe1 = ecrireAnnexe1(ctx, wb, esms);
  const axes = ecrireAxes(ctx, wb);
  const flash = ecrireFlash(ctx, wb, esms);
  const anap = ecrireAnap(ctx, wb, esms);
  const complementaires = ecrire2D(ctx, wb, esms);
  const financier = ecrire2E(ctx, wb, esms);
  const ajouts = variante === "erreurs" && AJOUT_2F ? [AJOUT_2F] : [];
  const creton = ecrireCreton(
    ctx,
    wb,
    esms.filter((e) => e.creton),
    ajouts,
  );
  ecrire2G(ctx, wb, esms);
  ecrireListes(wb);

  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    buffer,
    saisies: ctx.saisies,
    erreurs: ctx.erreurs(),
    reperes: ctx.reperes,
    donnees: {
      variante,
      facteur,
      annee: ANNEE,
      exercices: EXERCICES,
      organisme: ORGANISME,
      esms,
      annexe1,
      axes,
      flash,
      anap,
      complementaires,
      financier,
      creton,
    },
  };
}

/**
 * Hôte Excel simulé : le sous-ensemble de l'API Excel JS qu'utilise le complément, en mémoire,
 * avec la sémantique d'Excel (proxys, file d'opérations exécutée au `sync`, lecture non chargée =
 * exception `PropertyNotLoaded`, `*OrNullObject`, codes d'erreur, limites de 5 Mo). Aucun import
 * Node ni ExcelJS : utilisable dans jest et dans le navigateur (aperçu, `window.Excel`).
 *
 * CE QUE L'HÔTE NE SIMULE PAS (à vérifier dans Excel, voir TESTING) :
 * - le calcul est celui de `calcul/` (ADR 0011) : après chaque écriture, les formules qui en
 *   dépendent sont recalculées (fonctions de formulajs, références entre feuilles, noms définis
 *   passés en option `noms`) ; pas de formules matricielles ni de débordement, pas d'INDIRECT /
 *   OFFSET sur des références calculées, pas de mise à jour des formules au renommage d'une
 *   feuille ; une formule que l'analyseur ne comprend pas garde sa valeur ;
 * - `text` et `numberFormat` ne sont pas appliqués l'un à l'autre (texte = valeur brute) ;
 *   `formulasLocal`, `valuesAsJson`, styles nommés, thèmes : absents ;
 * - les couleurs sont posées en RVB résolu (`tintAndShade` = 0) ; pas de couleurs de thème ;
 *   `getDisplayedCellProperties` (1.19) absent ; MFC : seul le type « Custom » est modélisé
 *   (et évalué pour l'aperçu par un évaluateur minimal : AND OR NOT LEN TRIM N ISBLANK…) ;
 * - validations : une règle posée s'ajoute (pas de découpe des règles existantes) ; `clear()`
 *   retire toute règle qui touche la plage ; ni `errorAlert` ni `prompt` vérifiés ;
 * - protection : feuille protégée = écritures de contenu refusées hors cellules déverrouillées,
 *   formats toujours refusés ; pas d'options de protection ni de mot de passe ;
 * - saisie par `values` : « = » crée une formule, une apostrophe en tête garde un texte (relu sans
 *   apostrophe, office-js #6687) ; « +… », « -… », « @… » restent des textes (Excel en ferait des
 *   formules) ; une cellule fusionnée non maîtresse n'a jamais de contenu (écriture ignorée) ;
 * - modifications concurrentes : seulement par le crochet `pendantSync` (tests) ;
 * - pas d'annulation (Ctrl+Z), pas de co-édition (événements « Remote »), pas de formes,
 *   graphiques, tableaux, liens hypertexte, `worksheet.copy`, `insertWorksheetsFromBase64` ;
 * - `workbook.names` en lecture seule (noms de portée classeur passés en option `noms`) ;
 * - ensembles d'API : tout est disponible (pas d'`ApiNotFound` selon la version), sauf injection ;
 * - les octets sont une estimation (JSON des opérations et des résultats), pas le format réel ;
 * - lecture de `RangeAreas.format.*` non modélisée ; `getSpecialCells` : validations, formules,
 *   constantes, vides seulement ; événements : `onChanged` (saisie de valeurs/formules) seulement.
 */
import type { WorkbookSnapshot } from "../../domain/classeur/snapshot";
import { lireAdresse } from "./adresses";
import { cellule, viderSecondaires } from "./cellules";
import { RequestContext } from "./classeur";
import { CODES_ERREUR } from "./erreurs";
import { EtatHote } from "./etat";
import { Hote, type OptionsHote, type StatsHote } from "./hote";
import { modeleDepuis } from "./modele";

export type { OptionsHote, StatsHote } from "./hote";
export type { VueFeuille } from "./etat";
export { RichApiError } from "./erreurs";
export { EtatHote } from "./etat";
export { RequestContext } from "./classeur";

type Lot<R> = (context: RequestContext) => Promise<R>;

/** L'espace de noms `Excel` simulé (sous-ensemble). */
export interface ExcelSimule {
  run<R>(lot: Lot<R>): Promise<R>;
  run<R>(options: { delayForCellEdit?: boolean }, lot: Lot<R>): Promise<R>;
  readonly ErrorCodes: Readonly<Record<string, string>>;
  readonly ConditionalFormatType: Readonly<Record<string, string>>;
  readonly SheetVisibility: Readonly<Record<string, string>>;
  readonly SpecialCellType: Readonly<Record<string, string>>;
  readonly RequestContext: new () => RequestContext;
}

export interface HoteInstalle {
  readonly Excel: ExcelSimule;
  readonly stats: StatsHote;
  readonly etat: EtatHote;
  /**
   * Fait échouer le `sync` numéro `auSync` (compté depuis l'installation) avec `code`, comme
   * Excel : au `sync`, objet `RichApi.Error` (code, message, debugInfo).
   */
  injecter(code: string, quand: { auSync: number; message?: string; errorLocation?: string }): void;
  /**
   * Modification concurrente : `f` s'exécute au début du `sync` numéro `auSync` (par défaut le
   * prochain), avant les opérations du lot — par exemple `etat.saisir(…)` entre l'analyse et
   * l'écriture d'un plan.
   */
  pendantSync(f: () => void, auSync?: number): void;
}

/** Installe un hôte simulé initialisé depuis un instantané (copié, jamais modifié). */
export function installerHote(snapshot: WorkbookSnapshot, options: OptionsHote = {}): HoteInstalle {
  const modele = modeleDepuis(snapshot);
  for (const f of modele.feuilles) {
    // Comme Excel : seule la cellule haut-gauche d'une fusion a un contenu (un instantané qui
    // recopie la valeur dans chaque cellule fusionnée la ferait compter plusieurs fois).
    viderSecondaires(f);
    const ext = options.plagesEtendues?.[f.name];
    if (ext) f.extension = { ...ext };
    for (const adr of options.deverrouillees?.[f.name] ?? []) {
      const z = lireAdresse(adr).zone;
      for (let r = z.top; r <= z.bottom; r++)
        for (let c = z.left; c <= z.right; c++) cellule(f, r, c).locked = false;
    }
  }
  const hote = new Hote(modele, options);
  async function run<R>(a: Lot<R> | { delayForCellEdit?: boolean }, b?: Lot<R>): Promise<R> {
    const lot = typeof a === "function" ? a : b;
    if (!lot) throw new TypeError("Excel.run : fonction de lot manquante.");
    const ctx = new RequestContext(hote, typeof a === "object" && a.delayForCellEdit === true);
    const resultat = await lot(ctx);
    if (ctx.enAttente > 0) await ctx.sync();
    return resultat;
  }
  const Excel: ExcelSimule = {
    run: run as ExcelSimule["run"],
    ErrorCodes: CODES_ERREUR,
    ConditionalFormatType: {
      custom: "Custom",
      dataBar: "DataBar",
      colorScale: "ColorScale",
      iconSet: "IconSet",
      topBottom: "TopBottom",
      presetCriteria: "PresetCriteria",
      containsText: "ContainsText",
      cellValue: "CellValue",
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    SpecialCellType: {
      blanks: "Blanks",
      constants: "Constants",
      formulas: "Formulas",
      dataValidations: "DataValidations",
    },
    RequestContext: class extends RequestContext {
      constructor() {
        super(hote);
      }
    },
  };
  return {
    Excel,
    stats: hote.stats,
    etat: new EtatHote(hote),
    injecter: (c, q) => hote.injecter(c, q),
    pendantSync: (f, auSync) => hote.planifier(auSync ?? hote.stats.syncs + 1, f),
  };
}

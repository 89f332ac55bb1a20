import type { CellRange } from "../../../domain/classeur/snapshot";
import { construireCellule, type CelluleLue, type Contexte } from "./cellule";
import { verifierLiensFeuille, type PartiesVerifiees } from "./dessins";
import { adresseCanonique, booleenXml, lireDonnees, type LigneXml } from "./donnees-feuille";
import { lireMfcXml, lireValidationsXml, type MfcBrute } from "./regles-feuille";
import type { ModeleStyle, StylesLus } from "./styles";
import type { TextePartage } from "./textes";
import {
  enfants,
  FIN,
  LecteurXml,
  OUVRANTE,
  Repli,
  VIDE,
  verifierPartie,
  verifierRacine,
} from "./xml";

/**
 * Une feuille (`xl/worksheets/sheetN.xml`) telle qu'ExcelJS la charge : lignes et cellules,
 * colonnes (style, masquée), fusions, liens, validations, mises en forme conditionnelles,
 * protection ; ses dessins, son image de fond et ses commentaires sont seulement vérifiés
 * (`dessins.ts`). Comme l'analyseur d'ExcelJS, un élément inconnu est traversé.
 */

export interface LigneLue {
  readonly index: number;
  readonly style: ModeleStyle | null;
  readonly masquee: boolean;
  readonly cellules: CelluleLue[];
}

export interface FeuilleLue {
  readonly lignes: LigneLue[];
  /** Colonnes (index à partir de 0) : style et masquage, comme Column.fromModel. */
  readonly colonnes: readonly { readonly style: ModeleStyle | null; readonly masquee: boolean }[];
  readonly fusions: CellRange[];
  readonly validations: Readonly<Record<string, object>>;
  readonly mfc: readonly MfcBrute[];
  readonly protegee: boolean;
}

export interface EntreesFeuille {
  readonly styles: StylesLus;
  readonly textes: readonly TextePartage[] | undefined;
  readonly date1904: boolean;
  /** Relations de la feuille (attributs de chaque `<Relationship>`), si la partie existe. */
  readonly relations: readonly Record<string, string>[] | undefined;
  readonly fusionsRetirees: ReadonlySet<string>;
  /** Dessins, commentaires et VML du classeur, vérifiés. */
  readonly parties: PartiesVerifiees;
}

/** Éléments qu'ExcelJS lit pour eux-mêmes et que l'instantané n'utilise pas. */
const IGNORES = new Set([
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "autoFilter", "rowBreaks",
  "pageMargins", "pageSetup", "headerFooter", "printOptions",
]); // prettier-ignore
/**
 * Éléments dont ExcelJS se sert d'une manière que le lecteur direct ne reproduit pas : les
 * tableaux (le constructeur Table d'ExcelJS réécrit en-têtes et totaux au chargement).
 */
const NON_LUS = new Set(["tableParts"]);

interface ColXml {
  min: number;
  max: number;
  styleId: number | undefined;
  masquee: boolean;
}

function zoneFusion(ref: string | undefined): CellRange {
  const [a, b, ...reste] = (ref ?? "").split(":");
  const p = adresseCanonique(a ?? "");
  const q = b === undefined ? p : adresseCanonique(b);
  if (!p || !q || reste.length) throw new Repli(`fusion ${ref ?? "sans référence"}`);
  return {
    top: Math.min(p[0], q[0]) - 1,
    left: Math.min(p[1], q[1]) - 1,
    bottom: Math.max(p[0], q[0]) - 1,
    right: Math.max(p[1], q[1]) - 1,
  };
}

/** Column.fromModel : colonnes triées par `min`, les chevauchements gardent la première. */
function colonnes(cols: ColXml[], styles: StylesLus): FeuilleLue["colonnes"] {
  const res: { style: ModeleStyle | null; masquee: boolean }[] = [];
  const tri = [...cols].sort((p, s) => p.min - s.min);
  let n = 1;
  for (const c of tri) {
    if (!(c.max <= 16_384)) throw new Repli(`colonnes jusqu'à ${c.max}`);
    while (n < c.min) {
      res.push({ style: null, masquee: false });
      n++;
    }
    const style = c.styleId ? styles.modele(c.styleId) : null;
    while (n <= c.max) {
      res.push({ style, masquee: c.masquee });
      n++;
    }
  }
  return res;
}

function verifierChevauchements(fusions: readonly CellRange[]): void {
  if (fusions.length > 2000) throw new Repli(`${fusions.length} fusions dans une feuille`);
  for (let i = 0; i < fusions.length; i++) {
    const a = fusions[i] as CellRange;
    for (let j = 0; j < i; j++) {
      const b = fusions[j] as CellRange;
      if (b.bottom >= a.top && b.top <= a.bottom && b.right >= a.left && b.left <= a.right) {
        throw new Repli("fusions qui se chevauchent");
      }
    }
  }
}

export function lireFeuille(xml: string, partie: string, e: EntreesFeuille): FeuilleLue {
  verifierPartie(xml, partie);
  const l = new LecteurXml(xml, partie);
  let donnees: LigneXml[] = [];
  let cols: ColXml[] = [];
  let fusions: CellRange[] = [];
  const refsLiens: { ref: string | undefined; id: string | undefined }[] = [];
  let validations: Record<string, object> = {};
  const mfc: MfcBrute[] = [];
  let protegee = false;
  let vues = 0;
  const dessins: (string | undefined)[] = [];
  const fonds: (string | undefined)[] = [];
  for (let j = l.suivant(); j !== FIN; j = l.suivant()) {
    if (j !== OUVRANTE && j !== VIDE) continue;
    const ouverte = j === OUVRANTE;
    switch (l.nom) {
      case "sheetData":
        if (vues++) l.echec("deux sheetData");
        donnees = lireDonnees(l, ouverte);
        break;
      case "cols":
        cols = [];
        enfants(l, ouverte, (vide) => {
          if (l.nom !== "col") l.echec(`<${l.nom}> dans cols`);
          const a = l.attrs();
          cols.push({
            min: parseInt(a.min || "0", 10),
            max: parseInt(a.max || "0", 10),
            styleId: a.style ? parseInt(a.style, 10) : undefined,
            masquee: booleenXml(a.hidden),
          });
          if (!vide) l.sauter();
        });
        break;
      case "mergeCells":
        fusions = [];
        enfants(l, ouverte, (vide) => {
          if (l.nom !== "mergeCell") l.echec(`<${l.nom}> dans mergeCells`);
          const ref = l.attr("ref");
          if (ref === undefined || !e.fusionsRetirees.has(ref)) fusions.push(zoneFusion(ref));
          if (!vide) l.sauter();
        });
        break;
      case "hyperlinks":
        enfants(l, ouverte, (vide) => {
          if (l.nom !== "hyperlink") l.echec(`<${l.nom}> dans hyperlinks`);
          const a = l.attrs();
          refsLiens.push({ ref: a.ref, id: a["r:id"] });
          if (!vide) l.sauter();
        });
        break;
      case "dataValidations":
        validations = lireValidationsXml(l, ouverte);
        break;
      case "conditionalFormatting":
        mfc.push(lireMfcXml(l, ouverte, e.styles.dxfs));
        break;
      case "sheetProtection":
        protegee = true;
        if (ouverte) l.sauter();
        break;
      case "drawing":
      case "picture":
        // Leurs analyseurs ExcelJS s'arrêtent à la première fermeture : un enfant changerait tout.
        if (ouverte) l.echec(`<${l.nom}> non vide`);
        (l.nom === "drawing" ? dessins : fonds).push(l.attr("r:id"));
        break;
      case "extLst": {
        const debut = l.pos;
        if (ouverte) l.sauter();
        if (l.xml.slice(debut, l.pos).includes("x14:conditionalFormatting")) {
          l.echec("mise en forme conditionnelle x14");
        }
        break;
      }
      default:
        if (NON_LUS.has(l.nom)) l.echec(`élément <${l.nom}>`);
        if (IGNORES.has(l.nom) && ouverte) l.sauter();
    }
  }
  verifierRacine(l, "worksheet");
  verifierLiensFeuille(e.relations, { dessins, fonds }, e.parties, partie);
  const rels = new Map((e.relations ?? []).map((r) => [r.Id, r]));
  const liens = new Set<string>();
  for (const h of refsLiens) {
    if (!h.id) continue;
    const rel = rels.get(h.id);
    if (!rel) throw new Repli(`${partie} : lien ${h.id} sans relation`);
    if (rel.Target && h.ref !== undefined) liens.add(h.ref);
  }
  verifierChevauchements(fusions);
  const ctx: Contexte = { textes: e.textes, date1904: e.date1904, partagees: new Map(), liens };
  const lignes: LigneLue[] = donnees.map((d) => {
    const cellules: CelluleLue[] = [];
    for (const x of d.cellules) {
      const style = x.styleId ? e.styles.modele(x.styleId) : null;
      const c = construireCellule(x, d.index, x.col, style, ctx);
      if (c) cellules.push(c);
    }
    const style = d.styleId ? e.styles.modele(d.styleId) : null;
    return { index: d.index, style, masquee: d.masquee, cellules };
  });
  return {
    lignes,
    colonnes: colonnes(cols, e.styles),
    fusions,
    validations,
    mfc,
    protegee,
  };
}

import type { SheetSnapshot, WorkbookSnapshot } from "../../../domain/classeur/snapshot";
import { lireTheme } from "../../commun/couleurs";
import { ErreurFichier } from "../../erreurs-fichier";
import { verifierSurfaceTotale, type BornesLecture } from "../instantane-xlsx";
import type { LimitesLecture } from "../limites";
import type { AccesListes } from "../regles";
import { lireArchive } from "./archive";
import { lireClasseurXml, lireRelations, premierePlage, type NomDefini } from "./classeur";
import { verifierPartiesReliees } from "./dessins";
import { lireFeuille, type FeuilleLue } from "./feuille";
import { IndexFeuille } from "./index-feuille";
import { instantaneDirect, type FeuilleClasseur } from "./instantane-direct";
import { Rendus } from "./rendus";
import { lireStyles } from "./styles";
import { lireTextes } from "./textes";
import { verifierForme } from "./forme-xml";
import { normaliserFinsDeLigne, Repli } from "./xml";

export { Repli } from "./xml";

/**
 * Lecteur direct d'un classeur (ADR 0018) : octets → instantané et avertissements, sans ExcelJS,
 * avec exactement le résultat du chemin ExcelJS (pré-examen, chargement, `instantaneClasseur`).
 * Lève `ErreurFichier` comme ce chemin, ou `Repli` quand le classeur sort de ce qu'il sait lire
 * à coup sûr : l'appelant reprend alors par ExcelJS.
 */

/** Parties qu'ExcelJS analyse sans que l'instantané s'en serve : leur forme seule est vérifiée. */
const PARTIES_VERIFIEES = ["_rels/.rels", "docProps/app.xml", "docProps/core.xml"];
const FIXES = new Set([
  ...PARTIES_VERIFIEES,
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
]);
const RE_FEUILLE = /xl\/worksheets\/sheet(\d+)[.]xml/;
const RE_RELS_FEUILLE = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const RE_THEME = /xl\/theme\/([a-zA-Z0-9]+)[.]xml/;
/** Les motifs d'ExcelJS (XLSX.load), dans son ordre : la première correspondance l'emporte. */
const RE_MEDIA = /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/;
const RE_DESSIN = /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/;
const RE_COMMENTAIRES = /xl\/(comments\d+)[.]xml/;
/** Tableaux : le constructeur Table d'ExcelJS réécrit en-têtes et totaux, non reproduit ici. */
const RE_TABLEAU = /xl\/tables\/(table\d+)[.]xml/;
const RE_RELS_DESSIN = /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/;
const RE_VML = /xl\/drawings\/(vmlDrawing\d+)[.]vml/;

/** Le nom d'entrée que le motif d'ExcelJS a reconnu, s'il est bien celui attendu (sinon `Repli`). */
function canonique(nom: string, attendu: string): void {
  if (nom !== attendu) throw new Repli(`partie « ${nom} »`);
}

/** Le nom qu'ExcelJS accepte tel quel (Worksheet.name) ; sinon il le refuse ou le tronque. */
function nomAccepte(nom: string): boolean {
  return (
    nom !== "" &&
    nom !== "History" &&
    !/[*?:/\\[\]]/.test(nom) &&
    !/(^')|('$)/.test(nom) &&
    nom.length <= 31
  );
}

function noms(definis: readonly NomDefini[], feuilles: readonly FeuilleClasseur[]): NomDefini[] {
  const res: NomDefini[] = [];
  for (const n of definis) {
    if (n.name === "_xlnm.Print_Area") {
      if (feuilles[n.localSheetId ?? -1] && n.ranges.length === 0) {
        throw new Repli("zone d'impression vide");
      }
    } else if (n.name !== "_xlnm.Print_Titles") res.push(n);
  }
  return res;
}

export interface LectureDirecte {
  readonly snapshot: WorkbookSnapshot;
  readonly avertissements: readonly string[];
}

export function lireClasseurDirect(
  octets: Buffer,
  nomFichier: string,
  limites: LimitesLecture,
): LectureDirecte {
  const archive = lireArchive(octets, nomFichier, limites);
  // Parties analysées par saxes, qui normalise les fins de ligne ; le thème est lu brut.
  const partie = (n: string) => {
    const x = archive.parties.get(n);
    return x === undefined ? x : normaliserFinsDeLigne(x);
  };
  const feuillesXml: [string, string][] = [];
  const relsFeuilles = new Map<string, string>();
  const dessins = new Map<string, string>();
  const relsDessins = new Map<string, string>();
  const commentaires = new Map<string, string>();
  const vml = new Map<string, string>();
  let theme: string | undefined;
  for (const e of archive.entrees) {
    const n = e.nom;
    if (n.endsWith("/") || FIXES.has(n)) continue;
    let m = RE_FEUILLE.exec(n);
    if (m) {
      if (n !== `xl/worksheets/sheet${m[1]}.xml`) throw new Repli(`partie « ${n} »`);
      feuillesXml.push([n, m[1] as string]);
      continue;
    }
    m = RE_RELS_FEUILLE.exec(n);
    if (m) {
      if (n !== `xl/worksheets/_rels/sheet${m[1]}.xml.rels`) throw new Repli(`partie « ${n} »`);
      relsFeuilles.set(m[1] as string, n);
      continue;
    }
    m = RE_THEME.exec(n);
    if (m) {
      if (n !== `xl/theme/${m[1]}.xml`) throw new Repli(`partie « ${n} »`);
      if (m[1] === "theme1") theme = archive.parties.get(n);
      continue;
    }
    if (RE_MEDIA.test(n)) continue;
    if ((m = RE_DESSIN.exec(n))) {
      canonique(n, `xl/drawings/${m[1]}.xml`);
      dessins.set(m[1] as string, n);
    } else if ((m = RE_COMMENTAIRES.exec(n))) {
      canonique(n, `xl/${m[1]}.xml`);
      commentaires.set(`../${m[1]}.xml`, n);
    } else if (RE_TABLEAU.test(n)) {
      throw new Repli(`partie « ${n} » non lue`);
    } else if ((m = RE_RELS_DESSIN.exec(n))) {
      canonique(n, `xl/drawings/_rels/${m[1]}.xml.rels`);
      relsDessins.set(m[1] as string, n);
    } else if ((m = RE_VML.exec(n))) {
      canonique(n, `xl/drawings/${m[1]}.vml`);
      vml.set(`../drawings/${m[1]}.vml`, n);
    }
  }
  for (const n of PARTIES_VERIFIEES) {
    const x = partie(n);
    if (x !== undefined) verifierForme(x, n);
  }
  const reliees = verifierPartiesReliees(
    { dessins, relsDessins, commentaires, vml },
    (n) => partie(n) ?? "",
  );
  const classeur = lireClasseurXml(partie("xl/workbook.xml") ?? "");
  const relsXml = partie("xl/_rels/workbook.xml.rels");
  const rels = new Map(
    (relsXml === undefined ? [] : lireRelations(relsXml, "xl/_rels/workbook.xml.rels")).map((r) => [
      r.Id,
      r,
    ]),
  );
  const textesXml = partie("xl/sharedStrings.xml");
  const textes = textesXml === undefined ? undefined : lireTextes(textesXml);
  const stylesXml = partie("xl/styles.xml");
  if (stylesXml === undefined) throw new Repli("classeur sans styles.xml");
  const styles = lireStyles(stylesXml);
  const numeros = new Set(feuillesXml.map(([, numero]) => numero));
  for (const [numero, chemin] of relsFeuilles) {
    // ExcelJS analyse aussi les relations d'une feuille absente.
    if (!numeros.has(numero)) lireRelations(partie(chemin) ?? "", chemin);
  }
  const lues = new Map<string, FeuilleLue>();
  for (const [chemin, numero] of feuillesXml) {
    const relsChemin = relsFeuilles.get(numero);
    const relsTexte = relsChemin === undefined ? undefined : partie(relsChemin);
    const relations = relsTexte === undefined ? undefined : lireRelations(relsTexte, relsChemin!);
    const fusionsRetirees = archive.fusionsRetirees.get(chemin) ?? new Set<string>();
    const lue = lireFeuille(partie(chemin) ?? "", chemin, {
      styles,
      textes,
      date1904: classeur.date1904,
      relations,
      fusionsRetirees,
      parties: reliees,
    });
    lues.set(chemin, lue);
  }
  const feuilles: FeuilleClasseur[] = [];
  const ids = new Set<number>();
  const nomsVus = new Set<string>();
  const chemins = new Set<string>();
  for (const s of classeur.feuilles ?? []) {
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (!rel) continue;
    if (rel.Target === undefined) throw new Repli("relation de feuille sans cible");
    const chemin = `xl/${rel.Target.replace(/^(\s|\/xl\/)+/, "")}`;
    const lue = lues.get(chemin);
    if (!lue) continue;
    if (chemins.has(chemin) || ids.has(s.id) || !(s.id >= 1) || !Number.isInteger(s.id)) {
      throw new Repli(`feuille « ${s.name} » : identifiant ou partie en double`);
    }
    if (!nomAccepte(s.name) || nomsVus.has(s.name.toLowerCase())) {
      throw new Repli(`nom de feuille « ${s.name} »`);
    }
    chemins.add(chemin);
    ids.add(s.id);
    nomsVus.add(s.name.toLowerCase());
    feuilles.push({ id: s.id, name: s.name, state: s.state, lue });
  }
  const definis = noms(classeur.noms, feuilles);
  if (feuilles.length === 0) throw new ErreurFichier("sans-feuille", nomFichier);
  const couleurs = lireTheme(theme);
  const rendus = new Rendus(couleurs);
  const index = new Map(feuilles.map((f) => [f.name, new IndexFeuille(f.lue)]));
  const avertissements = [...archive.avertissements];
  const bornes: BornesLecture = {
    limites,
    nomFichier,
    avertir: (t) => avertissements.push(t),
  };
  let total = 0;
  const sheets: SheetSnapshot[] = feuilles.map((f, position) => {
    const ici = index.get(f.name) as IndexFeuille;
    const acces: AccesListes = {
      plageNommee: (n) => premierePlage(definis, n),
      feuille: (nom) => (nom ? (index.get(nom)?.valeur ?? null) : ici.valeur),
    };
    const s = instantaneDirect(f, ici, position, rendus, couleurs, acces, bornes);
    total += s.rowCount * s.columnCount;
    verifierSurfaceTotale(total, bornes);
    return s;
  });
  return { snapshot: { sheets, settings: {} }, avertissements };
}

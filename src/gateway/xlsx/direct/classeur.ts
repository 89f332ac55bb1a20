import { texteJusquaFermeture } from "./donnees-feuille";
import {
  enfants,
  FIN,
  LecteurXml,
  OUVRANTE,
  Repli,
  VIDE,
  verifierPartie,
  verifierRacine,
  xmlDecodeExcelJs,
} from "./xml";

/**
 * `xl/workbook.xml` et les relations (`*.rels`) comme ExcelJS les lit : feuilles (nom, id, état,
 * relation), `date1904`, noms définis (`extractRanges`, puis le filtre des zones d'impression).
 */

export interface FeuilleDeclaree {
  readonly name: string;
  readonly id: number;
  readonly state: string | undefined;
  readonly rId: string | undefined;
}

export interface NomDefini {
  readonly name: string | undefined;
  readonly ranges: readonly string[];
  readonly localSheetId?: number;
}

export interface ClasseurXml {
  readonly feuilles: readonly FeuilleDeclaree[] | undefined;
  readonly date1904: boolean;
  readonly noms: readonly NomDefini[];
}

/** `colCache.decodeAddress` lève-t-il une erreur (colonne au-delà de XFD) ? */
function adresseRefusee(v: string): boolean {
  let col = 0;
  let aCol = false;
  let aLigne = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!aLigne && c >= 65 && c <= 90) {
      aCol = true;
      col = col * 26 + c - 64;
    } else if (c >= 48 && c <= 57) aLigne = true;
    else if (aLigne && aCol && c !== 36) break;
  }
  return aCol && col > 16384;
}

/** `colCache.decodeEx` : nom de feuille (brut) et référence. */
export function decouperRef(v: string): { feuille: string | undefined; ref: string } {
  const g = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/.exec(v) as RegExpExecArray;
  return { feuille: g[1] || g[2], ref: g[3] as string };
}

function plageValide(v: string): boolean {
  const { ref } = decouperRef(v);
  const parties = ref.split(":");
  if (parties.length > 1)
    return !adresseRefusee(parties[0] ?? "") && !adresseRefusee(parties[1] ?? "");
  if (ref.startsWith("#")) return true;
  return !adresseRefusee(ref);
}

/** `extractRanges` du DefinedNamesXform d'ExcelJS. */
function extrairePlages(texte: string): string[] {
  const plages: string[] = [];
  let ouvert = false;
  let reste = "";
  for (const item of texte.split(",")) {
    if (!item) continue;
    const quotes = (item.match(/'/g) ?? []).length;
    if (!quotes) {
      if (ouvert) reste += `${item},`;
      else if (plageValide(item)) plages.push(item);
      continue;
    }
    const pair = quotes % 2 === 0;
    if (!ouvert && pair && plageValide(item)) plages.push(item);
    else if (ouvert && !pair) {
      ouvert = false;
      if (plageValide(reste + item)) plages.push(reste + item);
      reste = "";
    } else {
      ouvert = true;
      reste += `${item},`;
    }
  }
  return plages;
}

const NOEUDS_LUS = new Set(["fileVersion", "bookViews", "calcPr"]);

export function lireClasseurXml(xml: string): ClasseurXml {
  verifierPartie(xml, "xl/workbook.xml");
  const l = new LecteurXml(xml, "xl/workbook.xml");
  let feuilles: FeuilleDeclaree[] | undefined;
  let date1904 = false;
  let noms: NomDefini[] = [];
  for (let j = l.suivant(); j !== FIN; j = l.suivant()) {
    if (j !== OUVRANTE && j !== VIDE) continue;
    const ouverte = j === OUVRANTE;
    if (l.nom === "sheets") {
      const liste: FeuilleDeclaree[] = [];
      enfants(l, ouverte, (vide) => {
        if (l.nom !== "sheet") l.echec(`<${l.nom}> dans sheets`);
        const a = l.attrs();
        const nom = a.name;
        if (nom === undefined) return l.echec("feuille sans nom");
        liste.push({
          name: xmlDecodeExcelJs(nom),
          id: parseInt(a.sheetId ?? "", 10),
          state: a.state,
          rId: a["r:id"],
        });
        if (!vide) l.sauter();
      });
      feuilles = liste;
    } else if (l.nom === "workbookPr") {
      date1904 = l.attrs().date1904 === "1";
      if (ouverte) l.sauter();
    } else if (l.nom === "definedNames") {
      const liste: NomDefini[] = [];
      enfants(l, ouverte, (vide) => {
        if (l.nom !== "definedName") l.echec(`<${l.nom}> dans definedNames`);
        const a = l.attrs();
        const texte = vide ? "" : texteJusquaFermeture(l);
        const nom: { -readonly [K in keyof NomDefini]: NomDefini[K] } = {
          name: a.name,
          ranges: extrairePlages(texte),
        };
        if (a.localSheetId !== undefined) nom.localSheetId = parseInt(a.localSheetId, 10);
        liste.push(nom);
      });
      noms = liste;
    } else if (NOEUDS_LUS.has(l.nom) && ouverte) l.sauter();
  }
  verifierRacine(l, "workbook");
  return { feuilles, date1904, noms };
}

/** Relations d'une partie `.rels` : les attributs de chaque `<Relationship>`. */
export function lireRelations(xml: string, partie: string): Record<string, string>[] {
  verifierPartie(xml, partie);
  const l = new LecteurXml(xml, partie);
  const res: Record<string, string>[] = [];
  for (let j = l.suivant(); j !== FIN; j = l.suivant()) {
    if (j !== OUVRANTE && j !== VIDE) continue;
    if (l.nom === "Relationships") {
      // Une racine imbriquée remet la liste d'ExcelJS à zéro et sa fermeture l'arrête.
      if (l.profondeur !== (j === OUVRANTE ? 1 : 0)) l.echec("<Relationships> imbriqué");
      continue;
    }
    if (l.nom !== "Relationship") l.echec(`<${l.nom}> dans les relations`);
    res.push(l.attrs());
    // RelationshipsXform échoue sur un élément dans une relation.
    if (j === OUVRANTE) enfants(l, true, () => l.echec("élément dans <Relationship>"));
  }
  verifierRacine(l, "Relationships");
  return res;
}

/**
 * `definedNames.getRanges(nom).ranges[0]` d'ExcelJS pour un nom à une seule plage (le dernier
 * nom de ce nom l'emporte) ; les noms à plusieurs plages font repasser par ExcelJS.
 */
export function premierePlage(noms: readonly NomDefini[], nom: string): string | undefined {
  let trouve: NomDefini | undefined;
  for (const n of noms) if (n.name === nom) trouve = n;
  if (!trouve) return undefined;
  const plages = trouve.ranges.filter((r) =>
    /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/.test(r.split("!").pop() || ""),
  );
  if (plages.length === 0) return undefined;
  if (plages.length > 1) throw new Repli(`nom défini « ${nom} » à plusieurs plages`);
  const { feuille, ref } = decouperRef(plages[0] as string);
  const m = /^\$?([A-Z]{1,3})\$?([1-9]\d*)(?::\$?([A-Z]{1,3})\$?([1-9]\d*))?$/.exec(ref);
  if (!m || (feuille && feuille.includes("'"))) throw new Repli(`nom défini « ${nom} »`);
  const pref = !feuille ? "" : /^[a-zA-Z0-9]*$/.test(feuille) ? `${feuille}!` : `'${feuille}'!`;
  const a = `$${m[1]}$${m[2]}`;
  if (!m[3] || (m[3] === m[1] && m[4] === m[2])) return pref + a;
  const [c1, c2] = [m[1] as string, m[3]].sort((x, y) => x.length - y.length || (x < y ? -1 : 1));
  const [r1, r2] = [Number(m[2]), Number(m[4])].sort((x, y) => x - y);
  return `${pref}$${c1}$${r1}:$${c2}$${r2}`;
}
